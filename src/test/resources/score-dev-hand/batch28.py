# Batch 28 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# NO sellers: look-alike commerce and provider order pages, for training. The batch teaches that shop
# structure, crypto, messengers, "discreet packaging" and the letter "K" are not by themselves a
# ketamine seller. Mix: 0 sellers, 22 informational (ordinary commerce and services), 9 telehealth
# (order/payment pages of prescribed at-home ketamine), 9 clinics (shop-like pages of infusion and
# Spravato clinics); 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: crypto-exchange support page with a Telegram announcements channel, Bitcoin ATM locator,
# gift-card marketplace, potassium ("K") and electrolyte supplement shop taking crypto, German vape
# shop with age check and discreet packaging, French CBD shop, kava bar webshop, Dutch seed bank
# shipping worldwide in plain packaging, nootropics store, research-peptides store ("research use
# only"), German lab-chemicals supplier for licensed labs (COA, business accounts), Spanish party
# supplies ("packs fiesta"), horse tack and equine supplements, Italian pet pharmacy with vet
# prescription, licensed online pharmacy listing controlled drugs it does not sell online,
# Portuguese WhatsApp-order bakery, sneaker reseller Telegram channel (plain text), French perfume
# decants by ml/vial, Spanish salt-crystal lamp shop, chemistry hobby shop, K-cup coffee pod
# subscription, Italian eSIM shop paying in crypto; telehealth order tracking, HSA/FSA payment page,
# refill request, membership billing FAQ, Spanish shipping policy, subscription cart, promo-code
# terms (plain text), "your kit has shipped" e-mail, German pharmacy-partner page; clinic gift-card
# cart, infusion-series package checkout, CareCredit financing, Dutch invoice/receipts help,
# clinic merchandise store, Portuguese booking deposit, Italian per-session price list, French
# cancellation-fee policy (plain text), membership checkout.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch28.py (writes batch28/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch28")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- informational: ordinary commerce

p("h2801", "https://support.coinvault.example/hc/en-us/articles/how-to-reach-us", "informational", False, "en",
  "crypto-exchange-support-article", "How to reach CoinVault Support | CoinVault Help Center", """
<header><a href="/">CoinVault Help Center</a> <nav><a href="/hc/en-us/categories/account">Account</a> <a href="/hc/en-us/categories/deposits">Deposits &amp; Withdrawals</a> <a href="/hc/en-us/categories/security">Security</a> <a href="/hc/en-us/requests/new">Submit a request</a></nav>
<form><input type="search" placeholder="Search articles"></form></header>
<main>
<p class="crumbs">Help Center &gt; Getting started &gt; Contact</p>
<h1>How to reach CoinVault Support</h1>
<p>Updated 3 days ago</p>
<p>Our support team is available 24/7 in English, Spanish and Turkish. The fastest way to get help with a stuck deposit, a withdrawal on hold or a verification (KYC) question is to open a ticket from your account.</p>
<h2>Official channels</h2>
<ul>
<li><b>Ticket:</b> Log in, then go to Help &gt; Submit a request. Attach the transaction hash (TXID) if your question is about a deposit.</li>
<li><b>Live chat:</b> The chat bubble in the bottom right corner of the app, available to verified users.</li>
<li><b>Telegram announcements:</b> @CoinVaultNews. This is a read-only channel for listings, maintenance windows and network upgrades. We never ask for your password, seed phrase or 2FA code on Telegram.</li>
<li><b>X / Twitter:</b> @CoinVault_Status for outage updates.</li>
</ul>
<h2>Beware of impersonators</h2>
<p>Scammers create fake "CoinVault Support" groups and message users privately offering to "unlock" withdrawals for a fee. CoinVault staff will never DM you first, never ask you to send crypto to a wallet to "verify" it and never sell anything through Telegram or WhatsApp. Use our <a href="/verify">Official Channel Verification</a> tool to check a handle.</p>
<h2>Response times</h2>
<table><tr><th>Issue</th><th>Typical first reply</th></tr>
<tr><td>Deposit not credited</td><td>under 2 hours</td></tr>
<tr><td>Identity verification</td><td>up to 48 hours</td></tr>
<tr><td>Account recovery</td><td>up to 5 business days</td></tr></table>
<p>Was this article helpful? <button>Yes</button> <button>No</button></p>
<aside><h3>Related articles</h3><ul><li><a href="#">Why is my withdrawal pending?</a></li><li><a href="#">Supported networks for USDT</a></li><li><a href="#">Enable 2FA</a></li></ul></aside>
</main>
<footer>CoinVault Ltd. is registered as a virtual asset service provider. Crypto assets are volatile; you may lose money. &copy; 2026</footer>
""", noise="cookie")

p("h2802", "https://atmfinder.example/bitcoin-atm/us/oh/columbus", "informational", False, "en",
  "bitcoin-atm-locator-listing", "Bitcoin ATMs in Columbus, OH - 14 locations | ATMfinder", """
<header><a href="/">ATMfinder</a> <form><input value="Columbus, OH"><button>Search</button></form></header>
<main>
<h1>Bitcoin ATMs near Columbus, Ohio</h1>
<p>14 locations found. Buy BTC, ETH and LTC with cash; some machines also sell.</p>
<div class="filters">Filter: <label><input type="checkbox"> Open 24 hours</label> <label><input type="checkbox"> Sells crypto</label> <label><input type="checkbox"> Low fees</label></div>
<ol class="results">
<li><b>Speedway #4412</b> - 1560 N High St. Buy only. Open 24 hours. Limits $20 - $3,000 per day, phone verification above $900. Operator: CoinStop.</li>
<li><b>Grocery Outlet</b> - 3400 Cleveland Ave. Buy and sell. 7am - 10pm. Operator: BitDepot.</li>
<li><b>Vape &amp; Smoke Express</b> - 822 S Hamilton Rd. Buy only. 10am - 9pm.</li>
<li><b>Laundromat Plus</b> - 51 E Weber Rd. Buy only. 6am - 11pm.</li>
<li><b>Campus Convenience</b> - 1890 Neil Ave. Buy only. Open 24 hours.</li>
</ol>
<p><a href="?page=2">Show 9 more</a></p>
<section><h2>Before you use a Bitcoin ATM</h2>
<p>Fees at kiosks are typically 8-20% above the market rate. Never deposit cash at a crypto ATM because someone on the phone told you to: government agencies, utilities and banks do not take payment this way. If you think you were scammed, report it to the FTC and the kiosk operator.</p></section>
</main>
<footer><a href="/add">Add a location</a> | <a href="/operators">For operators</a> | Data updated daily</footer>
""")

