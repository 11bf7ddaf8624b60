# Batch 74 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Quiet sellers". 14 sellers whose pages say little and say it calmly: no slang, no
# exclamation marks, often no price, sometimes not even the word "ketamine" in the body (a product
# code, a brand, "the medicine", "our formula", "the product", an image alt text, the title or the
# URL carries it). Against them, calm pages of the other kinds that use the same ordinary shop and
# service words (order status, refills, shipping, membership, fees, gift cards, booking, returns,
# sourcing, wholesale accounts, newsletters).
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: sellers - minimal product page whose only drug word is in the alt text and title, "about our
# sourcing" page, shipping-times table with neutral packaging and customs reship, wholesale enquiry
# form for arylcyclohexylamines, customer-service ticket reply (plain text), three-line marketplace
# listing (plain text), link-in-bio page, "how to order" page, Spanish newsletter sign-up of a fake
# "farmacia", German lab catalogue line selling to private persons, French veterinary vial product
# page, Dutch "about us" of a fake online clinic with automatic questionnaire approval, Portuguese
# loyalty programme with WhatsApp ordering, Italian returns policy with customs reship.
# Telehealth - order status page in a patient app, refill request page, membership pricing page,
# customer-service reply about a held shipment (plain text), shipping-and-pharmacy page with a
# shipping-times table, Spanish virtual psychiatry "how it works" referring for esketamine, German
# membership page, Portuguese refer-a-friend programme, Italian "come ordinare" page.
# Clinics - infusion fee schedule with deposit, gift-card shop, Spravato booking page, cancellation
# policy (plain text), "where our medication comes from" page, French hospital pain-centre fees,
# Dutch hospital esketamine appointment page, Portuguese refund policy for session packages.
# Informational - community pharmacy controlled-medicines policy, supplement shop product page
# ("our formula"), patient leaflet for ketamine injection, news brief on parcel seizures, forum post
# asking whether a calm no-prescription site is legitimate, licensed distributor trade-account form,
# Spanish drug-checking newsletter sign-up, German mail-order pharmacy shipping terms, French
# addictovigilance fact sheet.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch74.py (writes batch74/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch74")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (quiet)

p("h7401", "https://northbay-labs.example/p/118", "seller", True, "en",
  "minimal-product-page-alt-text-only", "Item 118 - Ketamine HCl, crystalline | Northbay", """
<header><a href="/">Northbay</a> <nav><a href="/catalogue">Catalogue</a> <a href="/account">Account</a> <a href="/basket">Basket (0)</a></nav></header>
<main>
<div class="gallery"><img src="/img/p118-main.jpg" alt="ketamine hydrochloride crystal, 10 g pouch"></div>
<h1>Item 118</h1>
<p>Clear crystalline shards. HPLC purity 99.6 %. Current batch NB-0926.</p>
<table class="packs">
<tr><th>Pack</th><th>Availability</th></tr>
<tr><td>5 g</td><td>In stock</td></tr>
<tr><td>10 g</td><td>In stock</td></tr>
<tr><td>25 g</td><td>Two weeks</td></tr>
</table>
<p>Prices are shown in the basket.</p>
<form action="/basket/add" method="post"><select name="pack"><option>5 g</option><option>10 g</option><option>25 g</option></select> <input type="number" name="qty" value="1"> <button>Add to basket</button></form>
<p>Dispatched within two working days in plain outer packaging. Payment by bank transfer, BTC or XMR.</p>
</main>
<footer>Northbay &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></footer>
""")

p("h7402", "https://meridian-supply.example/about/sourcing", "seller", True, "en",
  "about-our-sourcing-page", "About our sourcing | Meridian Supply", """
<header><a href="/" class="logo">Meridian</a>
<nav><a href="/products">Products</a> <a href="/about/sourcing">Sourcing</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>About our sourcing</h1>
<p>We are often asked where our medicine comes from, so we have written this page to answer plainly.</p>
<p>Everything we supply is pharmaceutical esketamine and racemic ketamine hydrochloride, made by two manufacturers that also supply hospital tenders. We buy in original cartons and do not repack ampoules or vials. Each lot arrives with the manufacturer's certificate of analysis, which we keep on file and can send on request.</p>
<h2>Storage</h2>
<p>Stock is held at controlled room temperature, away from light, and rotated first-expiry-first-out. We do not sell product with less than twelve months of shelf life remaining.</p>
<h2>Who we supply</h2>
<p>We supply private customers directly, in small quantities. You do not need to send us a prescription. A short message telling us what you would like and where it should go is enough.</p>
<h2>Questions</h2>
<p>Use the <a href="/contact">contact form</a>, or write to us on Session. We usually reply the same day.</p>
</main>
<footer><p>Meridian Supply &middot; Orders are answered Monday to Saturday.</p></footer>
""", noise="cookie")

p("h7403", "https://k-line.example/shipping", "seller", True, "en",
  "shipping-times-table-neutral-reship", "Shipping times | K-Line", """
<header><a href="/">K-Line</a>
<nav><a href="/products/k50">K-50 vials</a> <a href="/products/k100">K-100 vials</a> <a href="/products/sk-nasal">S-K nasal 28 mg</a> <a href="/shipping">Shipping</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Shipping times</h1>
<p>Orders paid before 14:00 (CET) leave the same day. The times below are counted from dispatch.</p>
<table>
<tr><th>Destination</th><th>Working days</th><th>Tracked</th></tr>
<tr><td>Netherlands, Belgium, Germany</td><td>1-3</td><td>Yes</td></tr>
<tr><td>France, Austria, Denmark</td><td>2-4</td><td>Yes</td></tr>
<tr><td>Spain, Italy, Portugal</td><td>3-6</td><td>Yes</td></tr>
<tr><td>United Kingdom</td><td>3-7</td><td>Yes</td></tr>
<tr><td>Sweden, Finland, Norway</td><td>4-8</td><td>Yes</td></tr>
<tr><td>Australia, Canada</td><td>8-14</td><td>Partly</td></tr>
</table>
<h2>Packaging</h2>
<p>Vials travel in foam sleeves inside a plain box. The outside shows a neutral sender name and a general description for customs. Nothing on the parcel refers to the contents.</p>
<h2>If a parcel is held</h2>
<p>If customs keep a parcel, send us the letter you received. We reship once at no charge, or issue store credit if you prefer.</p>
</main>
<aside><img src="/img/k50-side.jpg" alt="ketamine 50 mg/ml 10 ml vial"> <a href="/products/k50">K-50, box of 5</a></aside>
<footer>K-Line &middot; <a href="/contact">Contact</a></footer>
""")

p("h7404", "https://arylchem-trade.example/wholesale", "seller", True, "en",
  "wholesale-enquiry-form-research-chemicals", "Wholesale enquiries | Arylchem Trade", """
<header><a href="/">Arylchem Trade</a> <nav><a href="/catalogue">Catalogue</a> <a href="/wholesale">Wholesale</a> <a href="/coa">Certificates</a></nav></header>
<main>
<h1>Wholesale enquiries</h1>
<p>We supply bulk quantities to resellers and research groups. The minimum per line is 100 g. Quotes are sent within one working day.</p>
<form action="/wholesale/send" method="post">
<label>Name or company <input name="company"></label>
<label>Country <input name="country"></label>
<label>Product <select name="product">
<option>Ketamine HCl (racemic)</option>
<option>Esketamine HCl</option>
<option>2-FDCK</option>
<option>Deschloroketamine</option>
</select></label>
<label>Quantity (g) <input name="qty" type="number" min="100"></label>
<label>Preferred payment <select name="pay"><option>USDT (TRC-20)</option><option>XMR</option><option>SEPA transfer</option></select></label>
<label>Contact (email, Threema or Telegram) <input name="contact"></label>
<button>Send enquiry</button>
</form>
<p class="small">All products are sold as research materials and are not for human consumption. Licence numbers are not required for orders under 1 kg.</p>
</main>
<footer>&copy; Arylchem Trade</footer>
""")

p("h7405", "https://support.ketparcel.example/tickets/88213", "seller", True, "en",
  "customer-service-ticket-reply", "", """
Hello, and thank you for your patience. Order 88213 (two 10 ml vials, 50 mg/ml) left us this morning in a padded envelope with no markings. The tracking number will be sent to the Telegram account you gave at checkout.
Kind regards, Support
""", ext="txt")

p("h7406", "https://bazaar7.example/listing/5521-ketalar-10x10ml", "seller", True, "en",
  "marketplace-listing-three-lines", "", """
Ketalar 10 x 10 ml, sealed box, exp. 03/2028.
Ships from NL, tracked, 2-4 days inside the EU. Escrow accepted.
Vendor: quietpharm - 312 sales - rating 4.9
""", ext="txt")

p("h7407", "https://linkpage.example/stillwater.k", "seller", True, "en",
  "link-in-bio-page", "stillwater.k | links", """
<div class="profile">
<img src="/avatars/stillwater.png" alt="stillwater.k - ketamine vials and nasal">
<h1>stillwater.k</h1>
<p>Pharmaceutical K. Sealed vials and nasal. EU to EU, quiet and on time.</p>
<p>Menu by message only.</p>
<ul class="links">
<li><a href="https://signal.example/#stillwaterk">Signal</a></li>
<li><a href="https://t.example/stillwater_k">Telegram</a></li>
<li><a href="/stillwater.k/reviews">Reviews</a></li>
</ul>
</div>
""")