p("h2803", "https://cardswap.example/sell-gift-cards", "informational", False, "en",
  "gift-card-marketplace-sell-page", "Sell Gift Cards for Cash - Get up to 92% | CardSwap", """
<nav><a href="/">CardSwap</a> <a href="/buy">Buy discounted gift cards</a> <a href="/sell">Sell</a> <a href="/how-it-works">How it works</a> <a href="/login">Sign in</a></nav>
<main>
<h1>Turn unwanted gift cards into cash</h1>
<p>Got a card you'll never use? Get an instant offer. Payout by bank transfer (ACH), PayPal or a CardSwap balance.</p>
<form class="offer"><select><option>Choose a brand</option><option>Target</option><option>Home Depot</option><option>Starbucks</option><option>Sephora</option><option>Lowe's</option></select> <input placeholder="Card balance ($)"> <button>Get offer</button></form>
<h2>Current payout rates</h2>
<table><tr><th>Brand</th><th>We pay</th></tr><tr><td>Home Depot</td><td>88%</td></tr><tr><td>Target</td><td>86%</td></tr><tr><td>Starbucks</td><td>81%</td></tr><tr><td>Sephora</td><td>84%</td></tr></table>
<h2>Fraud policy</h2>
<p>We verify the balance of every card and check it against the issuer's list of reported cards. If someone asked you to buy gift cards to pay a bill, a fine or a person you met online, stop: that is a scam, and we will not pay out on cards obtained that way. Sellers must be 18+ and verify their identity for payouts over $500.</p>
<p>Rated 4.7/5 from 38,000 reviews. 100-day buyer guarantee on every card bought on CardSwap.</p>
</main>
<footer>&copy; 2026 CardSwap Inc. CardSwap is not affiliated with the brands listed. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h2804", "https://salinehydrate.example/products/k-plus-electrolyte-mix", "informational", False, "en",
  "supplement-product-page-potassium", "K+ Electrolyte Mix (Potassium Citrate), 30 sticks - SalineHydrate", """
<header><a href="/">SalineHydrate</a> <a href="/shop">Shop</a> <a href="/science">Science</a> <a href="/cart">Cart (0)</a></header>
<div class="bar">Free shipping over $40 | We now accept BTC, ETH and USDC at checkout</div>
<main>
<h1>K+ Electrolyte Mix</h1>
<p class="price">$24.00 &middot; 30 single-serve sticks &middot; <s>$28</s> subscribe &amp; save 15%</p>
<p>Flavours: <button>Lemon</button> <button>Watermelon</button> <button>Unflavoured</button></p>
<p>Quantity <input value="1"> <button>Add to cart</button></p>
<h2>What's in a stick</h2>
<table><tr><td>Potassium (K, as citrate)</td><td>500 mg</td></tr><tr><td>Sodium (Na, as chloride)</td><td>300 mg</td></tr><tr><td>Magnesium (as glycinate)</td><td>60 mg</td></tr><tr><td>Sugar</td><td>0 g</td></tr></table>
<p>Made for long runs, hot shifts and low-carb days. Stir one stick into 500 ml of water. Third-party tested for heavy metals; batch results on our <a href="/coa">certificate of analysis</a> page.</p>
<h2>Who shouldn't use it</h2>
<p>Talk to your doctor first if you have kidney disease or take ACE inhibitors, ARBs or potassium-sparing diuretics, because extra potassium can build up in the blood.</p>
<h2>Payment</h2>
<p>Visa, Mastercard, Amex, Apple Pay, Shop Pay and crypto via our payment processor. Orders ship from Austin, TX within one business day.</p>
<p class="fine">These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.</p>
</main>
<footer>SalineHydrate &copy; 2026 | <a href="/returns">Returns</a> | <a href="/contact">Contact</a></footer>
""")

p("h2805", "https://dampfwerk.example.de/versand-und-altersverifikation", "informational", False, "de",
  "vape-shop-shipping-age-check", "Versand & Altersprüfung | DampfWerk E-Zigaretten", """
<header><a href="/">DampfWerk</a> <nav><a href="/e-zigaretten">E-Zigaretten</a> <a href="/liquids">Liquids</a> <a href="/pods">Pods</a> <a href="/zubehoer">Zubehör</a></nav></header>
<div class="hinweis">Verkauf nur an Personen ab 18 Jahren.</div>
<main>
<h1>Versand &amp; Altersprüfung</h1>
<h2>Altersverifikation</h2>
<p>Nach dem Jugendschutzgesetz dürfen wir E-Zigaretten und nikotinhaltige Liquids nur an Volljährige verkaufen. Bei Ihrer ersten Bestellung prüfen wir Ihr Alter über die SCHUFA-Identitätsprüfung (Q-Bit). Schlägt die Prüfung fehl, können Sie sich per Ausweis-Upload verifizieren. Die Zustellung erfolgt mit DHL "Alterssichtprüfung 18+" – der Zusteller übergibt das Paket nur an Sie persönlich gegen Vorlage eines Ausweises.</p>
<h2>Verpackung</h2>
<p>Wir versenden in neutralen braunen Kartons ohne Werbeaufdruck. Viele Kundinnen und Kunden wünschen eine diskrete Verpackung, z. B. bei Lieferung an den Arbeitsplatz. Als Absender steht "DW Handels GmbH".</p>
<h2>Versandkosten</h2>
<table><tr><td>Deutschland</td><td>4,90 € (ab 49 € versandkostenfrei)</td></tr><tr><td>Österreich</td><td>7,90 €</td></tr></table>
<p>Nikotinhaltige Produkte versenden wir nicht in andere EU-Länder. Liquids enthalten die gesetzliche Steuerbanderole (Tabaksteuer).</p>
</main>
<footer>DampfWerk – DW Handels GmbH, Leipzig · <a href="/impressum">Impressum</a> · <a href="/agb">AGB</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h2806", "https://chanvre-et-sens.example.fr/huiles-cbd/huile-cbd-10", "informational", False, "fr",
  "cbd-shop-product-page", "Huile CBD 10 % spectre large – 10 ml | Chanvre & Sens", """
<header><a href="/">Chanvre &amp; Sens</a> <a href="/fleurs">Fleurs CBD</a> <a href="/huiles-cbd">Huiles</a> <a href="/infusions">Infusions</a> <a href="/panier">Panier</a></header>
<main>
<h1>Huile CBD 10 % spectre large – 10 ml</h1>
<p class="prix">39,90 € TTC · 1 000 mg de CBD · THC non détectable</p>
<p><button>Ajouter au panier</button> Livraison Colissimo offerte dès 49 €</p>
<h2>Description</h2>
<p>Extrait de chanvre cultivé en Occitanie, dilué dans de l'huile de graines de chanvre bio. Analyse d'un laboratoire indépendant disponible pour chaque lot (taux de CBD, CBG, absence de pesticides).</p>
<h2>Conseils d'utilisation</h2>
<p>Commencez par 2 à 3 gouttes sous la langue le soir. Ne pas utiliser en cas de grossesse ou d'allaitement. Demandez l'avis de votre médecin si vous prenez un traitement. Ce produit n'est pas un médicament et ne revendique aucune propriété thérapeutique.</p>
<p>Vente interdite aux mineurs. Paiement par carte bancaire ou virement.</p>
</main>
<footer>Chanvre &amp; Sens SAS – Montpellier · <a href="/cgv">CGV</a> · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h2807", "https://lagoonkava.example/shop/noble-kava-root-powder", "informational", False, "en",
  "kava-vendor-product-page", "Noble Kava Root Powder - Vanuatu Borogu | Lagoon Kava Co.", """
<header><a href="/">Lagoon Kava Co.</a> <a href="/shop">Shop</a> <a href="/bar">Our kava bar</a> <a href="/how-to-prepare">How to prepare</a></header>
<main>
<h1>Noble Kava Root Powder - Borogu (Vanuatu)</h1>
<p>$34.95 / 8 oz &middot; $59.95 / 1 lb &middot; $109 / 2 lb</p>
<p><button>Add to cart</button></p>
<p>Medium-grind powder from the lateral roots of noble kava, grown by a farmers' co-operative on Pentecost Island. Each lot is tested for noble chemotype (acetone test) and microbials. Traditional preparation: knead 2-4 tablespoons in a strainer bag with cool water for 10 minutes.</p>
<p>Kava is a traditional Pacific drink. Do not combine with alcohol, do not drive after drinking, and avoid if you have liver disease. Not for sale to anyone under 21.</p>
<p>Ships from Hilo, Hawai&#699;i. Also served fresh at our bar on Kamehameha Ave.</p>
</main>
""")

p("h2808", "https://groenezaden.example.nl/verzending-wereldwijd", "informational", False, "nl",
  "seed-bank-shipping-page", "Verzending & discretie | GroeneZaden zaadbank", """
<header><a href="/">GroeneZaden</a> <a href="/feminized">Gefeminiseerde zaden</a> <a href="/autoflower">Autoflowers</a> <a href="/groenten">Groentezaden</a> <a href="/winkelwagen">Winkelwagen</a></header>
<main>
<h1>Verzending &amp; discretie</h1>
<p>Wij versturen vanuit Amsterdam naar heel Europa en een groot deel van de wereld. Zaden worden verstuurd als souvenir en verzamelobject; het is jouw verantwoordelijkheid om de wetgeving in je eigen land te kennen. In sommige landen is het kiemen van cannabiszaden verboden.</p>
<h2>Neutrale verpakking</h2>
<p>Alle bestellingen gaan in een neutrale envelop of doos, zonder logo of naam van de winkel. Op je bankafschrift staat "GZ Trading BV".</p>
<h2>Levertijden</h2>
<table><tr><td>Nederland / België</td><td>1-2 werkdagen · € 3,95</td></tr><tr><td>Duitsland, Frankrijk, Spanje</td><td>3-5 werkdagen · € 7,50</td></tr><tr><td>Rest van de wereld</td><td>7-21 werkdagen · € 12,50 (aangetekend)</td></tr></table>
<p>Betalen kan met iDEAL, Bancontact, creditcard, bankoverschrijving of Bitcoin. Geen verkoop aan personen onder de 18 jaar.</p>
</main>
<footer>GroeneZaden · KvK 7xxxxxxx · <a href="/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h2809", "https://cortexsupply.example/collections/focus", "informational", False, "en",
  "nootropics-store-collection", "Focus Stack - Nootropics | Cortex Supply", """
<header><a href="/">Cortex Supply</a> <nav><a href="/collections/focus">Focus</a> <a href="/collections/sleep">Sleep</a> <a href="/collections/mood">Mood</a> <a href="/pages/lab-testing">Lab testing</a></nav> <a href="/cart">Cart</a></header>
<main>
<h1>Focus</h1>
<p>Stacks built around well-studied ingredients. Every batch third-party tested; results linked on each product.</p>
<div class="grid">
<div class="card"><h3>L-Theanine + Caffeine (200/100 mg), 60 caps</h3><p>$19.00</p><button>Add to cart</button></div>
<div class="card"><h3>Citicoline (Cognizin&reg;) 250 mg, 60 caps</h3><p>$29.00</p><button>Add to cart</button></div>
<div class="card"><h3>Lion's Mane fruiting body extract, 90 caps</h3><p>$32.00</p><button>Add to cart</button></div>
<div class="card"><h3>Rhodiola rosea 3% rosavins, 60 caps</h3><p>$18.00</p><button>Add to cart</button></div>
<div class="card"><h3>Bacopa monnieri 300 mg, 90 caps</h3><p>$21.00</p><button>Add to cart</button></div>
</div>
<section><h2>What we don't sell</h2><p>We only stock dietary supplements that are legal to sell in the US. We don't carry prescription drugs such as modafinil, racetams sold as "research chemicals", or anything marketed as "not for human consumption".</p></section>
<div class="newsletter">Get 10% off your first order <input placeholder="email"><button>Subscribe</button></div>
</main>
<footer>Cortex Supply, Denver CO &middot; These statements have not been evaluated by the FDA.</footer>
""")