p("h7408", "https://esk-direct.example/how-to-order", "seller", True, "en",
  "how-to-order-page", "How to order - Esketamine nasal spray | ESK Direct", """
<header><a href="/">ESK Direct</a> <nav><a href="/products">Products</a> <a href="/how-to-order">How to order</a> <a href="/shipping">Shipping</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>How to order</h1>
<ol>
<li><b>Choose a product.</b> Our nasal devices contain 28 mg each and come in packs of two or three, matching the hospital presentation.</li>
<li><b>Add it to your cart</b> and enter a delivery address. A name on the letterbox is enough; no signature is needed.</li>
<li><b>Pay.</b> We accept Bitcoin, Litecoin and bank transfer. The payment details are shown after you place the order.</li>
<li><b>Receive your tracking number</b> by email within one working day.</li>
</ol>
<p>We do not ask for a prescription or medical records. Orders are handled by a small team and every message is answered within one working day.</p>
<p>If you are unsure which pack is right for you, write to us before ordering.</p>
</main>
<footer>ESK Direct &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7409", "https://farmaciaserena.example/boletin", "seller", True, "es",
  "newsletter-signup-fake-pharmacy", "Boletín - Ketamina y esketamina farmacéutica | Farmacia Serena", """
<header><a href="/">Farmacia Serena</a> <nav><a href="/productos">Productos</a> <a href="/envios">Envíos</a> <a href="/boletin">Boletín</a></nav></header>
<main>
<h1>Boletín de existencias</h1>
<p>Nuestra fórmula se agota con frecuencia. Si deja su correo, le avisaremos cuando vuelva a haber existencias de cada presentación. No enviamos publicidad ni compartimos su dirección.</p>
<form action="/boletin/alta" method="post">
<label>Correo electrónico <input type="email" name="email"></label>
<label>Presentación que le interesa
<select name="p"><option>Viales 50 mg/ml</option><option>Espray nasal 28 mg</option><option>Todas</option></select></label>
<button>Suscribirme</button>
</form>
<p>Enviamos a toda España y Portugal en paquete discreto, sin necesidad de receta. Pago por transferencia o Bizum.</p>
</main>
<footer>Farmacia Serena &middot; Atención por correo de lunes a viernes</footer>
""", noise="cookie-es")

p("h7410", "https://labor-katalog.example/katalog/k", "seller", True, "de",
  "lab-catalogue-line-private-buyers", "Katalog K | Labor-Katalog", """
<main>
<h1>Katalog: K</h1>
<table class="katalog">
<tr><th>Art.-Nr.</th><th>Bezeichnung</th><th>Gebinde</th><th>Preis</th></tr>
<tr><td>K-4402</td><td>Kaliumiodid, p.a.</td><td>100 g</td><td>12,90 &euro;</td></tr>
<tr><td>K-4471</td><td>Ketaminhydrochlorid, krist., 99,8 %</td><td>10 g / 50 g</td><td>auf Anfrage</td></tr>
<tr><td>K-4480</td><td>Kupfer(II)-sulfat</td><td>500 g</td><td>9,40 &euro;</td></tr>
</table>
<p>Zu K-4471: Abgabe auch an Privatpersonen, ein Nachweis ist nicht erforderlich. Versand neutral verpackt, Zahlung per Überweisung oder Bitcoin.</p>
</main>
""")

p("h7411", "https://vetodirect-ventes.example/produit/vk100", "seller", True, "fr",
  "veterinary-vial-product-page-alt-text", "VK100 - flacon 10 ml | VétoDirect Ventes", """
<header><a href="/">VétoDirect Ventes</a> <nav><a href="/produits">Produits</a> <a href="/livraison">Livraison</a> <a href="/panier">Panier</a></nav></header>
<main>
<img src="/img/vk100.jpg" alt="kétamine 100 mg/ml solution injectable usage vétérinaire">
<h1>VK100</h1>
<p>Solution injectable 100 mg/ml, flacon de 10 ml, conditionnement d'origine du laboratoire.</p>
<p>Vente aux particuliers, sans ordonnance vétérinaire. Livraison en 48 à 72 heures, colis neutre.</p>
<p>Paiement par virement ou en crypto-monnaies.</p>
<form action="/panier/ajouter"><input type="number" value="1"> <button>Ajouter au panier</button></form>
</main>
<footer>VétoDirect Ventes &middot; <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h7412", "https://rustkliniek-online.example/over-ons", "seller", True, "nl",
  "about-us-fake-online-clinic-auto-questionnaire", "Over ons | Rustkliniek Online", """
<header><a href="/">Rustkliniek Online</a>
<nav><a href="/behandeling">Behandeling</a> <a href="/over-ons">Over ons</a> <a href="/vragenlijst">Start vragenlijst</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Over ons</h1>
<p>Rustkliniek Online is in 2021 begonnen met één doel: esketamine neusspray bereikbaar maken voor mensen die niet maandenlang op een wachtlijst willen staan.</p>
<p>Wij werken met een klein team en houden het eenvoudig. U vult een korte online vragenlijst in van acht vragen. Deze wordt automatisch beoordeeld en in de meeste gevallen binnen enkele minuten goedgekeurd. Een gesprek met een arts of een videoconsult is niet nodig.</p>
<p>Na goedkeuring betaalt u via iDEAL of bankoverschrijving en versturen wij het pakket de volgende werkdag vanuit ons magazijn, zonder vermelding van de inhoud.</p>
<h2>Ons team</h2>
<p>Klantenservice: Sanne en Joris. Logistiek: Mehmet.</p>
</main>
<footer>Rustkliniek Online &middot; <a href="/privacy">Privacy</a> &middot; <a href="/voorwaarden">Voorwaarden</a></footer>
""", noise="cookie-nl")

p("h7413", "https://ketfarma-br.example/fidelidade", "seller", True, "pt",
  "loyalty-programme-whatsapp-orders", "Programa de fidelidade | KetFarma", """
<header><a href="/">KetFarma</a>
<nav><a href="/cetamina-50">Cetamina 50 mg/ml</a> <a href="/escetamina-spray">Escetamina spray</a> <a href="/fidelidade">Fidelidade</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Programa de fidelidade</h1>
<p>Clientes cadastrados acumulam 1 ponto para cada real gasto. Os pontos valem por doze meses.</p>
<table>
<tr><th>Nível</th><th>Requisito</th><th>Benefício</th></tr>
<tr><td>Prata</td><td>3 pedidos</td><td>Frete grátis para todo o Brasil</td></tr>
<tr><td>Ouro</td><td>8 pedidos</td><td>Frete expresso e reenvio garantido em caso de extravio</td></tr>
<tr><td>Diamante</td><td>15 pedidos</td><td>Um frasco por conta da casa a cada 5 pedidos</td></tr>
</table>
<p>Os pedidos são feitos somente pelo WhatsApp (11) 9 5555-0148. Não pedimos receita. Embalagem discreta, sem identificação do conteúdo.</p>
</main>
<footer>KetFarma &middot; Atendimento de segunda a sábado</footer>
""", noise="cookie-pt")

p("h7414", "https://quietfarma.example/resi-e-rimborsi", "seller", True, "it",
  "returns-policy-customs-reship", "Resi e rimborsi | QuietFarma", """
<header><a href="/">QuietFarma</a> <nav><a href="/prodotti">Prodotti</a> <a href="/spedizioni">Spedizioni</a> <a href="/resi-e-rimborsi">Resi</a></nav></header>
<main>
<h1>Resi e rimborsi</h1>
<p>Per ragioni di sicurezza, i prodotti (fiale di ketamina cloridrato e spray di esketamina) non possono essere restituiti dopo l'apertura della confezione.</p>
<p>Se il pacco arriva danneggiato, inviateci una foto entro 48 ore: spediremo di nuovo l'articolo.</p>
<p>Se il pacco viene trattenuto in dogana, effettuiamo una seconda spedizione gratuita. Dopo un secondo fermo rimborsiamo il 50 % dell'importo.</p>
<p>Non richiediamo ricetta medica. Con l'ordine il cliente dichiara di essere maggiorenne e di assumersi la responsabilità dell'uso.</p>
</main>
<footer>QuietFarma &middot; Contatti via email o Telegram</footer>
""")

# ---------------------------------------------------------------- telehealth

p("h7415", "https://app.harborlinehealth.example/orders/HL-20931", "telehealth", False, "en",
  "patient-app-order-status", "Order HL-20931 | Harborline Health", """
<header><a href="/home">Harborline Health</a> <nav><a href="/home">Home</a> <a href="/care-team">Care team</a> <a href="/orders">Orders</a> <a href="/messages">Messages</a> <a href="/billing">Billing</a></nav></header>
<main>
<p class="crumbs"><a href="/orders">Orders</a> &gt; HL-20931</p>
<h1>Order HL-20931</h1>
<dl>
<dt>Status</dt><dd>Shipped - out for delivery</dd>
<dt>Medication</dt><dd>Ketamine HCl sublingual troches, 30 count</dd>
<dt>Prescriber</dt><dd>Priya Ramanathan, MD (psychiatry), after your video visit on Nov 14</dd>
<dt>Dispensing pharmacy</dt><dd>Crestview Compounding Pharmacy (partner, licensed in your state)</dd>
<dt>Carrier</dt><dd>UPS, adult signature required</dd>
</dl>
<h2>Before your next order</h2>
<p>Your monthly check-in with Dr. Ramanathan is due by Dec 12. The next refill becomes available once that visit is complete and she has reviewed your mood check.</p>
<p><a href="/care-team/schedule">Schedule check-in</a> &middot; <a href="/messages/new">Message your care team</a></p>
</main>
<footer>Need urgent help? Call or text 988. Harborline Health is not an emergency service.</footer>
""")

p("h7416", "https://www.lumenmind.example/order-refill", "telehealth", False, "en",
  "refill-request-page", "Request a refill | LumenMind", """
<header><a href="/">LumenMind</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/order-refill">Refills</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Request a refill</h1>
<p>Refills are not automatic. When you request one, your clinician looks at your latest PHQ-9 and GAD-7 scores and the notes from your last session before deciding whether to renew your ketamine prescription.</p>
<form action="/order-refill" method="post">
<label>Date of your last dose <input type="date" name="last"></label>
<label>Any new side effects? <textarea name="se"></textarea></label>
<label>Any changes to other medicines? <textarea name="meds"></textarea></label>
<button>Send to my clinician</button>
</form>
<p>If your last follow-up visit was more than 30 days ago, you will be asked to book one first. Approved refills are sent to our partner pharmacy, which usually ships within two business days.</p>
</main>
<footer>LumenMind Medical Group, P.C. &middot; Clinicians licensed in CA, CO, NY, TX, WA</footer>
""", noise="cookie")

p("h7417", "https://joinsolace.example/membership", "telehealth", False, "en",
  "membership-pricing-page", "Membership | Solace", """
<header><a href="/" class="logo">Solace</a>
<nav><a href="/how-it-works">How it works</a> <a href="/membership">Membership</a> <a href="/clinicians">Our clinicians</a> <a href="/faq">FAQ</a> <a href="/start" class="btn">Get started</a></nav></header>
<main>
<h1>One membership, one care team</h1>
<p>Solace is a monthly membership for adults with depression or anxiety that has not improved with other treatment.</p>
<div class="plan">
<h2>Membership - $129 per month</h2>
<ul>
<li>An initial 60-minute video evaluation with a board-certified psychiatrist</li>
<li>Monthly follow-up visits with your prescriber</li>
<li>Two integration sessions per month with a licensed therapist</li>
<li>Secure messaging with your care team</li>
</ul>
<p>Medication is not included. If your psychiatrist decides at-home ketamine is appropriate, the prescription is filled by a licensed partner pharmacy and billed separately, usually $60-$90 a month.</p>
<a href="/start" class="btn">Start with an evaluation</a>
</div>
<h2>Good to know</h2>
<p>Not everyone who is evaluated is prescribed medication. If you are not a candidate, we refund the evaluation fee and suggest other options. You can pause or cancel your membership from your account at any time.</p>
<aside><h3>Our clinicians</h3><p>Dr. Aaron Feld, MD &middot; Dr. Monique Ashby, MD &middot; Lena Ortiz, PMHNP-BC</p></aside>
</main>
<footer><a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; Solace Health Services, P.A. &middot; If you are in crisis, call 988.</footer>
""", noise="cookie")

p("h7418", "https://help.evenkeel.example/conversations/55120", "telehealth", False, "en",
  "customer-service-reply-held-shipment", "", """
Hi Marcus, thanks for writing in. Your next shipment of lozenges is on hold until your follow-up video visit with Dr. Elena Brandt is completed; you can pick a time in the app under Care Team. Once she renews the prescription, the pharmacy usually ships within two business days.
Jo, Patient Support, EvenKeel
""", ext="txt")

p("h7419", "https://www.stillpointcare.example/shipping-and-pharmacy", "telehealth", False, "en",
  "shipping-and-partner-pharmacy-page", "Shipping and pharmacy | Stillpoint Care", """
<header><a href="/">Stillpoint Care</a> <nav><a href="/treatment">Treatment</a> <a href="/pricing">Pricing</a> <a href="/shipping-and-pharmacy">Shipping</a> <a href="/support">Support</a></nav></header>
<main>
<h1>How your medication reaches you</h1>
<p>Nothing ships until a Stillpoint clinician has seen you by video and written a prescription. The prescription goes electronically to our partner, Lakeside Specialty Pharmacy, which checks it, prepares your order and ships it.</p>
<h2>Typical delivery times after the pharmacy ships</h2>
<table>
<tr><th>State</th><th>Business days</th></tr>
<tr><td>California, Oregon, Washington</td><td>1-2</td></tr>
<tr><td>Colorado, Arizona, Texas</td><td>2-3</td></tr>
<tr><td>Florida, Georgia, New York</td><td>2-4</td></tr>
</table>
<p>We can only ship to states where our clinicians hold a license, and not to PO boxes. Packages arrive in discreet packaging and need an adult signature. If nobody is home, the carrier holds the package at a local pickup point.</p>
<h2>Lost or damaged packages</h2>
<p>Contact support. The pharmacy will replace a lost package once the carrier confirms it, and will note the replacement on your prescription record.</p>
</main>
<footer>Stillpoint Care &middot; Lakeside Specialty Pharmacy, license PHY-00451 (example)</footer>
""")