p("h2810", "https://helixpeptide.example/product/bpc-157-5mg", "informational", False, "en",
  "research-peptide-product-page", "BPC-157 5 mg (lyophilized) - HelixPeptide Research", """
<header><a href="/">HelixPeptide</a> <a href="/catalog">Catalog</a> <a href="/coa">COA library</a> <a href="/institutional">Institutional accounts</a></header>
<div class="warn">All products are sold for laboratory research use only. Not for human or veterinary use.</div>
<main>
<h1>BPC-157 (5 mg vial, lyophilized)</h1>
<p>$48.00 &middot; purity &ge; 99% (HPLC) &middot; CAS 137525-51-0</p>
<p>Qty <input value="1"> <button>Add to cart</button></p>
<h2>Specifications</h2>
<ul><li>Sequence: Gly-Glu-Pro-Pro-Pro-Gly-Lys-Pro-Ala-Asp-Asp-Ala-Gly-Leu-Val</li><li>Molecular weight: 1419.5 g/mol</li><li>Form: white lyophilized powder</li><li>Storage: -20 &deg;C, desiccated</li></ul>
<p>HPLC and MS reports for lot HX-2611 available in the <a href="/coa">COA library</a>.</p>
<p>By purchasing you confirm that you are a qualified researcher, 21 or older, and that the product will be handled in a laboratory setting. We do not provide dosing information.</p>
</main>
<footer>HelixPeptide LLC &middot; Payments by card and ACH &middot; <a href="/terms">Terms of sale</a></footer>
""")

p("h2811", "https://laborchem-versand.example.de/geschaeftskunden", "informational", False, "de",
  "lab-chemicals-business-accounts", "Geschäftskunden & Bestellvoraussetzungen | LaborChem Versand", """
<header><a href="/">LaborChem Versand</a> <nav><a href="/reagenzien">Reagenzien</a> <a href="/loesungsmittel">Lösungsmittel</a> <a href="/standards">Analytische Standards</a> <a href="/laborglas">Laborglas</a></nav></header>
<main>
<h1>Geschäftskunden &amp; Bestellvoraussetzungen</h1>
<p>LaborChem beliefert ausschließlich gewerbliche Kunden: Hochschulen, Forschungsinstitute, Labore der Industrie, Apotheken und Schulen. Eine Lieferung an Privatpersonen ist nicht möglich.</p>
<h2>Kundenkonto eröffnen</h2>
<ol><li>Firmendaten und USt-IdNr. angeben</li><li>Gewerbenachweis oder Nachweis der Einrichtung hochladen</li><li>Freigabe durch unser Compliance-Team (1-2 Werktage)</li></ol>
<h2>Besondere Stoffe</h2>
<p>Für Grundstoffe nach dem Grundstoffüberwachungsgesetz (z. B. Aceton, Salzsäure, Kaliumpermanganat) benötigen wir eine Endverbleibserklärung. Stoffe, die unter das Betäubungsmittelgesetz fallen, führen wir nicht. Gefahrstoffe werden als Gefahrgut nach ADR versandt.</p>
<h2>Qualitätsdokumente</h2>
<p>Zu jeder Charge erhalten Sie ein Analysenzertifikat (CoA) und das Sicherheitsdatenblatt als PDF im Kundenkonto. Zahlung auf Rechnung (30 Tage netto) nach Bonitätsprüfung.</p>
</main>
<footer>LaborChem Versand GmbH · Mannheim · <a href="/impressum">Impressum</a> · <a href="/agb">AGB für Geschäftskunden</a></footer>
""", noise="cookie-de")

p("h2812", "https://fiestamania.example.es/packs-fiesta", "informational", False, "es",
  "party-supplies-category", "Packs fiesta para cumpleaños y despedidas | FiestaManía", """
<header><a href="/">FiestaManía</a> <a href="/globos">Globos</a> <a href="/disfraces">Disfraces</a> <a href="/packs-fiesta">Packs fiesta</a> <a href="/carrito">Carrito</a></header>
<main>
<h1>Packs fiesta</h1>
<p>Todo lo que necesitas en una sola caja. Envío en 24/48 h a toda la península.</p>
<ul class="productos">
<li><b>Pack cumpleaños infantil (12 niños)</b> – platos, vasos, servilletas, mantel y 24 globos. 19,95 €</li>
<li><b>Pack despedida de soltera</b> – bandas, diademas, pajitas divertidas y photocall. 29,90 €</li>
<li><b>Pack Nochevieja (20 personas)</b> – gorros, matasuegras, confeti y cotillón. 34,50 €</li>
<li><b>Pack neón / fiesta fluor</b> – pulseras luminosas, pintura UV y gafas. 24,00 €</li>
</ul>
<p>Paga con tarjeta, Bizum o PayPal. ¿Dudas? Escríbenos por WhatsApp al 6xx xxx xxx de 10 a 19 h.</p>
</main>
""", noise="cookie-es")

p("h2813", "https://bridleandbarn.example/equine-supplements", "informational", False, "en",
  "horse-tack-supplements-category", "Equine Supplements | Bridle & Barn Tack Shop", """
<header><a href="/">Bridle &amp; Barn</a> <nav><a href="/saddles">Saddles</a> <a href="/bridles">Bridles &amp; Bits</a> <a href="/blankets">Blankets</a> <a href="/equine-supplements">Supplements</a> <a href="/rider">Rider</a></nav> <a href="/cart">Cart</a></header>
<main>
<h1>Equine Supplements</h1>
<p>Joint, hoof, gut and calming support. Free shipping on orders over $99 to the lower 48.</p>
<div class="products">
<div><h3>Joint Flex HA - 3.75 lb (60 days)</h3><p>Glucosamine, chondroitin, MSM and hyaluronic acid. $64.99</p></div>
<div><h3>Hoof Builder Biotin Pellets - 11 lb</h3><p>$42.50</p></div>
<div><h3>Electrolyte Paste, 60 cc tube</h3><p>Sodium, potassium and chloride for hot-weather events. $12.99</p></div>
<div><h3>Calm &amp; Focus Paste (magnesium, thiamine)</h3><p>No banned substances; check your discipline's rules before competition. $18.95</p></div>
<div><h3>Probiotic Gut Balance - 5 lb</h3><p>$36.00</p></div>
</div>
<p class="note">Prescription veterinary drugs (sedatives, anti-inflammatories such as phenylbutazone, dewormers requiring a prescription) are not sold on this site. Ask your veterinarian.</p>
</main>
<footer>Bridle &amp; Barn, Ocala FL &middot; Since 1994</footer>
""")