p("h7420", "https://psiquiatria-en-linea.example/como-funciona", "telehealth", False, "es",
  "virtual-psychiatry-how-it-works-esketamine-referral", "Cómo funciona | Psiquiatría en Línea", """
<header><a href="/">Psiquiatría en Línea</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/tarifas">Tarifas</a> <a href="/equipo">Equipo</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>Cómo funciona</h1>
<ol>
<li><b>Primera consulta por videollamada.</b> 50 minutos con un psiquiatra colegiado. Revisamos sus tratamientos previos y sus informes.</li>
<li><b>Plan de tratamiento.</b> Si tiene una depresión resistente y el psiquiatra considera indicada la esketamina, le derivamos a uno de nuestros hospitales colaboradores, donde se administra el espray nasal bajo observación.</li>
<li><b>Seguimiento en línea.</b> Entre sesiones le vemos por videollamada cada dos o cuatro semanas y coordinamos con el equipo del hospital.</li>
</ol>
<p>No enviamos medicación a domicilio. Las recetas de otros fármacos se emiten como receta electrónica privada tras la consulta.</p>
<p>Equipo médico: Dra. Inés Carvajal (col. 28/41234), Dr. Tomás Ugarte (col. 08/55310).</p>
</main>
<footer>Psiquiatría en Línea S.L.P. &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h7421", "https://sanamente-tele.example/mitgliedschaft", "telehealth", False, "de",
  "membership-page-video-consult-btm-prescription", "Mitgliedschaft | SanaMente Telepsychiatrie", """
<header><a href="/">SanaMente</a> <nav><a href="/ablauf">Ablauf</a> <a href="/mitgliedschaft">Mitgliedschaft</a> <a href="/aerztinnen">Ärztinnen und Ärzte</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Mitgliedschaft</h1>
<p>89 &euro; im Monat, monatlich kündbar.</p>
<ul>
<li>Ausführliches Erstgespräch per Video mit einer Fachärztin oder einem Facharzt für Psychiatrie</li>
<li>Monatliche Verlaufstermine per Video</li>
<li>Nachrichten an Ihr Behandlungsteam über die App</li>
</ul>
<p>Ob eine Behandlung mit Ketamin für Sie infrage kommt, entscheidet die Ärztin nach dem Erstgespräch. Wird es verordnet, stellt sie ein BtM-Rezept aus, das an unsere Partnerapotheke geht. Die Apotheke versendet erst nach Prüfung des Rezepts. Die Kosten für das Medikament sind nicht in der Mitgliedschaft enthalten.</p>
<p>Behandelnde Ärzte: Dr. med. Katrin Vossberg, Dr. med. Ahmet Yıldız.</p>
</main>
<footer>SanaMente Telemedizin GmbH &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7422", "https://vivaleve-saude.example/indique-um-amigo", "telehealth", False, "pt",
  "refer-a-friend-programme", "Indique um amigo | VivaLeve Saúde", """
<header><a href="/">VivaLeve Saúde</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/indique-um-amigo">Indique um amigo</a></nav></header>
<main>
<h1>Indique um amigo</h1>
<p>Compartilhe seu código. Quando a pessoa indicada fizer a primeira teleconsulta, ela ganha 20 % de desconto nessa consulta e você ganha um mês de plano.</p>
<p>O desconto vale somente para consultas. Não se aplica a medicamentos, e a indicação não garante prescrição: a decisão sobre cetamina ou qualquer outro tratamento é sempre do médico (CRM ativo) após a avaliação por vídeo.</p>
<p>Seu código: <code>MARINA-7Q2</code> <button>Copiar</button></p>
</main>
<footer>VivaLeve Saúde Ltda. &middot; Responsável técnico: Dr. Paulo Henrique Sá, CRM-SP 000000 (exemplo)</footer>
""", noise="cookie-pt")

p("h7423", "https://serenamente-online.example/come-ordinare", "telehealth", False, "it",
  "how-to-order-telehealth", "Come ordinare | SerenaMente Online", """
<header><a href="/">SerenaMente Online</a> <nav><a href="/percorso">Percorso</a> <a href="/come-ordinare">Come ordinare</a> <a href="/medici">Medici</a></nav></header>
<main>
<h1>Come ordinare</h1>
<ol>
<li>Prenota un consulto video con uno psichiatra iscritto all'Albo.</li>
<li>Lo psichiatra valuta la tua storia clinica e, se indicato, prescrive il trattamento.</li>
<li>La ricetta viene inviata alla farmacia partner, che prepara e spedisce il farmaco.</li>
<li>Dopo due settimane hai una visita di controllo prima di qualsiasi rinnovo.</li>
</ol>
<p>Non è possibile ordinare il farmaco senza consulto. La ketamina viene prescritta solo a pazienti adulti dopo la valutazione medica.</p>
</main>
<footer>SerenaMente Online S.r.l. &middot; Direttore sanitario: dott.ssa Giulia Ferrante</footer>
""")

# ---------------------------------------------------------------- clinics

p("h7424", "https://www.cedarpointinfusion.example/fees", "clinic", False, "en",
  "infusion-fee-schedule-deposit", "Fees | Cedar Point Infusion Center", """
<header><a href="/" class="logo">Cedar Point Infusion Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/fees">Fees</a> <a href="/our-team">Our team</a> <a href="/book">Book a consultation</a></nav>
<p class="top">1240 Lakeview Rd, Suite 3 &middot; (555) 014-2290</p></header>
<main>
<h1>Fees</h1>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Medical consultation (in person, 45 min)</td><td>$250</td></tr>
<tr><td>Single ketamine infusion, with monitoring</td><td>$475</td></tr>
<tr><td>Initial series of six infusions</td><td>$2,600</td></tr>
<tr><td>Maintenance infusion</td><td>$450</td></tr>
</table>
<p>A $100 deposit holds your first infusion appointment and is credited to your bill. We accept cards, HSA and FSA cards. We do not bill insurance for infusions but can give you a superbill for reimbursement.</p>
<p>Every patient sees our anesthesiologist before a first infusion. Infusions are given only in our clinic, with a nurse present throughout.</p>
</main>
<aside><h3>Related</h3><ul><li><a href="/faq">FAQ</a></li><li><a href="/what-to-expect">What to expect</a></li><li><a href="/financing">Financing</a></li></ul></aside>
<footer>Cedar Point Infusion Center &middot; <a href="/privacy">Notice of privacy practices</a></footer>
""", noise="cookie")

p("h7425", "https://shop.brightwaterketamine.example/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop", "Gift cards | Brightwater Ketamine Clinic", """
<header><a href="https://brightwaterketamine.example/">Brightwater Ketamine Clinic</a> <nav><a href="/gift-cards">Gift cards</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Gift cards</h1>
<p>Gift cards can be used toward consultations, infusions and integration sessions at our Portland clinic.</p>
<form action="/cart/add" method="post">
<label>Amount <select name="amt"><option>$100</option><option>$250</option><option>$500</option></select></label>
<label>Recipient's email <input type="email" name="to"></label>
<label>Message <textarea name="msg"></textarea></label>
<button>Add to cart</button>
</form>
<p class="small">A gift card does not guarantee treatment. Every patient has a medical evaluation with our physician before any infusion. Cards do not expire and can't be exchanged for cash.</p>
</main>
<footer>Brightwater Ketamine Clinic &middot; 88 Alder St, Portland</footer>
""")

p("h7426", "https://www.rivertownmentalhealth.example/book", "clinic", False, "en",
  "spravato-booking-page", "Book an appointment | Rivertown Mental Health", """
<header><a href="/">Rivertown Mental Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/book">Book</a> <a href="/patient-portal">Patient portal</a></nav></header>
<main>
<h1>Book an appointment</h1>
<form action="/book" method="post">
<label>Appointment type <select name="type">
<option>New patient psychiatric evaluation</option>
<option>Spravato treatment session (existing Spravato patients)</option>
<option>Medication management follow-up</option>
</select></label>
<label>Preferred date <input type="date" name="d"></label>
<label>Name <input name="n"></label> <label>Phone <input name="ph"></label>
<button>Request appointment</button>
</form>
<h2>Before a Spravato session</h2>
<p>Sessions take about two hours in one of our monitored treatment rooms. You will not be able to drive for the rest of the day, so please arrange a ride home. Our clinic is a certified Spravato REMS treatment center.</p>
</main>
<footer>Rivertown Mental Health &middot; 410 Mill St &middot; (555) 017-8833</footer>
""")

p("h7427", "https://northlakeinfusion.example/policies/cancellations", "clinic", False, "en",
  "cancellation-policy-snippet", "", """
Cancellations made less than 48 hours before a scheduled infusion are charged a $150 fee, because the nurse, the room and the medicine are prepared for you in advance. If you are unwell on the day, call us at (555) 016-4410 and we will move your appointment without charge.
""", ext="txt")

p("h7428", "https://www.meadowbrookketamine.example/about/our-medication", "clinic", False, "en",
  "where-our-medication-comes-from", "Where our medication comes from | Meadowbrook Ketamine", """
<header><a href="/">Meadowbrook Ketamine</a> <nav><a href="/about">About</a> <a href="/treatment">Treatment</a> <a href="/fees">Fees</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Where our medication comes from</h1>
<p>Patients sometimes ask about the medicine used in their infusions. We buy ketamine hydrochloride injection only from licensed US distributors, under our medical director's DEA registration.</p>
<p>It is kept in a locked safe, and every vial is logged when it is received, when a dose is drawn up and when any remainder is wasted with a second nurse as witness. Doses are calculated by weight for each visit.</p>
<p>We do not sell, ship or send home any medication. Every dose is given in our office, with monitoring and a clinician present.</p>
</main>
<footer>Meadowbrook Ketamine &middot; Medical director: Daniel Okafor, MD</footer>
""")

p("h7429", "https://centre-douleur-lyon-est.example/tarifs-et-prise-en-charge", "clinic", False, "fr",
  "hospital-pain-centre-fees", "Tarifs et prise en charge | Centre d'évaluation et de traitement de la douleur", """
<header><a href="/">Centre d'évaluation et de traitement de la douleur - Hôpital Lyon Est</a> <nav><a href="/consultations">Consultations</a> <a href="/hopital-de-jour">Hôpital de jour</a> <a href="/tarifs-et-prise-en-charge">Tarifs</a></nav></header>
<main>
<h1>Tarifs et prise en charge</h1>
<p>Les consultations et les séances en hôpital de jour sont prises en charge par l'Assurance Maladie selon les règles habituelles. Les médecins du centre exercent en secteur 1, sans dépassement d'honoraires.</p>
<p>Les perfusions de kétamine pour certaines douleurs chroniques sont réalisées uniquement en hôpital de jour, après une consultation avec un médecin algologue. Prévoyez une journée et un accompagnant pour le retour.</p>
<p>Le forfait journalier et le ticket modérateur peuvent être pris en charge par votre mutuelle. Apportez votre carte Vitale et votre attestation de mutuelle.</p>
</main>
<footer>Hôpital Lyon Est &middot; Secrétariat : 04 00 00 00 00</footer>
""", noise="cookie-fr")