p("h2814", "https://farmaciapet.example.it/antiparassitari/cani", "informational", False, "it",
  "pet-pharmacy-category", "Antiparassitari per cani – pipette e compresse | FarmaciaPet", """
<header><a href="/">FarmaciaPet</a> <a href="/cani">Cani</a> <a href="/gatti">Gatti</a> <a href="/ricetta">Come inviare la ricetta</a> <a href="/carrello">Carrello</a></header>
<main>
<h1>Antiparassitari per cani</h1>
<p>Pipette spot-on, collari e compresse contro pulci, zecche e pappataci.</p>
<ul>
<li>Pipette spot-on 10-20 kg, 4 pipette – 27,90 € (senza ricetta)</li>
<li>Collare antiparassitario 8 mesi, taglia grande – 32,50 € (senza ricetta)</li>
<li>Compresse masticabili antipulci e zecche 20-40 kg, 3 cpr – 58,00 € <b>richiede ricetta veterinaria elettronica</b></li>
</ul>
<h2>Farmaci con ricetta</h2>
<p>Per i medicinali veterinari soggetti a prescrizione è necessaria la ricetta elettronica veterinaria (REV). Al momento dell'ordine inserisci il numero della ricetta e il PIN rilasciati dal tuo veterinario: il farmacista la verifica prima della spedizione. Non vendiamo online farmaci veterinari stupefacenti o anestetici.</p>
<p>Farmacia Dott. Bianchi – autorizzata alla vendita online, codice del Ministero della Salute visibile nel logo comune UE.</p>
</main>
""", noise="cookie")

p("h2815", "https://northwellrx.example/faq/what-we-cannot-ship", "informational", False, "en",
  "licensed-online-pharmacy-faq", "Medicines we can't fill by mail | NorthwellRx Pharmacy", """
<header><a href="/">NorthwellRx</a> <nav><a href="/transfer">Transfer a prescription</a> <a href="/prices">Prices</a> <a href="/insurance">Insurance</a> <a href="/faq">FAQ</a></nav> <a href="/login">Sign in</a></header>
<main>
<h1>Which medicines can't you fill by mail?</h1>
<p>NorthwellRx is a licensed mail-order pharmacy (pharmacy licence PHY.0091xx, NABP Digital Pharmacy accredited). We fill prescriptions written by your own doctor or a telehealth provider and ship them to 48 states. A valid prescription is required for every prescription medicine; we verify it with the prescriber.</p>
<h2>What we don't dispense through the mail-order service</h2>
<ul>
<li>Schedule II controlled substances (for example oxycodone, amphetamine salts, methylphenidate)</li>
<li>Ketamine and esketamine (Spravato). Spravato is only given in certified healthcare settings under its REMS programme, and we don't compound ketamine</li>
<li>Injectable chemotherapy and other specialty drugs requiring cold-chain handling by a specialty pharmacy</li>
<li>Medicines that must be dispensed with in-person counselling under state law</li>
</ul>
<p>If your prescription is for one of these, we'll let you know and can transfer it to a local pharmacy of your choice at no charge.</p>
<h2>What we do fill</h2>
<p>Most maintenance medicines: blood pressure, cholesterol, diabetes, thyroid, asthma inhalers, antidepressants, birth control and more. See <a href="/prices">our price list</a>; 90-day supplies are usually cheapest.</p>
<p>Questions? Call a pharmacist: 1-800-555-01xx, Mon-Sat 8am-8pm ET.</p>
</main>
<footer>NorthwellRx Pharmacy, Inc. &middot; Pharmacist-in-charge: Dana Okafor, PharmD &middot; <a href="/licenses">State licences</a> &middot; <a href="/privacy">HIPAA Notice</a></footer>
""")

p("h2816", "https://padariadamaria.example.com.br/encomendas", "informational", False, "pt",
  "whatsapp-order-bakery", "Encomendas pelo WhatsApp | Padaria da Maria", """
<header><a href="/">Padaria da Maria</a> <a href="/cardapio">Cardápio</a> <a href="/encomendas">Encomendas</a> <a href="/onde-estamos">Onde estamos</a></header>
<main>
<h1>Faça sua encomenda pelo WhatsApp</h1>
<p>Bolos de aniversário, salgados para festa e pães de fermentação natural. Pedidos com no mínimo 48 horas de antecedência.</p>
<ol><li>Escolha no cardápio o que deseja</li><li>Envie uma mensagem para (11) 9xxxx-xxxx com o pedido, data e horário de retirada</li><li>Pague o sinal de 50% por Pix e pronto!</li></ol>
<table><tr><td>Cento de coxinha</td><td>R$ 85,00</td></tr><tr><td>Bolo de cenoura com chocolate (1,5 kg)</td><td>R$ 68,00</td></tr><tr><td>Pão de fermentação natural</td><td>R$ 22,00</td></tr></table>
<p>Entregamos na Vila Mariana e Saúde (taxa de R$ 8,00). <a href="https://wa.me/5511900000000">Chamar no WhatsApp</a></p>
</main>
""", noise="cookie-pt")

p("h2817", "https://t.me/s/solesource_drops", "informational", False, "en",
  "telegram-channel-sneaker-reseller", "SoleSource Drops - Telegram", """
SoleSource Drops
12.4K subscribers

📦 RESTOCK: Jordan 4 Retro "Military Blue" sizes 8-12 in hand. $310 shipped. 100% authentic, StockX/GOAT receipts available. DM @solesource_ty to claim.

🔥 Dunk Low "Panda" GS 5Y-7Y $140. Limited.

PAYMENT: Zelle, PayPal G&S (+4%), Apple Pay. We also take BTC/USDC for orders over $500. Local pickup in Queens or ship USPS Priority, double-boxed.

⚠️ Reminder: we only have ONE account, @solesource_ty. Anyone else messaging you "from SoleSource" is a scammer. Legit checks done with CheckCheck before every shipment.

✅ Vouches pinned. 2,100+ pairs sold since 2021.

New drop Friday 10am EST. Turn on notifications 🔔
""", ext="txt")