p("h7430", "https://www.ziekenhuis-veldoost.example/afdelingen/psychiatrie/esketamine", "clinic", False, "nl",
  "hospital-esketamine-appointment-page", "Esketamine behandeling | Ziekenhuis Veldoost", """
<header><a href="/">Ziekenhuis Veldoost</a> <nav><a href="/afdelingen">Afdelingen</a> <a href="/afspraak">Afspraak maken</a> <a href="/bezoek">Bezoek</a></nav></header>
<main>
<h1>Esketamine behandeling</h1>
<p>De polikliniek psychiatrie behandelt volwassenen met een therapieresistente depressie met esketamine neusspray. U heeft een verwijzing nodig van uw huisarts of psychiater.</p>
<h2>Afspraak maken</h2>
<p>Na ontvangst van de verwijzing belt de secretaresse u voor een intakegesprek. Bel voor vragen (055) 000 1234, op werkdagen van 8.30 tot 16.30 uur.</p>
<h2>Op de dag van de behandeling</h2>
<p>U gebruikt de neusspray zelf onder toezicht van een verpleegkundige en blijft daarna ongeveer twee uur op de afdeling. U mag die dag niet zelf autorijden.</p>
</main>
<footer>Ziekenhuis Veldoost &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h7431", "https://clinicaserenidade.example/politica-de-reembolso", "clinic", False, "pt",
  "session-package-refund-policy", "Política de reembolso | Clínica Serenidade", """
<header><a href="/">Clínica Serenidade</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/precos">Preços</a> <a href="/marcacoes">Marcações</a></nav></header>
<main>
<h1>Política de reembolso</h1>
<p>Os pacotes de seis sessões de cetamina endovenosa são pagos antes da primeira sessão.</p>
<ul>
<li>Se, após a consulta de avaliação, o médico considerar que o tratamento não está indicado, devolvemos o valor integral do pacote.</li>
<li>Sessões não realizadas por motivo clínico são reembolsadas no prazo de 15 dias úteis.</li>
<li>Desmarcações com menos de 24 horas de antecedência contam como sessão realizada.</li>
</ul>
<p>Todas as sessões decorrem na clínica, em Lisboa, com monitorização e presença de médico.</p>
</main>
<footer>Clínica Serenidade &middot; Av. das Flores 12, Lisboa &middot; Licença ERS n.º 00000 (exemplo)</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- informational

p("h7432", "https://www.parkside-pharmacy.example/policies/controlled-medicines", "informational", False, "en",
  "community-pharmacy-controlled-medicines-policy", "Controlled medicines policy | Parkside Pharmacy", """
<header><a href="/">Parkside Pharmacy</a> <nav><a href="/prescriptions">Prescriptions</a> <a href="/shop">Shop</a> <a href="/policies">Policies</a> <a href="/find-us">Find us</a></nav></header>
<main>
<h1>Controlled medicines</h1>
<p>We dispense controlled medicines only against a valid prescription from a prescriber who has a relationship with you. We may ask for photo ID at collection.</p>
<h2>Esketamine and ketamine</h2>
<p>Spravato (esketamine) nasal spray is only given in certified healthcare settings, so we cannot supply it for use at home. We do not compound ketamine lozenges or troches; if your prescriber sends one to us we will pass it to a compounding pharmacy with your permission.</p>
<h2>Returns</h2>
<p>We cannot take back dispensed medicines for resale. Unused or expired medicines can be dropped in the secure disposal bin by our counter at no charge.</p>
<h2>Delivery</h2>
<p>Schedule II medicines are not delivered; please collect them in person. Other prescriptions can be delivered locally within one day.</p>
</main>
<footer>Parkside Pharmacy &middot; 22 Parkside Ave &middot; Pharmacist in charge: Helen Yoo, PharmD</footer>
""", noise="cookie")

p("h7433", "https://quietharbor-nutrition.example/products/evening-formula", "informational", False, "en",
  "supplement-shop-product-our-formula", "Evening Formula | Quiet Harbor Nutrition", """
<header><a href="/">Quiet Harbor Nutrition</a> <nav><a href="/shop">Shop</a> <a href="/about">About</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<img src="/img/evening-formula.jpg" alt="Evening Formula bottle, 60 capsules">
<h1>Evening Formula</h1>
<p>$24.00 &middot; 60 capsules</p>
<p>Our formula combines magnesium glycinate, L-theanine and chamomile extract. Take two capsules an hour before bed.</p>
<form action="/cart/add"><input type="number" value="1"> <button>Add to cart</button></form>
<p>Free shipping on orders over $50. Unopened items can be returned within 30 days.</p>
<h2>Questions</h2>
<p><b>Is this a replacement for prescription treatment?</b> No. These statements have not been evaluated by the FDA. If you are being treated with a prescription medicine such as esketamine or ketamine, ask your prescriber before adding any supplement.</p>
</main>
<footer>Quiet Harbor Nutrition &middot; <a href="/returns">Returns</a> &middot; <a href="/shipping">Shipping</a></footer>
""")

p("h7434", "https://medleaflets.example/ketamine-injection-patient-information", "informational", False, "en",
  "patient-information-leaflet", "Ketamine injection: information for patients | MedLeaflets", """
<header><a href="/">MedLeaflets</a> <form><input type="search" placeholder="Search medicines"></form></header>
<main>
<h1>Ketamine 10 mg/ml and 50 mg/ml solution for injection</h1>
<p>Read all of this leaflet before you are given this medicine. Keep it; you may need to read it again.</p>
<h2>1. What ketamine is and what it is used for</h2>
<p>Ketamine is an anaesthetic. It is used to put you to sleep or to reduce pain during operations and some procedures.</p>
<h2>2. Before you are given ketamine</h2>
<p>Tell the doctor if you have high blood pressure, heart disease, raised pressure in the eye or head, or have ever had hallucinations or a psychiatric illness.</p>
<h2>3. How ketamine is given</h2>
<p>It is given by a doctor, by injection into a vein or a muscle. You will be watched closely until you have recovered. Do not drive or operate machinery for 24 hours.</p>
<h2>4. Possible side effects</h2>
<p>Vivid dreams, confusion or unusual behaviour while waking up; raised blood pressure and heart rate; feeling sick. Long-term misuse can damage the bladder.</p>
<h2>5. How to store ketamine</h2>
<p>Your hospital pharmacy stores this medicine. Do not throw away medicines via wastewater or household waste.</p>
</main>
<footer>MedLeaflets reproduces approved leaflets for information only.</footer>
""")

p("h7435", "https://www.coastaldaily.example/news/2026/11/parcel-seizures-mail-centre", "informational", False, "en",
  "news-brief-parcel-seizures", "Officers seize 40 parcels of ketamine at mail centre | Coastal Daily", """
<header><a href="/">Coastal Daily</a> <nav><a href="/news">News</a> <a href="/business">Business</a> <a href="/sport">Sport</a></nav></header>
<main>
<article>
<h1>Officers seize 40 parcels of ketamine at mail centre</h1>
<p class="byline">By Ruth Calloway &middot; 19 November 2026</p>
<p>Border officers seized 40 parcels containing ketamine vials and powder at the Eastport mail centre over three weeks, the agency said on Tuesday.</p>
<p>Investigators said the websites behind the orders looked unremarkable: a product code instead of a drug name, a shipping table, a returns policy and no prices until checkout. Several promised to "reship once" if a parcel was stopped.</p>
<p>A spokesperson said buyers could face prosecution and warned that products from such sites are often mislabelled.</p>
</article>
</main>
<footer>&copy; Coastal Daily 2026</footer>
""", noise="cookie")

p("h7436", "https://forum.treatmentresistant.example/t/is-this-site-legit/8812", "informational", False, "en",
  "forum-thread-is-this-legit", "Is this site legit? - General - TRD Community Forum", """
<header><a href="/">TRD Community Forum</a> <nav><a href="/latest">Latest</a> <a href="/c/general">General</a> <a href="/guidelines">Guidelines</a></nav></header>
<main>
<h1>Is this site legit?</h1>
<div class="post"><p class="author">maple_and_rain &middot; 2d</p>
<p>My psychiatrist has a six-month wait for Spravato. I found a site that looks very calm and professional. It sells the nasal spray, says no prescription is needed and ships in plain packaging. Has anyone used something like that?</p></div>
<div class="post"><p class="author">kestrel_md (moderator) &middot; 2d</p>
<p>Please don't. Real Spravato is only given in certified treatment centres, where you stay for monitoring afterwards. A site posting it to you without a prescription is not a pharmacy, whatever it looks like, and you have no idea what is in the box. We removed the link under rule 4.</p></div>
<div class="post"><p class="author">tomasz_b &middot; 1d</p>
<p>Ask to go on the cancellation list at more than one REMS centre. I got in after five weeks that way.</p></div>
</main>
<footer>Peer support only, not medical advice.</footer>
""")

p("h7437", "https://www.meridianmedicaldistribution.example/accounts/open", "informational", False, "en",
  "licensed-distributor-trade-account-form", "Open a trade account | Meridian Medical Distribution", """
<header><a href="/">Meridian Medical Distribution</a> <nav><a href="/catalog">Catalog</a> <a href="/accounts/open">Open an account</a> <a href="/compliance">Compliance</a></nav></header>
<main>
<h1>Open a trade account</h1>
<p>We supply hospitals, surgery centers, physician practices and veterinary practices. Controlled substances, including Schedule III products such as ketamine hydrochloride injection USP, are sold only to registered practitioners and facilities.</p>
<form action="/accounts/apply" method="post">
<label>Facility name <input name="facility"></label>
<label>DEA registration number <input name="dea"></label>
<label>State license number and expiry <input name="lic"></label>
<label>NPI <input name="npi"></label>
<label>Ship-to address (must match registration) <input name="addr"></label>
<button>Submit application</button>
</form>
<p>We verify every registration and license before the first controlled-substance order and again at renewal. We do not sell to individuals.</p>
</main>
<footer>Meridian Medical Distribution, Inc. &middot; Licensed wholesale distributor</footer>
""")

p("h7438", "https://analiza-y-cuida.example/boletin", "informational", False, "es",
  "drug-checking-newsletter-signup", "Boletín de alertas | Analiza y Cuida", """
<header><a href="/">Analiza y Cuida</a> <nav><a href="/servicio">Servicio de análisis</a> <a href="/alertas">Alertas</a> <a href="/boletin">Boletín</a></nav></header>
<main>
<h1>Boletín de alertas</h1>
<p>Cada mes enviamos un resumen de las muestras analizadas en nuestro servicio gratuito y anónimo. En las últimas entregas hemos informado de muestras vendidas como ketamina que contenían 2-FDCK o eran otra sustancia.</p>
<form action="/boletin/alta" method="post"><label>Correo electrónico <input type="email" name="email"></label> <button>Suscribirme</button></form>
<p>No vendemos sustancias ni indicamos dónde conseguirlas. Puede darse de baja en cualquier momento.</p>
</main>
<footer>Analiza y Cuida - asociación de reducción de riesgos</footer>
""", noise="cookie-es")

p("h7439", "https://www.linden-apotheke-versand.example/versandbedingungen", "informational", False, "de",
  "mail-order-pharmacy-shipping-terms", "Versand und Rückgabe | Linden-Apotheke Versand", """
<header><a href="/">Linden-Apotheke</a> <nav><a href="/shop">Shop</a> <a href="/rezept-einloesen">Rezept einlösen</a> <a href="/versandbedingungen">Versand</a></nav></header>
<main>
<h1>Versand und Rückgabe</h1>
<p>Versandkosten: 3,95 &euro;, ab 29 &euro; Bestellwert versandkostenfrei. Lieferung in 1-2 Werktagen mit DHL.</p>
<h2>Vom Versand ausgeschlossen</h2>
<p>Betäubungsmittel, zum Beispiel Ketamin oder Esketamin, versenden wir nicht. Esketamin-Nasenspray wird ausschließlich in Praxen und Kliniken unter Aufsicht angewendet.</p>
<h2>Rückgabe</h2>
<p>Arzneimittel sind aus Gründen der Arzneimittelsicherheit vom Umtausch ausgeschlossen. Kosmetik und Hilfsmittel können Sie ungeöffnet innerhalb von 14 Tagen zurücksenden.</p>
</main>
<footer>Linden-Apotheke, Inh. Apothekerin Dr. Ulrike Brandes e.K. &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h7440", "https://addictovigilance-ouest.example/fiches/ketamine", "informational", False, "fr",
  "addictovigilance-fact-sheet", "Fiche kétamine | Centre d'addictovigilance Ouest", """
<header><a href="/">Centre d'addictovigilance Ouest</a> <nav><a href="/fiches">Fiches produits</a> <a href="/declarer">Déclarer un cas</a></nav></header>
<main>
<h1>Kétamine</h1>
<p>La kétamine est un anesthésique utilisé à l'hôpital et en médecine vétérinaire. Elle est classée comme stupéfiant. L'eskétamine en spray nasal est réservée à un usage hospitalier.</p>
<h2>Ce que nous observons</h2>
<p>Les déclarations reçues concernent surtout des usages répétés avec atteintes urinaires, et des achats sur des sites qui se présentent comme des pharmacies sans demander d'ordonnance.</p>
<h2>Déclarer</h2>
<p>Professionnels de santé et usagers peuvent déclarer un cas d'abus ou de dépendance via le formulaire en ligne.</p>
</main>
<footer>Centre d'addictovigilance Ouest - réseau national</footer>
""", noise="cookie-fr")

save(OUT, R)