p("h2818", "https://le-petit-flacon.example.fr/decants/eaux-de-parfum", "informational", False, "fr",
  "perfume-decant-shop", "Décants de parfums de niche – 2 ml, 5 ml, 10 ml | Le Petit Flacon", """
<header><a href="/">Le Petit Flacon</a> <a href="/decants">Décants</a> <a href="/coffrets">Coffrets découverte</a> <a href="/panier">Panier</a></header>
<main>
<h1>Décants – Eaux de parfum</h1>
<p>Essayez avant d'acheter le grand flacon. Nous reconditionnons à la main des parfums authentiques achetés chez des distributeurs agréés, dans des vaporisateurs en verre.</p>
<table><tr><th>Parfum</th><th>2 ml</th><th>5 ml</th><th>10 ml</th></tr>
<tr><td>Oud &amp; Santal – maison niche parisienne</td><td>6 €</td><td>13 €</td><td>24 €</td></tr>
<tr><td>Iris poudré</td><td>5 €</td><td>11 €</td><td>20 €</td></tr>
<tr><td>Vétiver fumé</td><td>5,50 €</td><td>12 €</td><td>22 €</td></tr></table>
<p>Chaque fiole porte une étiquette avec le nom, la concentration et le numéro de lot. Minimum de commande : 15 €. Envoi en lettre suivie sous 48 h, emballage soigné. Nous ne sommes affiliés à aucune marque.</p>
</main>
<footer>Le Petit Flacon – micro-entreprise, Lyon · <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h2819", "https://cristaldesal.example.es/lamparas-de-sal", "informational", False, "es",
  "salt-crystal-lamp-shop", "Lámparas de sal del Himalaya y cristales naturales | Cristal de Sal", """
<header><a href="/">Cristal de Sal</a> <a href="/lamparas-de-sal">Lámparas</a> <a href="/cristales">Cristales y minerales</a> <a href="/sal-de-bano">Sal de baño</a></header>
<main>
<h1>Lámparas de sal del Himalaya</h1>
<p>Bloques de sal rosa tallados a mano, con base de madera y cable con interruptor incluido.</p>
<ul><li>Lámpara natural 2-3 kg – 24,90 €</li><li>Lámpara natural 5-7 kg – 39,90 €</li><li>Cesta de piedras de sal con bombilla – 29,00 €</li></ul>
<h2>También te puede interesar</h2>
<ul><li>Cristales de cuarzo rosa, amatista y citrino (por unidad o por bolsa de 100 g)</li><li>Sal rosa en polvo fino para baño, 1 kg – 7,50 €</li><li>Sal gruesa en cristal para molinillo, 500 g – 4,20 €</li></ul>
<p>Consejo: la sal absorbe humedad; no dejes la lámpara en el baño. Envío gratis a partir de 50 €.</p>
</main>
""", noise="cookie-es")

p("h2820", "https://benchtopchem.example/kits/crystal-growing", "informational", False, "en",
  "chemistry-hobby-shop-product", "Crystal Growing Kit Deluxe | Benchtop Chemistry Hobby Supply", """
<header><a href="/">Benchtop Chemistry</a> <nav><a href="/glassware">Glassware</a> <a href="/kits">Kits</a> <a href="/chemicals">Hobby chemicals</a> <a href="/safety">Safety gear</a></nav></header>
<main>
<h1>Crystal Growing Kit - Deluxe</h1>
<p>$39.95 &middot; Ages 12+ with adult supervision</p>
<p>Grow eight kinds of crystals at home: alum, copper sulfate (blue), potassium ferricyanide (red), monoammonium phosphate and more. Includes 2 beakers, stir rods, seed-crystal thread, goggles and a 40-page guide.</p>
<p><button>Add to cart</button></p>
<h2>Shipping hazmat items</h2>
<p>Some chemicals ship only by ground as "Limited Quantity". We can't ship acids, oxidizers or DEA List I chemicals to residential addresses, and we ask for a school or business account for anything regulated. Safety data sheets are on every product page.</p>
<p>Reviews: &#9733;&#9733;&#9733;&#9733;&#9733; "My daughter's copper sulfate crystal is the size of a grape!" - Karen, MI</p>
</main>
<footer>Benchtop Chemistry Hobby Supply &middot; Raleigh, NC</footer>
""")

p("h2821", "https://mountainroast.example/k-cup-subscription", "informational", False, "en",
  "k-cup-coffee-subscription", "K-Cup Pod Subscription - Save 20% | Mountain Roast Coffee", """
<header><a href="/">Mountain Roast</a> <a href="/whole-bean">Whole bean</a> <a href="/k-cups">K-Cup pods</a> <a href="/subscribe">Subscribe</a> <a href="/cart">Cart</a></header>
<main>
<h1>K-Cup pods, delivered</h1>
<p>Our small-batch roasts in recyclable pods compatible with Keurig&reg; K-Cup&reg; brewers. Pick a box size, choose how often, and skip or cancel anytime.</p>
<form>
<p>Box: <label><input type="radio" name="b"> 24 pods - $17.99</label> <label><input type="radio" name="b" checked> 48 pods - $33.99</label> <label><input type="radio" name="b"> 96 pods - $64.99</label></p>
<p>Every: <select><option>2 weeks</option><option selected>4 weeks</option><option>6 weeks</option></select></p>
<p>Roast: <select><option>Breakfast Blend (light)</option><option>Colombia Huila (medium)</option><option>French Roast (dark)</option><option>Decaf Swiss Water</option></select></p>
<button>Start subscription</button></form>
<p>Subscribers get 20% off and free shipping. Billed on the day your box ships. Keurig and K-Cup are registered trademarks of Keurig Dr Pepper; Mountain Roast is not affiliated with them.</p>
</main>
""")

p("h2822", "https://viaggiasim.example.it/esim/giappone", "informational", False, "it",
  "esim-shop-crypto-payment", "eSIM Giappone – dati illimitati | ViaggiaSIM", """
<header><a href="/">ViaggiaSIM</a> <a href="/esim">Destinazioni</a> <a href="/come-funziona">Come funziona</a> <a href="/assistenza">Assistenza</a></header>
<main>
<h1>eSIM Giappone</h1>
<p>Attiva internet appena atterri. Ricevi il QR code via e-mail in pochi minuti, senza SIM fisica.</p>
<table><tr><td>3 GB / 7 giorni</td><td>6,50 €</td></tr><tr><td>10 GB / 15 giorni</td><td>14,90 €</td></tr><tr><td>Illimitati / 30 giorni</td><td>39,00 €</td></tr></table>
<p><button>Acquista</button></p>
<h2>Pagamenti</h2>
<p>Carta, PayPal, Apple Pay, Google Pay e criptovalute (BTC, USDT) tramite processore di pagamento. Assistenza 24/7 su chat e Telegram (@ViaggiaSIM_help).</p>
<p>Verifica che il tuo telefono sia compatibile eSIM e sbloccato prima dell'acquisto.</p>
</main>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth: order and payment pages

p("h2823", "https://app.stillwaterhealth.example/orders/SW-2026-118402", "telehealth", False, "en",
  "telehealth-order-tracking", "Order SW-2026-118402 | Stillwater Health", """
<header><a href="/">Stillwater Health</a> <nav><a href="/dashboard">Dashboard</a> <a href="/orders">Orders</a> <a href="/messages">Messages (1)</a> <a href="/account">Account</a></nav></header>
<main>
<h1>Order SW-2026-118402</h1>
<p>Prescribed by <b>Rachel Lindqvist, PMHNP-BC</b> (licensed in CO, AZ) &middot; Approved Dec 2, 2026 after your follow-up visit</p>
<ol class="timeline">
<li class="done">Prescription sent to pharmacy - Dec 2</li>
<li class="done">Pharmacist verification - Dec 3 (Belmont Compounding Pharmacy, PCAB-accredited)</li>
<li class="done">Shipped - Dec 4 via UPS 2nd Day Air, signature required</li>
<li class="current">In transit - expected Dec 6 by end of day</li>
<li>Delivered</li>
</ol>
<p>Tracking: <a href="#">1Z 9X8 4A0 02 1184 0226</a></p>
<h2>Items</h2>
<table><tr><td>Ketamine HCl sublingual tablets (as prescribed, 8-session supply)</td><td>Included in membership</td></tr><tr><td>Blood pressure cuff (first order only)</td><td>$0.00</td></tr></table>
<div class="box"><b>Before your first session:</b> keep your session with your support person scheduled, log your blood pressure in the app, and don't take your dose until you've completed the pre-session check-in. Questions about your medication? <a href="/messages">Message your care team</a>.</div>
<p class="small">An adult must sign for this package. If you'll be away, use UPS My Choice to hold it at a UPS Access Point. We can't reship a package marked delivered without a report to the pharmacy.</p>
</main>
<footer>Stillwater Health Medical Group, P.C. &middot; <a href="/privacy">Notice of Privacy Practices</a></footer>
""")

p("h2824", "https://clearpathmind.example/billing/payment-methods", "telehealth", False, "en",
  "telehealth-payment-methods-hsa", "Payment methods, HSA & FSA | ClearPath Mind", """
<header><a href="/">ClearPath Mind</a> <a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/start">Get started</a></header>
<main>
<h1>Payment methods</h1>
<p>We accept Visa, Mastercard, American Express, Discover, and HSA/FSA debit cards. We don't accept cash, checks, cryptocurrency or gift cards.</p>
<h2>Can I use my HSA or FSA?</h2>
<p>In most cases, yes. Medical evaluations, follow-up visits with your prescriber and prescribed medication are generally qualified medical expenses. Use your HSA/FSA card at checkout like any credit card. If your card is declined, pay with a personal card and submit your itemized receipt (Account &gt; Billing &gt; Receipts) to your plan administrator for reimbursement. Some plans ask for a Letter of Medical Necessity; your ClearPath psychiatrist or nurse practitioner can provide one after your evaluation.</p>
<h2>Insurance</h2>
<p>ClearPath is out-of-network. We can give you a superbill with diagnosis and CPT codes for the clinical visits so you can request out-of-network reimbursement. Ketamine for depression is used off-label and is often not covered.</p>
<h2>When am I charged?</h2>
<ul><li>$249 for the initial psychiatric evaluation, charged at booking. Fully refunded if our clinician decides at-home ketamine isn't right for you.</li><li>The monthly plan ($279) starts only if you are prescribed treatment.</li></ul>
<p>All prescribing decisions are made by board-certified clinicians licensed in your state. <a href="/clinicians">Meet them</a>.</p>
</main>
""", noise="cookie")

p("h2825", "https://portal.lumenhomecare.example/refills/new", "telehealth", False, "en",
  "telehealth-refill-request-form", "Request a refill | Lumen Home Care", """
<header><a href="/">Lumen</a> <a href="/portal">My care</a> <a href="/refills">Refills</a> <a href="/help">Help</a></header>
<main>
<h1>Request a refill</h1>
<p>Refills are reviewed by your prescriber, usually within 2 business days. Your prescriber may ask for a video check-in before approving.</p>
<form>
<p>Medication: <b>Ketamine troches (prescribed by Dr. Samuel Achebe, MD)</b> &middot; Last filled Nov 10 &middot; Sessions logged: 6 of 8</p>
<p>How many sessions have you completed since your last fill? <input></p>
<p>Mood check (PHQ-9) - required before each refill: <a href="/assessments/phq9">Take it now (3 min)</a></p>
<p>Any side effects since your last session? <label><input type="checkbox"> Nausea</label> <label><input type="checkbox"> High blood pressure reading</label> <label><input type="checkbox"> Bladder pain or urgency</label> <label><input type="checkbox"> None</label></p>
<p>Shipping address: 2201 Elm St, Apt 4, Tucson AZ <a href="#">Change</a></p>
<button>Send to my prescriber</button>
</form>
<p class="small">Early refills are not possible. If you have lost medication, contact your care team; we'll need to discuss it before anything new is sent. If you're in crisis, call or text 988.</p>
</main>
""")

p("h2826", "https://evenkeel.example/help/membership-billing", "telehealth", False, "en",
  "telehealth-membership-billing-faq", "Membership & billing FAQ | Even Keel", """
<header><a href="/">Even Keel</a> <nav><a href="/treatment">Treatment</a> <a href="/team">Medical team</a> <a href="/help">Help center</a></nav> <a href="/login">Log in</a></header>
<main>
<h1>Membership &amp; billing</h1>
<h2>What does my membership include?</h2>
<p>Your monthly membership covers ongoing visits with your Even Keel prescriber, integration coaching sessions, in-app messaging with the care team, and medication shipped from our partner pharmacy when prescribed. It does not include the initial medical evaluation ($199).</p>
<h2>When is my card charged?</h2>
<p>On the same date each month, starting the day your first prescription is approved by your clinician. You'll get an email receipt each time.</p>
<h2>Can I pause?</h2>
<p>Yes. Pauses of up to 60 days are available from Account &gt; Membership. Your prescriber will want a check-in before you restart medication.</p>
<h2>How do I cancel?</h2>
<p>Cancel anytime in the app before your next billing date. Medication that has already shipped can't be returned (pharmacy regulations don't allow it), so we don't refund a month once the order has left the pharmacy.</p>
<h2>Why was I charged but haven't received medication?</h2>
<p>If your prescriber paused treatment, for example after a blood pressure reading or a change in medications, your membership still includes the visits and coaching. Contact billing@evenkeel.example if you think you were charged in error.</p>
<p>Even Keel's clinical team is led by Chief Medical Officer Priya Ramanathan, MD, board-certified in psychiatry.</p>
</main>
""")

p("h2827", "https://serenamente.example.mx/politica-de-envios", "telehealth", False, "es",
  "telehealth-shipping-policy-es", "Política de envíos | SerenaMente Telepsiquiatría", """
<header><a href="/">SerenaMente</a> <a href="/tratamiento">Tratamiento</a> <a href="/equipo-medico">Equipo médico</a> <a href="/preguntas">Preguntas frecuentes</a></header>
<main>
<h1>Política de envíos de medicamentos</h1>
<p>Los medicamentos solo se envían después de una consulta con uno de nuestros psiquiatras con cédula profesional y cuando existe una receta vigente. No vendemos medicamentos sin receta ni enviamos a terceros.</p>
<h2>¿Quién surte la receta?</h2>
<p>Tu receta la surte una farmacia con licencia sanitaria de COFEPRIS, que te contactará para confirmar tus datos. La farmacia envía el medicamento en un empaque sellado con su etiqueta, tu nombre y las indicaciones del médico.</p>
<h2>Tiempos y cobertura</h2>
<ul><li>CDMX y área metropolitana: 1-2 días hábiles</li><li>Resto del país: 3-5 días hábiles</li></ul>
<p>Solo enviamos dentro de México. La entrega requiere identificación oficial y firma de la persona paciente mayor de edad. No se permiten envíos internacionales.</p>
<h2>Si el paquete no llega</h2>
<p>Escríbenos desde tu portal de paciente. Por seguridad, cualquier pérdida se reporta a la farmacia y tu médico decide si procede un nuevo surtido.</p>
</main>
<footer>SerenaMente Servicios Médicos S.C. · Responsable sanitario: Dra. Lucía Ferrer Ibarra, Céd. Prof. 8xxxxxx · <a href="/aviso-de-privacidad">Aviso de privacidad</a></footer>
""", noise="cookie-es")

p("h2828", "https://tidewaterketamine.example/cart", "telehealth", False, "en",
  "telehealth-subscription-cart", "Your cart | Tidewater At-Home Ketamine", """
<header><a href="/">Tidewater</a> <span>Secure checkout</span></header>
<main>
<h1>Your cart</h1>
<table class="cart">
<tr><td><b>3-Month Program</b><br>Psychiatric evaluation with a licensed clinician, 6 guided sessions per month, monthly follow-ups, integration coaching. Medication is only included if prescribed.</td><td>$249 / month</td><td><a href="#">Remove</a></td></tr>
<tr><td>Initial evaluation (due today)</td><td>$0 - included</td><td></td></tr>
</table>
<p>Promo code <input> <button>Apply</button></p>
<p><b>Due today: $0.00</b><br>Your first monthly payment of $249 is charged only after your clinician approves a treatment plan. If you're not a candidate, you won't be charged.</p>
<p><label><input type="checkbox"> I understand that ketamine treatment requires a medical evaluation, that my clinician may decline to prescribe, and that I must have an adult present during my first session.</label></p>
<button>Continue to medical intake</button>
<p class="small">Available in FL, GA, NC, SC, VA. Clinical services by Tidewater Medical PLLC. Medical director: Jonathan Reyes, MD.</p>
</main>
""")

p("h2829", "https://northstarmind.example/legal/promo-terms", "telehealth", False, "en",
  "telehealth-promo-code-terms", "Promotional Code Terms - Northstar Mind", """
Northstar Mind - Promotional Code Terms
Last updated: November 20, 2026

1. Eligibility. Promotional codes ("Codes") are available to new patients 18 or older located in a state where Northstar Mind Medical Group, P.A. provides care. A Code may be used once per person.

2. What a Code covers. Codes reduce the price of the initial membership month only. Codes cannot be applied to laboratory tests, shipping upgrades or any amount billed by a third-party pharmacy.

3. No effect on medical decisions. Using a Code does not guarantee a prescription. Whether ketamine treatment is appropriate is decided solely by your Northstar clinician after a medical evaluation. If you are not prescribed treatment, your evaluation fee is refunded in full and the Code is returned to your account.

4. Not transferable. Codes have no cash value, cannot be resold or exchanged, and cannot be combined with other offers, employer benefits or the HSA/FSA reimbursement programme.

5. Referral credits. Patients who refer a friend receive a $50 credit after the friend's first paid month. Credits are applied to future membership fees only.

6. Changes. We may end a promotion at any time. Codes obtained through coupon-aggregator sites or otherwise distributed without our permission may be cancelled.

Questions: support@northstarmind.example
""", ext="txt")

p("h2830", "https://mail.sojournhealth.example/notifications/kit-shipped", "telehealth", False, "en",
  "telehealth-kit-shipped-email", "Your treatment kit is on its way", """
<div class="email" style="max-width:600px;margin:auto">
<p><img alt="Sojourn Health" src="/logo.png"></p>
<h1>Your treatment kit has shipped, Alex</h1>
<p>Good news: Mercer Street Pharmacy has shipped the medication prescribed by Dr. Hannah Oyelaran, along with your Sojourn session kit.</p>
<table><tr><td>Carrier</td><td>FedEx Priority Overnight</td></tr><tr><td>Tracking</td><td><a href="#">7781 3390 2216</a></td></tr><tr><td>Estimated delivery</td><td>Thursday, Dec 10, by 8:00 pm</td></tr><tr><td>Signature</td><td>Adult signature required</td></tr></table>
<h2>What's inside</h2>
<ul><li>Your prescribed medication in a child-resistant container, labelled by the pharmacy</li><li>Eye mask and session journal</li><li>Blood pressure monitor</li><li>Printed safety guide</li></ul>
<h2>Before your first session</h2>
<p>Store your medication in the lockbox, out of reach of others. Book your first guided session in the app and make sure your designated sitter can be with you. Don't drive or make important decisions for the rest of the day after a session.</p>
<p><a class="btn" href="#">Track package</a> <a class="btn" href="#">Schedule session</a></p>
<p class="small">You're receiving this because you're a patient of Sojourn Health. Please don't reply to this email. For medical questions, message your care team in the app. If you're having thoughts of harming yourself, call or text 988.</p>
</div>
""")

p("h2831", "https://ruhepunkt-telemedizin.example.de/partnerapotheke", "telehealth", False, "de",
  "telehealth-pharmacy-partner-de", "Unsere Partnerapotheke | RuhePunkt Telemedizin", """
<header><a href="/">RuhePunkt</a> <nav><a href="/behandlung">Behandlung</a> <a href="/aerzte">Ärztinnen &amp; Ärzte</a> <a href="/kosten">Kosten</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Unsere Partnerapotheke</h1>
<p>Wenn Ihre behandelnde Fachärztin oder Ihr Facharzt für Psychiatrie nach dem Erstgespräch eine Behandlung verordnet, wird das Rezept elektronisch an die Versandapotheke übermittelt. RuhePunkt selbst verkauft keine Arzneimittel.</p>
<h2>Stadt-Apotheke am Markt, Kassel</h2>
<ul><li>Versandhandelserlaubnis nach § 11a Apothekengesetz, gelistet im DIMDI/BfArM-Versandhandelsregister</li><li>Herstellung von Rezepturen nach Apothekenbetriebsordnung</li><li>Pharmazeutische Beratung telefonisch Mo–Fr 8–18 Uhr</li></ul>
<h2>Ablauf</h2>
<ol><li>Ärztliche Verordnung nach Videosprechstunde</li><li>Prüfung der Verordnung durch die Apotheke</li><li>Versand per DHL mit Identitätsprüfung, Zustellung nur an Sie persönlich</li></ol>
<p>Die Kosten für das Arzneimittel rechnet die Apotheke direkt mit Ihnen ab; privat Versicherte erhalten eine Quittung zur Einreichung. Eine Abgabe ohne gültige ärztliche Verordnung ist ausgeschlossen.</p>
</main>
<footer>RuhePunkt Telemedizin GmbH · Ärztliche Leitung: Dr. med. Katrin Vogel, Fachärztin für Psychiatrie und Psychotherapie · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

# ---------------------------------------------------------------- clinic: shop-like pages

p("h2832", "https://harborlightinfusions.example/shop/gift-cards/cart", "clinic", False, "en",
  "clinic-gift-card-cart", "Cart - Gift Cards | Harbor Light Infusion Center", """
<header><a href="/">Harbor Light Infusion Center</a> <nav><a href="/ketamine">Ketamine infusions</a> <a href="/iv-hydration">IV hydration</a> <a href="/spravato">Spravato</a> <a href="/shop/gift-cards">Gift cards</a></nav></header>
<main>
<h1>Your cart</h1>
<table><tr><td>E-Gift Card - $150<br>To: Maria &middot; Message: "For your wellness days. Love, J."<br>Deliver: Dec 24, 2026 by email</td><td>$150.00</td><td><a href="#">Edit</a></td></tr></table>
<p>Subtotal: $150.00 &middot; No tax on gift cards</p>
<button>Checkout</button>
<p class="small">Gift cards can be used toward IV hydration, vitamin injections and wellness services, and toward the self-pay balance of a ketamine infusion or Spravato visit once the recipient has completed a medical consultation with one of our physicians and treatment is found appropriate. Gift cards do not guarantee eligibility for any treatment. Not redeemable for cash. No expiration.</p>
</main>
<footer>Harbor Light Infusion Center &middot; 410 Harbor Blvd, Suite 200, Portland ME &middot; Medical Director: Elena Marsh, MD (Anesthesiology)</footer>
""")

p("h2833", "https://ketaminewellnessdenver.example/checkout/infusion-series", "clinic", False, "en",
  "clinic-infusion-package-checkout", "Checkout - Six-Infusion Series | Front Range Ketamine Wellness", """
<header><a href="/">Front Range Ketamine Wellness</a> <span>Checkout</span></header>
<main>
<h1>Six-Infusion Series</h1>
<p>Six 40-minute IV ketamine infusions over 2-3 weeks at our Cherry Creek clinic, monitored by an anesthesia provider, with vitals and recovery observation after each infusion.</p>
<table><tr><td>Six infusions (package price)</td><td>$2,550.00</td></tr><tr><td>Consultation fee already paid</td><td>-$150.00</td></tr><tr><td><b>Total</b></td><td><b>$2,400.00</b></td></tr></table>
<h2>Pay</h2>
<p><label><input type="radio" name="pay" checked> Pay in full (card or HSA/FSA)</label><br><label><input type="radio" name="pay"> Pay per visit ($450 each)</label><br><label><input type="radio" name="pay"> Apply for financing through CareCredit or Cherry</label></p>
<h2>Schedule</h2>
<p>After payment, our front desk will call you to book your six appointments. Please plan for someone to drive you home after each infusion.</p>
<p><label><input type="checkbox"> I have completed my medical consultation and the provider has approved me for treatment.</label></p>
<button>Place order</button>
<p class="small">Unused infusions are refundable at the per-visit price difference if your provider stops treatment for medical reasons.</p>
</main>
""", noise="cookie")

p("h2834", "https://mindbridgeinfusion.example/financing", "clinic", False, "en",
  "clinic-financing-carecredit", "Payment Plans & Financing | MindBridge Infusion Therapy", """
<header><a href="/">MindBridge Infusion Therapy</a> <nav><a href="/conditions">Conditions</a> <a href="/ketamine-infusions">Ketamine Infusions</a> <a href="/spravato">Spravato&reg;</a> <a href="/team">Our Team</a> <a href="/financing">Financing</a> <a href="/contact">Contact</a></nav> <a class="btn" href="/consult">Free phone consult</a></header>
<main>
<h1>Payment plans &amp; financing</h1>
<p>Cost shouldn't stand between you and care. Most insurers don't cover ketamine infusions for depression, so we offer transparent self-pay pricing and several ways to spread the cost. Spravato&reg; is usually covered by insurance; our team handles the prior authorization.</p>
<h2>CareCredit</h2>
<p>CareCredit is a health-care credit card. With approved credit, you may qualify for no-interest promotional financing for 6, 12, 18 or 24 months on purchases of $200 or more. Interest is charged from the purchase date if the balance isn't paid in full within the promotional period. <a href="#">Apply online</a> in minutes, or ask our front desk.</p>
<h2>In-house payment plan</h2>
<p>For an initial series of six infusions ($2,700) you can pay a $900 deposit and the balance across your remaining visits. No credit check.</p>
<h2>Other options</h2>
<ul><li>HSA and FSA cards</li><li>Superbill for out-of-network reimbursement</li><li>Sliding-scale pricing for veterans and first responders (ask us)</li></ul>
<p>Financing is for services our physicians have recommended after your consultation. Dr. Marcus Bell, DO and our team of certified registered nurse anesthetists administer every infusion on site.</p>
</main>
<footer>MindBridge Infusion Therapy &middot; 1200 Westlake Ave, Austin TX &middot; (512) 555-01xx</footer>
""")

p("h2835", "https://ketaminekliniek-utrecht.example.nl/facturen-en-betalen", "clinic", False, "nl",
  "clinic-invoices-receipts-help", "Facturen en betalen | Ketaminekliniek Utrecht", """
<header><a href="/">Ketaminekliniek Utrecht</a> <a href="/behandeling">Behandeling</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/facturen-en-betalen">Facturen</a> <a href="/contact">Contact</a></header>
<main>
<h1>Facturen en betalen</h1>
<h2>Hoe ontvang ik mijn factuur?</h2>
<p>Na elke behandeling ontvangt u binnen vijf werkdagen een factuur per e-mail. U betaalt via de iDEAL-link in de e-mail of per bankoverschrijving binnen 14 dagen.</p>
<h2>Vergoedt mijn zorgverzekeraar de behandeling?</h2>
<p>De behandeling met esketamine-neusspray valt onder de gespecialiseerde ggz en wordt vergoed vanuit het basispakket, met verwijzing van de huisarts of psychiater. Let op uw eigen risico. Behandeling met intraveneuze ketamine vindt plaats binnen onderzoek of op indicatie van onze psychiaters; vraag vooraf naar de vergoeding.</p>
<h2>Ik heb een specificatie nodig</h2>
<p>In Mijn Kliniek kunt u alle facturen downloaden, met DBC/zorgproductcode, datum en behandelaar. Dit is voldoende voor uw verzekeraar of de belastingaangifte.</p>
<h2>Vragen over een factuur?</h2>
<p>Bel de financiële administratie op werkdagen van 9 tot 12 uur. Voor medische vragen neemt u contact op met uw behandelaar.</p>
</main>
""", noise="cookie-nl")

p("h2836", "https://lakeshorespravato.example/store", "clinic", False, "en",
  "clinic-merchandise-store", "Store | Lakeshore Mood & Spravato Center", """
<header><a href="/">Lakeshore Mood &amp; Spravato Center</a> <a href="/services">Services</a> <a href="/store">Store</a> <a href="/cart">Cart (0)</a></header>
<main>
<h1>Lakeshore Store</h1>
<p>Comfort items our patients asked for, plus a few things to support our Walk for Mental Health. All proceeds from the T-shirt go to the county crisis line.</p>
<div class="grid">
<div><h3>Weighted eye mask</h3><p>$24</p><button>Add to cart</button></div>
<div><h3>Noise-cancelling headphones (loaner-grade)</h3><p>$59</p><button>Add to cart</button></div>
<div><h3>Integration journal - 120 pages</h3><p>$16</p><button>Add to cart</button></div>
<div><h3>"You Are Not Alone" Walk T-shirt</h3><p>$22</p><button>Add to cart</button></div>
<div><h3>Sherpa throw blanket</h3><p>$38</p><button>Add to cart</button></div>
</div>
<p class="small">Store items are available for pickup at your next visit or ship within the US. This store does not sell medication. Spravato&reg; treatment is provided only at our certified center under physician supervision.</p>
</main>
""")

p("h2837", "https://clinicaserenita.example.pt/reservas/sinal", "clinic", False, "pt",
  "clinic-booking-deposit", "Reserva com sinal | Clínica Serenità – Lisboa", """
<header><a href="/">Clínica Serenità</a> <a href="/tratamentos">Tratamentos</a> <a href="/equipa">Equipa clínica</a> <a href="/reservas">Reservar</a></header>
<main>
<h1>Confirmar reserva</h1>
<p>Consulta de avaliação psiquiátrica para tratamento com escetamina (Spravato®) ou cetamina endovenosa</p>
<table><tr><td>Data</td><td>Terça-feira, 15 de dezembro, 10h30</td></tr><tr><td>Médica</td><td>Dra. Inês Carvalho, psiquiatra (OM n.º 5xxxx)</td></tr><tr><td>Valor da consulta</td><td>120,00 €</td></tr><tr><td><b>Sinal a pagar agora</b></td><td><b>40,00 €</b></td></tr></table>
<p>Pague o sinal por MB WAY, Multibanco ou cartão. O valor é descontado no dia da consulta.</p>
<p>Cancelamentos com mais de 48 horas de antecedência: sinal devolvido. Com menos de 48 horas ou falta: o sinal não é reembolsado.</p>
<p>A indicação para tratamento é decidida pela médica após a consulta. As sessões decorrem na clínica, com monitorização e período de recuperação.</p>
<button>Pagar sinal</button>
</main>
""", noise="cookie-pt")

p("h2838", "https://centroketaminamilano.example.it/tariffe", "clinic", False, "it",
  "clinic-price-list-per-session", "Tariffe | Centro Ketamina Milano", """
<header><a href="/">Centro Ketamina Milano</a> <a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe medica</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a></header>
<main>
<h1>Tariffe</h1>
<p>Prestazioni in regime privato. Tutte le sedute si svolgono in ambulatorio, con monitoraggio dei parametri vitali da parte di un medico anestesista.</p>
<table><tr><th>Prestazione</th><th>Prezzo</th></tr>
<tr><td>Prima visita psichiatrica e valutazione di idoneità</td><td>180 €</td></tr>
<tr><td>Seduta di ketamina endovenosa (circa 2 ore incl. osservazione)</td><td>390 € a seduta</td></tr>
<tr><td>Ciclo di 6 sedute</td><td>2.100 €</td></tr>
<tr><td>Seduta di esketamina spray nasale (Spravato) – farmaco a carico del SSN se prescritto dal centro di riferimento</td><td>150 € per prestazione ambulatoriale</td></tr>
<tr><td>Colloquio di integrazione psicologica (50 min)</td><td>90 €</td></tr></table>
<p>Fattura sanitaria detraibile al 19%. Pagamento con bancomat, carta di credito o bonifico. Direttore sanitario: Dott. Paolo Ferri.</p>
</main>
""", noise="cookie")

p("h2839", "https://centre-kairos.example.fr/politique-annulation", "clinic", False, "fr",
  "clinic-cancellation-fee-policy", "Politique d'annulation – Centre Kairos", """
Centre Kairos – Psychiatrie et traitements par kétamine / eskétamine
Politique d'annulation et frais de rendez-vous non honorés

Les séances de kétamine par voie intraveineuse et d'eskétamine (Spravato) mobilisent un box de soins, un médecin et une infirmière pendant deux heures. Pour cette raison :

- Annulation plus de 48 h avant la séance : sans frais.
- Annulation entre 48 h et 24 h : 50 € retenus sur l'acompte.
- Annulation moins de 24 h avant, ou absence : acompte de 100 € conservé.

Exceptions : hospitalisation, maladie attestée par un certificat, ou report demandé par votre psychiatre (par exemple tension artérielle trop élevée le jour de la séance). Aucune somme n'est retenue dans ces cas.

Rappel : vous ne devez pas conduire après une séance. Prévoyez un accompagnant ou un taxi, sinon la séance sera reportée et considérée comme annulée tardivement.

Secrétariat : du lundi au vendredi, 9 h – 17 h. Dr Claire Méndez, psychiatre, responsable médicale.
""", ext="txt")

p("h2840", "https://restorativeinfusion.example/membership/checkout", "clinic", False, "en",
  "clinic-membership-checkout", "Maintenance Membership - Checkout | Restorative Infusion Clinic", """
<header><a href="/">Restorative Infusion Clinic</a> <span>Step 2 of 3 - Payment</span></header>
<main>
<h1>Maintenance Membership</h1>
<p>For patients who have completed an initial infusion series at our clinic and whose physician recommends booster infusions.</p>
<ul><li>One booster IV ketamine infusion per month at our Scottsdale clinic</li><li>Quarterly check-in with Dr. Alana Whitfield, MD</li><li>10% off additional infusions and IV hydration</li><li>Priority scheduling</li></ul>
<p class="price">$395 / month &middot; 6-month minimum &middot; billed on the 1st</p>
<form><p>Card number <input> Expiry <input> CVC <input></p><p>ZIP <input></p>
<p><label><input type="checkbox"> I understand booster frequency is set by my physician, unused monthly infusions do not roll over, and the membership can be paused for medical reasons.</label></p>
<button>Join membership</button></form>
<p class="small">Questions? Call (480) 555-01xx. HSA/FSA accepted.</p>
</main>
""", noise="cookie")

save(OUT, R)
