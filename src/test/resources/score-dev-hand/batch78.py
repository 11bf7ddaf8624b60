# Batch 78 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Around the shop". Seller pages that are not the product page, set against the same page
# types from honest businesses. Many seller pages never name the drug plainly (slang, a brand, a
# product code, "the product", "K", "the medicine"); the URL, the title, a menu or a single line
# shows whose shop it is.
# Mix: 14 sellers (flagged), 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it.
# Shapes: sellers - payment-methods page (crypto and gift cards, menu shows vials), Spanish
# shipping-and-customs page of a research-chemical shop, German FAQ with questionnaire-only "partner
# doctor", order-tracking page with SKU code, support-ticket reply (plain text), French affiliate
# programme, bulk/wholesale price terms, Dutch "about us" of an RC shop, Portuguese reviews page,
# Italian contact page (Telegram/WhatsApp ordering), Telegram channel preview with menu, link-in-bio,
# classifieds ad for vet-brand vials, e-mail newsletter "restock"; telehealth - billing and payments
# help, partner-pharmacy shipping explainer, refill request in a patient portal, refer-a-friend terms,
# FAQ snippet (plain text), Spanish-language shipping page, German telepsychiatry billing with
# referral for esketamine, Brazilian telepsychiatry FAQ, Italian referral-status tracker; clinics -
# infusion billing page, gift-card shop, Spravato-centre reviews, contact page, provider referral
# (plain text), French hospital referral page, Dutch invoices/reimbursement, Italian pain-centre
# reviews; informational - adult-boutique payment page with discreet billing, Spanish coffee-roaster
# shipping/customs, licensed pharmacy FAQ on controlled medicines, crypto-exchange help article on
# blocked merchant withdrawals, German courier customs guide, patient-forum thread about a delivery,
# Brazilian marketplace import help, pet-shop shipping snippet (plain text), veterinary wholesaler
# terms for registered accounts.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch78.py (writes batch78/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch78")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ================================================================ sellers (14)

p("h7801", "https://nordvial.example/pages/payment-methods", "seller", True, "en",
  "shop-payment-methods-page", "Payment Methods – NordVial", """
<header class="site-header"><a class="logo" href="/">NordVial</a>
<nav><ul>
<li><a href="/collections/vials">Vials 50 mg/ml</a></li>
<li><a href="/collections/crystal">Crystal</a></li>
<li><a href="/collections/nasal">Nasal</a></li>
<li><a href="/collections/analogues">Analogues</a></li>
<li><a href="/pages/shipping">Shipping</a></li>
<li><a href="/pages/payment-methods" class="active">Payment</a></li>
</ul></nav>
<a href="/cart" class="cart">Cart (0)</a></header>
<main>
<h1>Payment methods</h1>
<p>We keep checkout simple. Once you place an order you'll get an e-mail with the exact amount and the address to pay to. Orders are held for 12 hours; unpaid orders are cancelled automatically.</p>
<h2>Cryptocurrency (recommended)</h2>
<p>Bitcoin, Monero, Litecoin and USDT (TRC-20). Pay the exact amount shown, one transaction only. BTC orders are released after 2 confirmations. <strong>All crypto payments receive 10% off.</strong> Monero is preferred for privacy.</p>
<h2>Gift cards</h2>
<p>Amazon (US/UK/DE), Steam and Apple gift cards are accepted at 80% of face value. Send the codes through the order page, never by e-mail. Cards that have been partially used will be credited for the remaining balance only.</p>
<h2>Bank transfer (SEPA)</h2>
<p>Available for orders above €300. Use <u>only</u> your order number as the reference. Do not write any product name in the reference; transfers with product names are returned.</p>
<h2>Why no credit cards?</h2>
<p>Card processors do not accept our product category. Any site claiming to be NordVial and asking for card details is a clone.</p>
<h2>Refunds</h2>
<p>Refunds are paid in the same currency used for the order, minus network fees. Refunds are not possible once a parcel has been handed to the carrier; see our reship guarantee instead.</p>
</main>
<footer><p>NordVial &middot; pharma-grade ketamine since 2019 &middot; EU stock &middot; <a href="/pages/faq">FAQ</a> &middot; <a href="/pages/contact">Contact</a></p></footer>
""", noise="cookie")

p("h7802", "https://quimicaluna.example/envios-y-aduanas", "seller", True, "es",
  "rc-shop-shipping-customs-page", "Envíos y aduanas | Luna Research", """
<div class="topbar">Envío gratis en pedidos superiores a 150 € · Pago con BTC/XMR -5 %</div>
<header><a href="/" class="logo">Luna Research</a>
<nav><a href="/catalogo/disociativos">Disociativos (2F-DCK · DCK · MXE)</a> <a href="/catalogo/estimulantes">Estimulantes</a> <a href="/catalogo/pellets">Pellets</a> <a href="/pagos">Pagos</a> <a href="/envios-y-aduanas">Envíos</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Envíos y aduanas</h1>
<p>Todos los pedidos salen desde nuestro almacén dentro de la Unión Europea, de lunes a viernes. Los pedidos pagados antes de las 13:00 salen el mismo día.</p>
<h2>Embalaje</h2>
<p>Cada pedido va sellado al vacío dentro de una bolsa opaca con cierre a prueba de olores, y dentro de un sobre acolchado sin logotipo ni nombre de la tienda. El remitente es una empresa genérica. Nunca ponemos el nombre del producto en el exterior.</p>
<h2>Plazos</h2>
<table>
<tr><th>Destino</th><th>Servicio</th><th>Plazo</th><th>Precio</th></tr>
<tr><td>España y Portugal</td><td>Carta certificada</td><td>3-5 días</td><td>9 €</td></tr>
<tr><td>Resto de la UE</td><td>Carta certificada</td><td>4-8 días</td><td>12 €</td></tr>
<tr><td>Reino Unido, Suiza, Noruega</td><td>Express con seguimiento</td><td>5-10 días</td><td>25 €</td></tr>
</table>
<h2>¿Y si la aduana retiene mi paquete?</h2>
<p>Si tu paquete es retenido o no llega en 21 días laborables, lo reenviamos <strong>una vez gratis</strong> (reenvío) o te devolvemos el 50 % en cripto. Si recibes una carta de aduanas, no respondas ni la firmes: escríbenos antes por el chat.</p>
<p>No enviamos a apartados de correos ni a direcciones de empresas de paquetería.</p>
<p class="small">Todos nuestros productos son sustancias químicas de investigación vendidas exclusivamente para uso en laboratorio. No aptas para consumo humano.</p>
</main>
<footer>© Luna Research · <a href="/terminos">Términos</a> · <a href="/contacto">Contacto</a></footer>
""", noise="cookie-es")

p("h7803", "https://sprayhaus.test/hilfe/faq", "seller", True, "de",
  "questionnaire-shop-faq", "Häufige Fragen – SprayHaus Online-Apotheke", """
<header><a href="/" class="brand">SprayHaus</a> <span class="claim">Ihre diskrete Online-Apotheke</span>
<nav><a href="/produkt/esketamin-28">Esketamin Nasenspray 28 mg</a> | <a href="/produkt/ketamin-spray">Ketamin-Spray (Rezeptur)</a> | <a href="/sets">Sparsets</a> | <a href="/hilfe/faq">Hilfe</a> | <a href="/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Häufige Fragen</h1>
<details open><summary>Brauche ich ein Rezept?</summary>
<p>Nein, Sie brauchen kein Rezept von Ihrem Hausarzt. Bei der Bestellung füllen Sie einen kurzen Gesundheitsfragebogen (8 Fragen) aus. Unser Partnerarzt prüft ihn und gibt die Bestellung in der Regel innerhalb von 10 Minuten frei – ein Telefonat oder Videogespräch ist nicht nötig.</p></details>
<details><summary>Ist das Spray dasselbe wie in der Klinik?</summary>
<p>Unser Spray enthält denselben Wirkstoff in derselben Dosierung pro Sprühstoß. Sie können es bequem zu Hause anwenden.</p></details>
<details><summary>Wie kann ich bezahlen?</summary>
<p>Per Vorkasse (SEPA-Überweisung), Bitcoin oder mit Paysafecard. Bei Bitcoin-Zahlung erhalten Sie 7 % Rabatt.</p></details>
<details><summary>Was steht auf dem Paket?</summary>
<p>Nichts, was auf den Inhalt schließen lässt. Wir versenden in neutraler Verpackung, Absender ist eine Handelsfirma.</p></details>
<details><summary>Was passiert, wenn der Zoll mein Paket öffnet?</summary>
<p>Das kommt sehr selten vor. Sollte ein Paket nicht ankommen, senden wir einmalig kostenlos Ersatz.</p></details>
<details><summary>Wie viele Packungen darf ich bestellen?</summary>
<p>Maximal 6 Packungen pro Bestellung. Für größere Mengen kontaktieren Sie bitte den Support.</p></details>
</main>
<footer>SprayHaus · Versand aus dem EU-Ausland · <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h7804", "https://k-direct24.example/track?order=KD-55821", "seller", True, "en",
  "order-tracking-page-sku-code", "Track order KD-55821", """
<div class="wrap">
<aside class="side"><a href="/">Shop</a><br><a href="/reship">Reship policy</a><br><a href="/escrow">Escrow</a><br><a href="/track">Track</a><br><a href="/account">My account</a></aside>
<main>
<h1>Order KD-55821</h1>
<table class="items"><tr><th>SKU</th><th>Item</th><th>Qty</th><th>Total</th></tr>
<tr><td>K-IND-10</td><td>Shards, 10 g (lab tested 98.6%)</td><td>1</td><td>€190.00</td></tr>
<tr><td>SP-MINI</td><td>Mini spoon set</td><td>1</td><td>€0.00</td></tr>
<tr><td colspan="3">Shipping: Double stealth, tracked</td><td>€15.00</td></tr></table>
<h2>Status</h2>
<ol class="timeline">
<li class="done">Order placed &ndash; 02 Dec 21:14</li>
<li class="done">Payment confirmed &ndash; BTC, 2/2 confirmations</li>
<li class="done">Packed &ndash; vacuum sealed, mylar, declared as &ldquo;ceramic bead samples&rdquo;</li>
<li class="current">Dropped at carrier &ndash; tracking number appears within 24 h</li>
<li>Delivered</li>
</ol>
<p>No movement after 10 business days? Open a reship claim from this page. Do not contact the carrier about the parcel.</p>
<p><small>Please finalise your order after delivery to release escrow and leave a review.</small></p>
</main></div>
""")

p("h7805", "https://desk.quietparcel.example/tickets/48213", "seller", True, "en",
  "support-ticket-reply-plain", "", """
Re: [#48213] Parcel still not here - ticket updated

Hi Marco,

sorry for the wait, we are a small team. Dispatch confirms your parcel (2 x 5 g of the needles, code KN-5) left on 14 Nov as a letter-size flat from our NL drop point. Flats are slow this month, so please give it until day 21.

If nothing arrives by then we can either reship 50% or refund 40% in XMR. We never refund to cards because we never take cards.

Also please do NOT write the word "ketamine" in tickets again. Our system auto-deletes tickets that contain product names. Use the product code only.

Kind regards,
Support - Quiet Parcel
""", ext="txt")

p("h7806", "https://lakfee.example/affiliation", "seller", True, "fr",
  "affiliate-programme-page", "Programme d'affiliation – La K Fée", """
<header><a href="/" class="logo">La K Fée ✨</a>
<nav><a href="/boutique">Boutique</a> <a href="/boutique/cristaux">Cristaux</a> <a href="/boutique/flacons-veto">Flacons véto</a> <a href="/affiliation">Affiliation</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Devenez partenaire et gagnez 20 % sur chaque commande</h1>
<p>Vous avez un groupe Telegram, un serveur Discord ou vous êtes actif sur les forums ? Partagez votre lien personnel et touchez 20 % de chaque commande passée par vos filleuls, à vie.</p>
<h2>Comment ça marche</h2>
<ol>
<li>Créez un compte client et activez l'affiliation dans votre espace.</li>
<li>Copiez votre lien (ex. lakfee.example/?ref=VOTREPSEUDO) ou votre code promo.</li>
<li>Vos filleuls reçoivent 10 % de réduction sur leur première commande.</li>
<li>Vos commissions sont versées en Bitcoin chaque lundi, dès 50 € cumulés.</li>
</ol>
<h2>Ce que vous pouvez promouvoir</h2>
<p>Tout le catalogue : cristaux, poudre fine, flacons « véto » 10 ml. Tout est expédié depuis la France en lettre suivie, sans ordonnance et sans questions.</p>
<h2>Règles</h2>
<ul>
<li>Ne citez jamais notre nom à côté du mot « kétamine » sur les réseaux publics : utilisez « K » ou « la fée ».</li>
<li>Pas de spam, pas de publicité payante sur Google.</li>
<li>Les commandes annulées ou non payées ne donnent pas lieu à commission.</li>
</ul>
<p><a class="btn" href="/compte/affiliation">Activer mon lien</a></p>
</main>
<footer>La K Fée · Livraison discrète partout en France · <a href="/cgv">CGV</a></footer>
""", noise="cookie-fr")

p("h7807", "https://crystal-lane.example/wholesale", "seller", True, "en",
  "bulk-wholesale-terms", "Wholesale Terms | Crystal Lane", """
<nav class="top"><a href="/">Home</a> · <a href="/menu">Menu</a> · <a href="/wholesale">Wholesale</a> · <a href="/vouches">Vouches</a> · <a href="/pgp">PGP</a></nav>
<main>
<h1>Wholesale &amp; bulk</h1>
<p>For resellers and groups. Retail customers please use the normal <a href="/menu">menu</a>.</p>
<h2>Price per gram &ndash; K shards (HCl, Indian origin)</h2>
<table>
<tr><th>Quantity</th><th>Per gram</th><th>Total</th></tr>
<tr><td>50 g</td><td>€9.50</td><td>€475</td></tr>
<tr><td>100 g</td><td>€8.00</td><td>€800</td></tr>
<tr><td>250 g</td><td>€6.80</td><td>€1,700</td></tr>
<tr><td>1 kg</td><td>€5.40</td><td>€5,400</td></tr>
</table>
<h2>Terms</h2>
<ul>
<li>First wholesale order: 50% up front, 50% after delivery confirmation. Returning buyers may use escrow.</li>
<li>Payment in XMR or BTC only. No cash in post.</li>
<li>Packed in 50 g vacuum units inside a commercial-looking box. Tracking sent encrypted with your PGP key.</li>
<li>Reship once for seizures on orders up to 250 g; 1 kg orders are shipped at buyer's risk.</li>
<li>We don't ask what you do with it and we don't want to know. Don't tell us.</li>
</ul>
<p>Contact for bulk: Session ID on the <a href="/pgp">PGP page</a>.</p>
</main>
""")

p("h7808", "https://chemhaven.example/over-ons", "seller", True, "nl",
  "rc-shop-about-us", "Over ons – ChemHaven", """
<header><a href="/" class="logo">ChemHaven</a>
<nav><a href="/categorie/dissociatieven">Dissociatieven</a> <a href="/categorie/pellets">Pellets</a> <a href="/categorie/blotters">Blotters</a> <a href="/over-ons">Over ons</a> <a href="/verzending">Verzending</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Over ons</h1>
<p>ChemHaven is in 2018 begonnen als klein project van twee scheikundestudenten uit Utrecht. Inmiddels leveren we aan duizenden klanten in heel Europa, en we zijn trots op onze snelle verzending en eerlijke prijzen.</p>
<h2>Onze belofte</h2>
<ul>
<li><strong>Zuiverheid:</strong> elke batch wordt getest; de analyse staat bij het product.</li>
<li><strong>Discretie:</strong> neutrale verpakking, geen bedrijfsnaam op het pakket.</li>
<li><strong>Service:</strong> niet ontvangen? We sturen opnieuw.</li>
</ul>
<h2>Ons assortiment</h2>
<p>We zijn vooral bekend om onze arylcyclohexylamines, zoals 2-FDCK en DCK, die we als poeder en als pellets van 25 mg aanbieden. Nieuwe stoffen voegen we toe zodra ze beschikbaar zijn.</p>
<p>Betalen kan met iDEAL via onze betaalpartner, met Bitcoin of met een bankoverschrijving.</p>
<p class="disclaimer">Alle producten zijn uitsluitend bedoeld voor onderzoek en niet voor menselijke consumptie. Verkoop alleen aan personen van 18 jaar en ouder.</p>
</main>
<footer>ChemHaven © 2026 · <a href="/voorwaarden">Voorwaarden</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie-nl")

p("h7809", "https://lojadoalivio.example/avaliacoes", "seller", True, "pt",
  "shop-customer-reviews-page", "Avaliações de clientes – Loja do Alívio", """
<header><a href="/" class="logo">Loja do Alívio</a>
<nav><a href="/c/cetamina-50mg-ml">Cetamina 50 mg/ml</a> · <a href="/c/po">Pó</a> · <a href="/c/kits">Kits</a> · <a href="/avaliacoes">Avaliações</a> · <a href="/rastreio">Rastreio</a></nav></header>
<main>
<h1>O que nossos clientes dizem</h1>
<p class="score">★ 4,9 de 5 · 1.284 avaliações verificadas</p>
<div class="review"><b>Rafael S. — Recife</b> ★★★★★<p>Chegou em 6 dias, embalagem discreta, nada escrito do lado de fora. O frasco de 10 ml veio lacrado. Voltarei a comprar.</p></div>
<div class="review"><b>Juliana M. — Curitiba</b> ★★★★★<p>Paguei no Pix e em 10 minutos já confirmaram pelo WhatsApp. Atendimento nota 10.</p></div>
<div class="review"><b>Anônimo — São Paulo</b> ★★★★☆<p>Era minha primeira vez comprando sem receita e eu estava com medo, mas deu tudo certo. Só demorou um pouco no correio.</p></div>
<div class="review"><b>Tiago R. — Porto Alegre</b> ★★★★★<p>O kit com seringas veio completo. Produto de qualidade, igual ao de farmácia veterinária.</p></div>
<div class="review"><b>Carla P. — Belo Horizonte</b> ★★★★★<p>Já é a terceira compra. Pedi o pó dessa vez, muito bom.</p></div>
<p><a href="/avaliacoes?page=2">Ver mais avaliações</a></p>
</main>
<footer>Loja do Alívio · Pedidos pelo WhatsApp · Envio para todo o Brasil</footer>
""", noise="cookie-pt")

p("h7810", "https://spedizionidiscrete.test/contatti", "seller", True, "it",
  "shop-contact-page-messenger-ordering", "Contatti – Farmacia Libera", """
<header><a href="/" class="logo">Farmacia Libera</a>
<nav><a href="/prodotti">Prodotti</a> <a href="/come-ordinare">Come ordinare</a> <a href="/spedizioni">Spedizioni</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Contatti</h1>
<p>Per ordini e informazioni rispondiamo tutti i giorni dalle 9:00 alle 23:00, in italiano e in inglese.</p>
<ul>
<li><b>Telegram (ordini):</b> @farmalibera_ordini</li>
<li><b>WhatsApp:</b> +39 351 000 4412 (solo messaggi, niente chiamate)</li>
<li><b>E-mail:</b> ordini@spedizionidiscrete.test</li>
</ul>
<p>Scrivici il prodotto e la quantità, ti mandiamo il totale e i dati per il pagamento (Bitcoin o ricarica PostePay). Spediamo entro 24 ore dal pagamento in busta anonima.</p>
<p>Non serve la ricetta. La keta in fiale da 10 ml e in cristalli è di nuovo disponibile.</p>
<p>Attenzione ai profili falsi: il nostro unico canale Telegram è @farmalibera_ordini.</p>
</main>
<footer>Farmacia Libera · Spedizioni in tutta Italia</footer>
""")

p("h7811", "https://tgpreview.example/s/frostline_eu", "seller", True, "en",
  "telegram-channel-preview", "FrostLine EU 🧊 – Telegram", """
<div class="tgme_channel_info">
<div class="tgme_channel_info_header_title">FrostLine EU 🧊</div>
<div class="tgme_channel_info_header_username">@frostline_eu</div>
<div class="tgme_channel_info_description">Quality since 2021 · EU to EU tracked · stealth guaranteed · orders via DM only @frostline_orders · vouches @frostline_vouch</div>
<div class="tgme_channel_info_counters">4.8K subscribers · 311 photos</div>
</div>
<section class="tgme_channel_history">
<div class="tgme_widget_message"><div class="pinned">📌 Pinned</div>
<div class="tgme_widget_message_text">❄️ MENU ❄️<br>🧊 K (shard) 1g €30 · 5g €120 · 10g €210<br>🧊 K (fine) 5g €110<br>🌀 2F 5g €90<br>💊 pellets 25mg x10 €45<br>🚚 Shipping €15 · double vac · reship on seizure<br>💰 BTC / XMR / USDT only<br>DM @frostline_orders with item + country</div>
<div class="tgme_widget_message_footer">👁 12.1K · Nov 3</div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">Restock done ✅ shards are back, big crystals this batch. Friday orders ship Monday.</div>
<div class="tgme_widget_message_footer">👁 3.4K · Dec 1</div></div>
<div class="tgme_widget_message"><div class="tgme_widget_message_text">Reminder: we NEVER DM first. Scammers are copying our name. Only @frostline_orders.</div>
<div class="tgme_widget_message_footer">👁 2.9K · Dec 4</div></div>
</section>
<a class="tgme_action_button_new" href="#">View in Telegram</a>
""")

p("h7812", "https://linkly.example/ketfairy", "seller", True, "en",
  "link-in-bio-page", "@ketfairy | Linkly", """
<main class="linkly">
<img class="avatar" src="/a/ketfairy.png" alt="">
<h1>@ketfairy</h1>
<p class="bio">🧚 UK next day · stealth · no questions · 18+ only</p>
<a class="link" href="https://linkly.example/r/8812">📋 Menu &amp; prices (updated weekly)</a>
<a class="link" href="https://linkly.example/r/8813">📲 Order on Session</a>
<a class="link" href="https://linkly.example/r/8814">📦 Track your parcel</a>
<a class="link" href="https://linkly.example/r/8815">⭐ 400+ vouches</a>
<a class="link" href="https://linkly.example/r/8816">🎁 Refer a friend = 1 g free</a>
<footer>Made with Linkly</footer>
</main>
""")

p("h7813", "https://boardly.example/ads/health-beauty/vials-9981321", "seller", True, "en",
  "classifieds-listing-vet-brand", "Vet vials 10ml x5 sealed – £80 – Manchester | Boardly", """
<header><a href="/">Boardly</a> <form><input placeholder="Search Boardly"></form> <a href="/post">Post an ad</a></header>
<p class="crumbs">Home &gt; For sale &gt; Health &amp; beauty &gt; Manchester</p>
<main>
<h1>Vet vials 10ml x5 sealed</h1>
<p class="price">£80</p>
<p class="meta">Posted 2 days ago · Manchester, Greater Manchester · Private seller</p>
<div class="desc">
<p>Ketaset 10 ml x5, all sealed, from farm stock. Long date. No prescription needed. Collection in Manchester or posted tracked next day. Cash, bank or crypto.</p>
<p>More available if you want bulk. Message on WhatsApp for quick reply, number in pics.</p>
</div>
<button>Message seller</button> <a href="/report?ad=9981321">Report this ad</a>
</main>
<aside><h3>Similar ads</h3><ul><li><a href="#">Dog grooming table – £40</a></li><li><a href="#">Hair straighteners – £15</a></li></ul></aside>
""", noise="cookie")

p("h7814", "https://mail.serenapharm.example/newsletter/2026-11", "seller", True, "en",
  "email-newsletter-restock", "It's back: restock + 20% off this weekend", """
<table class="email" width="600">
<tr><td class="header"><b>Serena Pharm Direct</b><br><small>View in browser · Unsubscribe</small></td></tr>
<tr><td>
<h1>The medicine is back in stock 🎉</h1>
<p>Hi there,</p>
<p>Thank you for your patience. After six weeks out of stock, our most requested item, <b>S-Ket Nasal 28</b> (2 devices per box), is available again, and so is the 3-box therapy pack.</p>
<p>To thank you, everything is <b>20% off until Sunday</b> with code <code>BACK20</code>. Pay with Bitcoin or USDT and we'll add free express shipping.</p>
<p>As always: no prescription and no doctor visit needed. Just add to cart, check out, and we ship within 24 hours in plain packaging.</p>
<p><a class="btn" href="https://serenapharm.example/shop">Shop now</a></p>
<p>Questions? Reply to this e-mail or message us on Telegram.</p>
<p>Stay well,<br>The Serena team</p>
</td></tr>
<tr><td class="footer"><small>You're receiving this because you ordered from Serena Pharm Direct. Unsubscribe any time.</small></td></tr>
</table>
""")

# ================================================================ telehealth (9)

p("h7815", "https://app.lumenmind.example/help/billing-and-payments", "telehealth", False, "en",
  "telehealth-billing-help-article", "Billing & payments – LumenMind Help Center", """
<header><a href="/">LumenMind</a> <nav><a href="/help">Help Center</a> <a href="/help/getting-started">Getting started</a> <a href="/help/treatment">Your treatment</a> <a href="/help/billing-and-payments">Billing</a> <a href="/login">Log in</a></nav></header>
<main>
<p class="crumbs">Help Center › Billing</p>
<h1>Billing &amp; payments</h1>
<p>LumenMind is a telehealth practice. Every patient first has a video evaluation with one of our psychiatric clinicians, led by our medical director Dr. Anika Roux, MD. Here's how charges work at each step.</p>
<h2>What you pay us</h2>
<table>
<tr><th>Item</th><th>Price</th><th>When</th></tr>
<tr><td>Initial psychiatric evaluation (60 min video)</td><td>$199</td><td>At booking</td></tr>
<tr><td>Monthly membership (check-ins, integration coaching, messaging)</td><td>$249/month</td><td>Only if you're prescribed and start treatment</td></tr>
</table>
<p>If your clinician decides ketamine is not right for you, the evaluation fee is not refunded, but you won't be enrolled in a membership and you'll receive a written summary to share with your own doctor.</p>
<h2>Medication is billed separately</h2>
<p>Ketamine sublingual tablets are dispensed by our licensed partner pharmacy <em>after</em> your clinician sends a prescription. The pharmacy charges you directly (usually $60–$110 per month depending on dose) and ships to your home with adult signature required.</p>
<h2>Accepted payment methods</h2>
<p>Visa, Mastercard, American Express, Discover, and HSA/FSA cards. We do not accept cryptocurrency, gift cards or cash. We can provide a superbill for out-of-network reimbursement; most insurers do not cover at-home ketamine.</p>
<h2>Cancelling</h2>
<p>You can cancel your membership at any time from Settings › Membership. Cancelling does not end your medical relationship immediately; your clinician will schedule a closing visit to taper or stop safely.</p>
<p>Was this helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer>© 2026 LumenMind Medical Group, P.C. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></footer>
""", noise="cookie")

p("h7816", "https://calmtide.example/how-shipping-works", "telehealth", False, "en",
  "partner-pharmacy-shipping-explainer", "How your prescription gets to you | CalmTide", """
<header><a href="/" class="logo">CalmTide</a>
<nav><a href="/how-it-works">How it works</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/how-shipping-works">Shipping</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Check eligibility</a></nav></header>
<main>
<h1>How your prescription gets to you</h1>
<p>We are often asked whether CalmTide "ships ketamine". We don't. We are a group of licensed clinicians who evaluate and treat you over video. When one of them prescribes ketamine, a separate, state-licensed pharmacy fills that prescription and ships it. Here is the full path.</p>
<ol class="steps">
<li><h3>Your video evaluation</h3><p>You meet a clinician licensed in your state, for example Jordan Pell, PMHNP-BC, or Dr. Sofia Carrell, MD, for about an hour. They review your history, current medications and blood pressure, and may ask for records from your own doctor.</p></li>
<li><h3>A prescription, if appropriate</h3><p>If your clinician prescribes, the prescription is sent electronically to Harborline Compounding Pharmacy, which is licensed in every state we serve. No prescription, no shipment.</p></li>
<li><h3>The pharmacy contacts you</h3><p>A pharmacist calls to confirm your identity, address and dose, and to answer questions. You pay the pharmacy directly.</p></li>
<li><h3>Delivery</h3><p>Orders ship via UPS 2-Day in tamper-evident packaging. An adult (21+) signature is required; the driver cannot leave the package at the door. We can't ship to P.O. boxes, hotels or addresses outside the state where you were evaluated.</p></li>
<li><h3>Your first session</h3><p>Your first dose is taken at home during a scheduled video session with a trained monitor, and you'll need a sitter present.</p></li>
</ol>
<h2>Lost or damaged package?</h2>
<p>Contact the pharmacy and your care team the same day. Because ketamine is a Schedule III controlled substance, the pharmacy must file a loss report before anything can be replaced, and replacements require your clinician's approval.</p>
</main>
<footer>CalmTide Health, PLLC · Care available in AZ, CO, FL, NY, TX, WA · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7817", "https://portal.evenkeel.example/refills/request", "telehealth", False, "en",
  "patient-portal-refill-request", "Request a refill | EvenKeel Health", """
<div class="portal">
<aside class="portal-nav"><b>EvenKeel Health</b><ul>
<li><a href="/dashboard">Dashboard</a></li><li><a href="/visits">Visits</a></li><li><a href="/messages">Messages (1)</a></li><li><a href="/refills/request" class="active">Refills</a></li><li><a href="/billing">Billing</a></li><li><a href="/settings">Settings</a></li></ul></aside>
<main>
<h1>Request a refill</h1>
<p><b>Your prescriber:</b> Malik Osei, MD (Psychiatry) &middot; <b>Current prescription:</b> ketamine 100 mg rapid-dissolve tablets, 8 per 28 days</p>
<div class="checklist"><h2>Before we can send a refill request to Dr. Osei</h2>
<ul>
<li>✅ Monthly check-in visit completed (Nov 21)</li>
<li>✅ PHQ-9 and GAD-7 submitted in the last 14 days</li>
<li>⚠️ Blood pressure log: please add at least 2 readings from this month</li>
<li>✅ Session log for your last 4 doses, including sitter name</li>
</ul></div>
<p>Refills are never automatic. Dr. Osei reviews every request and may ask for a visit first, change your dose or pause treatment. Once approved, the prescription goes to our partner pharmacy, which usually ships within 2 business days.</p>
<form><label>Anything your prescriber should know? <textarea></textarea></label><button disabled>Submit refill request</button><p class="hint">Complete the blood pressure log to enable this button.</p></form>
</main></div>
""")

p("h7818", "https://www.fieldnote-health.example/refer", "telehealth", False, "en",
  "telehealth-refer-a-friend-terms", "Refer a friend – Fieldnote Health", """
<header><a href="/" class="logo">Fieldnote</a><nav><a href="/treatment">Treatment</a> <a href="/team">Care team</a> <a href="/pricing">Pricing</a> <a href="/refer">Refer</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Give $75, get $75</h1>
<p>Know someone who might benefit from Fieldnote's clinician-led, at-home ketamine care? Share your link. When they complete their first evaluation with one of our psychiatrists, you both get $75 in credit.</p>
<p><input value="fieldnote-health.example/r/JULES-4K2" readonly> <button>Copy link</button></p>
<h2>The fine print</h2>
<ul>
<li>Credit applies to membership and visit fees only. It can never be applied to medication, which is billed by our partner pharmacy.</li>
<li>Your friend still needs a full video evaluation. Many people are not eligible, and referral credit does not change a clinician's decision.</li>
<li>To protect privacy, we won't tell you whether your friend was prescribed or enrolled. You'll only see "credit earned".</li>
<li>The referral programme is not available in states where it is prohibited for medical services, or to Medicare and Medicaid beneficiaries.</li>
<li>Please don't share your link in posts that promise a prescription. We'll deactivate links used that way.</li>
</ul>
</main>
<footer>Fieldnote Health Medical Group · <a href="/terms/referral">Referral terms</a> · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7819", "https://willowpath.example/faq", "telehealth", False, "en",
  "telehealth-faq-snippet-plain", "", """
Do I need a prescription to start with Willowpath? You don't need to bring one. Our psychiatrists write the prescription themselves, but only after a 60-minute video assessment and a review of your medical records, and roughly a third of applicants are not prescribed ketamine.
""", ext="txt")

p("h7820", "https://es.serenavia.example/envio-de-medicamentos", "telehealth", False, "es",
  "telehealth-spanish-shipping-page", "Envío de su medicamento – SerenaVía Salud", """
<header><a href="/" class="logo">SerenaVía Salud</a> <span>Atención en español</span>
<nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Nuestro equipo</a> <a href="/precios">Precios</a> <a href="/envio-de-medicamentos">Envíos</a> <a href="https://serenavia.example">English</a></nav></header>
<main>
<h1>¿Cómo llega su medicamento?</h1>
<p>SerenaVía ofrece tratamiento con ketamina en casa para adultos con depresión, siempre bajo la supervisión de un profesional con licencia en su estado. Atendemos en California, Texas, Florida y Nueva York.</p>
<h2>Paso a paso</h2>
<ol>
<li>Consulta por video de 60 minutos con un profesional de salud mental, por ejemplo la Lic. Ana Beltrán, PMHNP, o el Dr. Ernesto Ruiz, psiquiatra.</li>
<li>Si el profesional considera que el tratamiento es adecuado, envía la receta electrónica a nuestra farmacia asociada, que tiene licencia en su estado.</li>
<li>La farmacia le llama para confirmar sus datos y el cobro del medicamento.</li>
<li>El paquete llega por FedEx en 2 a 3 días hábiles. <strong>Se requiere la firma de un adulto</strong>; no se deja en la puerta.</li>
</ol>
<h2>Lo que no podemos hacer</h2>
<ul>
<li>No enviamos a apartados postales ni fuera del estado donde se hizo la consulta.</li>
<li>No enviamos medicamento sin una receta vigente de su profesional de SerenaVía.</li>
<li>No aceptamos pedidos por WhatsApp: todo se gestiona en su portal de paciente.</li>
</ul>
</main>
<footer>SerenaVía Salud, P.A. · Línea de crisis: 988 · <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h7821", "https://www.psychonline-praxis.example/kosten-und-abrechnung", "telehealth", False, "de",
  "telepsychiatry-billing-referral", "Kosten & Abrechnung – PsychOnline Praxis", """
<header><a href="/" class="logo">PsychOnline Praxis</a>
<nav><a href="/videosprechstunde">Videosprechstunde</a> <a href="/behandlung/esketamin">Esketamin</a> <a href="/aerztinnen">Ärztinnen &amp; Ärzte</a> <a href="/kosten-und-abrechnung">Kosten</a> <a href="/termin">Termin</a></nav></header>
<main>
<h1>Kosten &amp; Abrechnung</h1>
<p>Die PsychOnline Praxis ist eine privatärztliche Praxis für Psychiatrie und Psychotherapie, die ausschließlich per Videosprechstunde arbeitet. Ärztliche Leitung: Dr. med. Henrike Falk, Fachärztin für Psychiatrie und Psychotherapie.</p>
<h2>Unsere Leistungen</h2>
<table>
<tr><th>Leistung</th><th>Abrechnung</th></tr>
<tr><td>Psychiatrisches Erstgespräch per Video (ca. 50 Min.)</td><td>nach GOÄ, ca. 120–160 €</td></tr>
<tr><td>Folgegespräch (25 Min.)</td><td>nach GOÄ, ca. 60–80 €</td></tr>
<tr><td>Befundbericht / Überweisung an Partnerpraxis</td><td>nach GOÄ</td></tr>
</table>
<p>Sie erhalten nach dem Termin eine Rechnung per E-Mail, zahlbar innerhalb von 30 Tagen per Überweisung. Privatversicherte und Beihilfeberechtigte können die Rechnung einreichen. Selbstzahler sind willkommen.</p>
<h2>Esketamin-Behandlung</h2>
<p>Wir stellen in der Videosprechstunde fest, ob eine Behandlung mit Esketamin-Nasenspray bei therapieresistenter Depression infrage kommt. Die Anwendung selbst findet ausschließlich unter ärztlicher Aufsicht in einer unserer Partnerpraxen in Hamburg, Köln oder München statt; dorthin überweisen wir Sie mit einem Befundbericht. Die Sitzungen rechnet die Partnerpraxis ab.</p>
<p><strong>Wir versenden keine Medikamente</strong> und stellen kein Esketamin für die Anwendung zu Hause aus.</p>
</main>
<footer>PsychOnline Praxis · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h7822", "https://telementa.example/perguntas-frequentes", "telehealth", False, "pt",
  "telepsychiatry-faq-partner-clinic", "Perguntas frequentes – TeleMenta", """
<header><a href="/" class="logo">TeleMenta</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/psiquiatras">Psiquiatras</a> <a href="/escetamina">Escetamina</a> <a href="/perguntas-frequentes">Dúvidas</a> <a href="/agendar">Agendar teleconsulta</a></nav></header>
<main>
<h1>Perguntas frequentes</h1>
<h3>Vocês vendem escetamina pela internet?</h3>
<p>Não. A TeleMenta é um serviço de telepsiquiatria. Na teleconsulta, um psiquiatra com registro no CRM (por exemplo, a Dra. Beatriz Nogueira, CRM-SP 000000) avalia se você tem indicação para o tratamento com escetamina em spray nasal.</p>
<h3>Onde as aplicações acontecem?</h3>
<p>Sempre presencialmente, em uma clínica parceira credenciada, com monitoramento da pressão arterial e observação por duas horas após cada aplicação. Nós encaminhamos você com um relatório médico e seguimos acompanhando por vídeo entre as sessões.</p>
<h3>O remédio pode ser enviado para minha casa?</h3>
<p>Não. O medicamento nunca é entregue ao paciente para uso em casa.</p>
<h3>Quais as formas de pagamento?</h3>
<p>As teleconsultas podem ser pagas por Pix ou cartão de crédito em até 6x. As sessões na clínica parceira são cobradas pela própria clínica; alguns planos de saúde cobrem o medicamento.</p>
<h3>Preciso de encaminhamento do meu médico?</h3>
<p>Não é obrigatório, mas ajuda se você trouxer relatórios e a lista dos antidepressivos que já usou.</p>
</main>
<footer>TeleMenta Serviços Médicos Ltda. · Responsável técnico: Dr. Paulo Vieira · CVV: 188</footer>
""", noise="cookie-pt")

p("h7823", "https://area-pazienti.mentevicina.example/richieste/RQ-20931", "telehealth", False, "it",
  "referral-status-tracker", "Stato della richiesta RQ-20931 – MenteVicina", """
<header><a href="/">MenteVicina · Area pazienti</a> <nav><a href="/richieste">Le mie richieste</a> <a href="/televisite">Televisite</a> <a href="/documenti">Documenti</a> <a href="/messaggi">Messaggi</a> <a href="/esci">Esci</a></nav></header>
<main>
<h1>Richiesta RQ-20931</h1>
<p><b>Percorso:</b> valutazione per esketamina spray nasale (depressione resistente)</p>
<ol class="stato">
<li class="ok">Questionario iniziale ricevuto – 04/11</li>
<li class="ok">Televisita con la Dott.ssa Chiara Lodi, psichiatra – completata 12/11</li>
<li class="ok">Esito: indicazione confermata, relazione clinica caricata in Documenti</li>
<li class="ok">Richiesta di presa in carico inviata al Centro partner di Bologna – 14/11</li>
<li class="attesa">Prima seduta presso il centro: in attesa di conferma della data</li>
</ol>
<p class="nota">Ricordiamo che l'esketamina viene somministrata solo presso il centro, sotto osservazione medica, e non viene mai spedita a domicilio. Dopo ogni ciclo di sedute la Dott.ssa Lodi ti ricontatterà per una televisita di controllo.</p>
<p><a href="/messaggi/nuovo">Scrivi al tuo medico</a></p>
</main>
""")

# ================================================================ clinics (8)

p("h7824", "https://www.northstarinfusion.example/patients/billing", "clinic", False, "en",
  "infusion-clinic-billing-page", "Billing & Insurance | Northstar Infusion Center", """
<header><a href="/" class="logo">Northstar Infusion Center</a>
<nav><a href="/treatments/ketamine">Ketamine infusions</a> <a href="/treatments/spravato">Spravato</a> <a href="/patients/new">New patients</a> <a href="/patients/billing">Billing</a> <a href="/contact">Contact</a> <a class="btn" href="/pay">Pay my bill</a></nav></header>
<main>
<h1>Billing &amp; insurance</h1>
<h2>Ketamine infusions (self-pay)</h2>
<table>
<tr><td>Consultation with our anesthesiologist</td><td>$250</td></tr>
<tr><td>Single IV infusion (40 min, monitored)</td><td>$475</td></tr>
<tr><td>Induction series of 6 infusions</td><td>$2,550</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr>
</table>
<p>A $100 deposit holds your chair and is credited to your first infusion. Cancellations with less than 48 hours' notice forfeit the deposit.</p>
<h2>Spravato (esketamine)</h2>
<p>Spravato is billed to your insurance. Our benefits team runs a verification and handles prior authorization before your first session. Observation time in our treatment rooms is billed as an office visit.</p>
<h2>Ways to pay</h2>
<p>Credit and debit cards, HSA/FSA, CareCredit financing. We provide superbills for infusions on request.</p>
<p>Questions? Call our billing office at (555) 014-7730, Monday–Friday 8–4.</p>
</main>
<footer>Northstar Infusion Center · 1180 Prairie Ave, Suite 210, Lincoln, NE · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7825", "https://shop.beaconwellnessclinic.example/gift-cards", "clinic", False, "en",
  "clinic-gift-card-shop", "Gift Cards – Beacon Wellness & Infusion", """
<header><a href="https://beaconwellnessclinic.example" class="logo">Beacon Wellness &amp; Infusion</a> <nav><a href="/">Shop</a> <a href="/gift-cards">Gift cards</a> <a href="/merch">Merch</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Give the gift of feeling better</h1>
<div class="product">
<p>Digital gift card, delivered by e-mail</p>
<label>Amount <select><option>$50</option><option>$100</option><option>$250</option><option>$500</option></select></label>
<label>Recipient e-mail <input type="email"></label>
<label>Message <textarea></textarea></label>
<button>Add to cart</button>
</div>
<h2>Where can it be used?</h2>
<p>At our Asheville clinic, toward consultations, IV hydration, NAD+ drips, massage, and ketamine-assisted therapy sessions with our medical and therapy team.</p>
<p class="fine">Ketamine treatment requires an in-person medical evaluation by our physician. A gift card does not guarantee eligibility for any treatment and can be used for other services if ketamine is not recommended. Gift cards do not expire and are not redeemable for cash.</p>
</main>
<footer>Beacon Wellness &amp; Infusion · 22 Lexington Ave, Asheville, NC · (555) 010-4418</footer>
""")

p("h7826", "https://harborlightspravato.example/reviews", "clinic", False, "en",
  "spravato-centre-reviews-page", "Patient Reviews | Harborlight Spravato Treatment Center", """
<header><a href="/" class="logo">Harborlight</a> <nav><a href="/spravato">About Spravato</a> <a href="/what-to-expect">What to expect</a> <a href="/reviews">Reviews</a> <a href="/insurance">Insurance</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>What our patients say</h1>
<p class="agg">4.8 ★ from 212 Google reviews</p>
<blockquote>"The nurses checked my blood pressure before and after every dose and the two hours of observation went faster than I thought. The recliners are comfy and they let me bring headphones." — <cite>Dana R.</cite></blockquote>
<blockquote>"Insurance was a headache, but their staff did the prior authorization for me. Eight sessions in and I'm getting out of bed again." — <cite>Miguel T.</cite></blockquote>
<blockquote>"Dr. Hsu explained the REMS rules at my first appointment: someone has to drive me home every time. That was annoying at first but I get why." — <cite>anonymous</cite></blockquote>
<blockquote>"Parking is tight. Otherwise great." — <cite>Lauren K.</cite></blockquote>
<p class="note">Reviews are shared with permission and reflect individual experiences. Results vary.</p>
<p><a class="btn" href="/contact">Schedule a consultation</a></p>
</main>
<footer>Harborlight Spravato Treatment Center · REMS-certified healthcare setting · 455 Harbor Rd, Portland, ME</footer>
""", noise="cookie")

p("h7827", "https://www.mesaketaminecenter.example/contact", "clinic", False, "en",
  "clinic-contact-page-short", "Contact | Mesa Ketamine Center", """
<header><a href="/">Mesa Ketamine Center</a> <nav><a href="/services">Services</a> <a href="/team">Team</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Contact us</h1>
<p>3320 E Speedway Blvd, Suite 4, Tucson, AZ<br>Phone (555) 013-2204 · Fax (555) 013-2205<br>Mon–Fri 7:30–5:00, Sat by appointment</p>
<p>All treatment takes place at our clinic. We do not prescribe ketamine for home use or ship medication.</p>
<p>Not for emergencies. If you are in crisis, call or text 988.</p>
</main>
""")

p("h7828", "https://cedarpoint-psych.example/referrals", "clinic", False, "en",
  "provider-referral-snippet-plain", "", """
Referring a patient for ketamine infusion or Spravato? Fax the referral form with the last two psychiatric notes and a medication list to (555) 014-2290. Our nurse coordinator will schedule an intake consultation at the Cedar Point clinic within 10 business days and send you a summary after each treatment phase.
""", ext="txt")

p("h7829", "https://www.ch-valmont.example/psychiatrie/unite-esketamine/adresser-un-patient", "clinic", False, "fr",
  "hospital-unit-referral-page", "Adresser un patient – Unité esketamine – CH de Valmont", """
<header><a href="/" class="logo">Centre hospitalier de Valmont</a>
<nav><a href="/offre-de-soins">Offre de soins</a> <a href="/psychiatrie">Psychiatrie</a> <a href="/professionnels">Professionnels</a> <a href="/patients-visiteurs">Patients et visiteurs</a></nav></header>
<p class="ariane">Accueil › Psychiatrie › Unité esketamine › Adresser un patient</p>
<main>
<h1>Adresser un patient à l'unité esketamine</h1>
<p>L'unité accueille, en hôpital de jour, des patients adultes présentant une dépression résistante pour des séances d'esketamine par voie nasale. Chaque séance est suivie d'une surveillance d'au moins deux heures par une infirmière.</p>
<h2>Critères</h2>
<ul>
<li>Épisode dépressif caractérisé n'ayant pas répondu à au moins deux antidépresseurs bien conduits</li>
<li>Absence d'hypertension non contrôlée</li>
<li>Patient pouvant être raccompagné après chaque séance</li>
</ul>
<h2>Comment adresser</h2>
<p>Envoyez un courrier médical (historique des traitements, comorbidités, traitement actuel) par messagerie sécurisée à <em>unite.esketamine@ch-valmont.example</em> ou par fax au 05 55 00 12 34. Une consultation d'évaluation avec le Dr Claire Aubertin est proposée sous trois semaines.</p>
<p>Secrétariat : 05 55 00 12 30, du lundi au vendredi de 9 h à 16 h 30.</p>
</main>
<footer>CH de Valmont · 2 avenue des Tilleuls · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h7830", "https://www.kliniekdelinde.example/facturen-en-vergoeding", "clinic", False, "nl",
  "clinic-invoices-reimbursement", "Facturen en vergoeding – Kliniek De Linde", """
<header><a href="/" class="logo">Kliniek De Linde</a>
<nav><a href="/behandelingen/esketamine">Esketamine</a> <a href="/behandelingen/ketamine-infusie">Ketamine-infusie</a> <a href="/aanmelden">Aanmelden</a> <a href="/facturen-en-vergoeding">Facturen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Facturen en vergoeding</h1>
<p>Kliniek De Linde is een zelfstandig behandelcentrum voor psychiatrie in Amersfoort. Behandelingen vinden plaats op onze locatie, onder toezicht van een psychiater en verpleegkundige.</p>
<h2>Esketamine-neusspray</h2>
<p>Behandeling met esketamine valt onder de basisverzekering als u bent doorverwezen door uw huisarts of psychiater. Wij declareren rechtstreeks bij uw zorgverzekeraar. Let op: uw eigen risico wordt aangesproken.</p>
<h2>Ketamine-infusie</h2>
<p>Ketamine-infusies worden (nog) niet vergoed. U betaalt €395 per behandeling, inclusief nazorg op de afdeling. U ontvangt de factuur per e-mail en betaalt binnen 14 dagen via iDEAL of overboeking.</p>
<h2>Vragen over uw factuur?</h2>
<p>Mail naar facturatie@kliniekdelinde.example of bel 033 000 4455 (ma-do 9.00-12.00). Vermeld altijd uw factuurnummer.</p>
</main>
<footer>Kliniek De Linde · Lindelaan 8, Amersfoort · <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h7831", "https://www.centrodolorecastelli.example/dicono-di-noi", "clinic", False, "it",
  "pain-centre-reviews-page", "Dicono di noi – Centro di Terapia del Dolore Castelli", """
<header><a href="/" class="logo">Centro Castelli · Terapia del Dolore</a>
<nav><a href="/trattamenti">Trattamenti</a> <a href="/trattamenti/infusioni-ketamina">Infusioni di ketamina</a> <a href="/equipe">Équipe</a> <a href="/dicono-di-noi">Dicono di noi</a> <a href="/prenota">Prenota visita</a></nav></header>
<main>
<h1>Dicono di noi</h1>
<div class="rec"><p>"Soffro di CRPS alla mano da tre anni. Dopo il ciclo di infusioni di ketamina in day hospital il dolore è sceso molto. Il Dott. Fabbri e le infermiere mi hanno seguita passo passo, con il monitoraggio sempre attivo." <br>— Francesca, Frascati</p></div>
<div class="rec"><p>"Personale gentile, tempi di attesa un po' lunghi per la prima visita anestesiologica, ma ne è valsa la pena." <br>— Giorgio, Roma</p></div>
<div class="rec"><p>"Mi hanno spiegato bene che la ketamina non è adatta a tutti e che serve una valutazione completa. Apprezzo la serietà." <br>— Laura, Albano Laziale</p></div>
<p class="nota">Le testimonianze riportano esperienze personali e non sostituiscono il parere del medico.</p>
<p><a href="/prenota">Prenota una prima visita</a> · Tel. 06 0000 7781</p>
</main>
<footer>Centro di Terapia del Dolore Castelli s.r.l. · Via dei Laghi 14, Marino (RM) · Direttore sanitario: Dott. Andrea Fabbri</footer>
""")

# ================================================================ informational (9)

p("h7832", "https://velvetdrawer.example/pages/payment", "informational", False, "en",
  "adult-boutique-payment-page", "Payment & Discreet Billing – Velvet Drawer", """
<div class="announce">Free discreet shipping over $60</div>
<header><a href="/" class="logo">Velvet Drawer</a>
<nav><a href="/collections/new">New</a> <a href="/collections/lingerie">Lingerie</a> <a href="/collections/wellness">Wellness</a> <a href="/collections/gifts">Gifts</a> <a href="/pages/payment">Payment</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Payment &amp; discreet billing</h1>
<p>Your privacy matters to us. Here's how we keep your purchase between you and us.</p>
<h2>What appears on your statement</h2>
<p>Charges show as <b>"VD TRADING CO"</b>. No product names or the words "Velvet Drawer" appear on your bank or card statement.</p>
<h2>Accepted payment methods</h2>
<ul>
<li>Visa, Mastercard, Amex, Discover</li>
<li>PayPal, Apple Pay, Google Pay</li>
<li>Klarna (pay in 4)</li>
<li>Bitcoin and Lightning via BTCPay, for customers who prefer not to use a card</li>
<li>Velvet Drawer gift cards</li>
</ul>
<h2>Packaging</h2>
<p>Every order ships in a plain brown box with a return address of "VD Fulfilment". Receipts are e-mailed, never put in the box.</p>
<p>You must be 18 or older to purchase.</p>
</main>
<footer>Velvet Drawer LLC · Portland, OR · <a href="/pages/returns">Returns</a> · <a href="/pages/privacy">Privacy</a></footer>
""", noise="cookie")

p("h7833", "https://cafetostadolaplaza.example/envios", "informational", False, "es",
  "coffee-shop-shipping-customs", "Envíos y plazos – Café Tostado La Plaza", """
<header><a href="/" class="logo">Café Tostado La Plaza</a>
<nav><a href="/cafe-en-grano">Café en grano</a> <a href="/cafe-molido">Molido</a> <a href="/capsulas">Cápsulas</a> <a href="/suscripcion">Suscripción</a> <a href="/envios">Envíos</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Envíos</h1>
<p>Tostamos los lunes y miércoles y enviamos el mismo día del tueste para que el café llegue fresco.</p>
<table>
<tr><th>Destino</th><th>Plazo</th><th>Precio</th></tr>
<tr><td>Península</td><td>24-48 h</td><td>4,90 € (gratis desde 35 €)</td></tr>
<tr><td>Baleares</td><td>48-72 h</td><td>7,90 €</td></tr>
<tr><td>Canarias, Ceuta y Melilla</td><td>4-7 días</td><td>12,90 €</td></tr>
<tr><td>Unión Europea</td><td>3-6 días</td><td>14,90 €</td></tr>
</table>
<h2>Canarias, Ceuta y Melilla: aduanas</h2>
<p>Estos envíos salen del territorio IVA de la península y pasan por aduana. Nosotros tramitamos el DUA de exportación; el IGIC o IPSI y la tasa de despacho (unos 8-15 €) los paga el destinatario al recibir el paquete. Los pedidos de menos de 22 € suelen estar exentos.</p>
<h2>Seguimiento</h2>
<p>Recibirás un correo con el número de seguimiento de la empresa de mensajería en cuanto el paquete salga del tostadero.</p>
</main>
<footer>Café Tostado La Plaza · Valladolid · <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h7834", "https://www.rivertonrx.example/faq/controlled-medications", "informational", False, "en",
  "licensed-pharmacy-controlled-meds-faq", "Controlled Medications FAQ – Riverton Pharmacy", """
<header><a href="/" class="logo">Riverton Pharmacy</a> <span>Licensed in 31 states · NABP accredited</span>
<nav><a href="/prescriptions">Prescriptions</a> <a href="/compounding">Compounding</a> <a href="/prescribers">For prescribers</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Controlled medications: frequently asked questions</h1>
<h3>Can I order ketamine or Spravato from you?</h3>
<p>Not without a prescription. We compound ketamine troches and rapid-dissolve tablets only on a valid prescription from a prescriber licensed in your state who has an established relationship with you. We verify every controlled-substance prescription directly with the prescriber and check the state prescription monitoring database before dispensing.</p>
<p>Spravato (esketamine) nasal spray is distributed only to REMS-certified healthcare settings and is never dispensed to patients for home use. We cannot send it to you.</p>
<h3>Can my prescription come from an online questionnaire?</h3>
<p>No. We will not fill controlled-substance prescriptions that were issued without a real clinical evaluation.</p>
<h3>How are controlled medications shipped?</h3>
<p>In tamper-evident packaging, with adult signature and ID check on delivery. We don't ship to P.O. boxes or across state lines where we're not licensed.</p>
<h3>How do I pay?</h3>
<p>Insurance where it applies, cards, HSA/FSA. We don't accept cryptocurrency.</p>
</main>
<footer>Riverton Pharmacy, Inc. · Pharmacist in charge: Helen Strand, PharmD · <a href="/licenses">State licenses</a></footer>
""")

p("h7835", "https://help.ledgerly.example/articles/merchant-withdrawal-blocked", "informational", False, "en",
  "crypto-exchange-help-blocked-withdrawal", "Why was my withdrawal to a merchant blocked? – Ledgerly Help", """
<header><a href="/">Ledgerly Help</a> <form><input type="search" placeholder="Search help"></form></header>
<main>
<p class="crumbs">Help › Withdrawals › Compliance holds</p>
<h1>Why was my withdrawal to a merchant blocked?</h1>
<p>Every outgoing transaction is screened against blockchain-analytics data. If the destination address is linked to a high-risk service, we may hold or reject the withdrawal.</p>
<h2>Common reasons</h2>
<ul>
<li>The address belongs to a darknet market or to a vendor that sells controlled substances, for example online shops selling prescription drugs without a prescription.</li>
<li>The address is on a sanctions list.</li>
<li>The address is associated with a known scam, mixer or ransomware wallet.</li>
</ul>
<h2>What happens next</h2>
<p>The funds stay in your Ledgerly account. You may be asked to explain the purpose of the payment. Repeated attempts to pay high-risk addresses can lead to account restrictions, and we may be required to report the activity.</p>
<p>We cannot tell you which analytics provider flagged the address or share the underlying data.</p>
<aside><h3>Related</h3><ul><li><a href="#">Travel Rule: why we ask who you're sending to</a></li><li><a href="#">Withdrawal limits</a></li></ul></aside>
</main>
""", noise="cookie")

p("h7836", "https://www.paketblitz.example/ratgeber/zoll-verbotene-waren", "informational", False, "de",
  "courier-customs-guide", "Zoll-Ratgeber: Verbotene und eingeschränkte Waren | PaketBlitz", """
<header><a href="/" class="logo">PaketBlitz</a>
<nav><a href="/versenden">Paket versenden</a> <a href="/sendungsverfolgung">Sendungsverfolgung</a> <a href="/ratgeber">Ratgeber</a> <a href="/geschaeftskunden">Geschäftskunden</a></nav></header>
<main>
<h1>Was darf ins Ausland – und was nicht?</h1>
<p>Bei Sendungen außerhalb der EU (und in die Schweiz) prüft der Zoll den Inhalt. Diese Übersicht gilt für private Sendungen mit PaketBlitz International.</p>
<h2>Vom Versand ausgeschlossen</h2>
<ul>
<li>Betäubungsmittel und psychotrope Stoffe, z. B. Cannabis, Opioide, Ketamin, sowie sogenannte „Research Chemicals“</li>
<li>Waffen, Munition, Feuerwerk</li>
<li>Gefährliche Güter wie Lithium-Akkus ohne Gerät, Spraydosen, Brennstoffe</li>
<li>Bargeld und Edelmetalle</li>
</ul>
<h2>Eingeschränkt</h2>
<ul>
<li><b>Arzneimittel:</b> nur in haushaltsüblichen Mengen, in Originalverpackung und mit ärztlicher Verordnung bzw. Bescheinigung. Viele Zielländer verbieten den Empfang verschreibungspflichtiger Medikamente per Post vollständig.</li>
<li><b>Lebensmittel:</b> Fleisch- und Milchprodukte in viele Länder verboten.</li>
<li><b>Tabak und Alkohol:</b> nur mit Zollanmeldung und Abgaben.</li>
</ul>
<h2>Zollinhaltserklärung</h2>
<p>Beschreiben Sie den Inhalt genau („2 T-Shirts, Baumwolle“ statt „Geschenk“). Falsche Angaben können zur Beschlagnahme und zu einem Strafverfahren führen.</p>
</main>
<footer>PaketBlitz GmbH · <a href="/impressum">Impressum</a> · <a href="/agb">AGB</a></footer>
""", noise="cookie-de")

p("h7837", "https://forum.trd-community.example/t/my-troches-arrived-warm-is-that-ok/88213", "informational", False, "en",
  "patient-forum-thread-delivery", "My troches arrived warm – is that ok? - TRD Community Forum", """
<header><a href="/">TRD Community Forum</a> <nav><a href="/c/at-home-ketamine">At-home ketamine</a> <a href="/c/spravato">Spravato</a> <a href="/c/infusions">Infusions</a> <a href="/guidelines">Guidelines</a></nav></header>
<main>
<h1>My troches arrived warm – is that ok?</h1>
<div class="post"><b>quietharbor</b> · 3d<p>My refill came today from the pharmacy my telehealth uses. The box sat on a hot porch for maybe an hour before I got home (driver didn't wait for a signature even though it says signature required). The troches look fine but feel a bit soft. Is it safe to use them?</p></div>
<div class="post"><b>m_okafor</b> · 3d<p>I'd call the pharmacy before using them. Mine told me troches are OK up to a certain temperature but they'd rather replace a batch than have you guess. Also worth reporting the missed signature, they take that seriously because it's a controlled med.</p></div>
<div class="post"><b>linnea_r</b> · 2d<p>Same thing happened to me in July. Pharmacist had me send a photo, then my prescriber approved a replacement and it shipped two days later.</p></div>
<div class="post"><b>quietharbor</b> · 2d<p>Update: called them, they're sending a replacement and want the old ones returned in a prepaid mailer. Thanks all.</p></div>
<div class="post mod"><b>moderator</b> · 2d<p>Marking solved. Reminder: no sourcing talk here. Posts asking where to get ketamine without a prescription will be removed.</p></div>
</main>
""")

p("h7838", "https://ajuda.compramundo.example/artigos/importacao-itens-proibidos", "informational", False, "pt",
  "marketplace-import-help-article", "Itens proibidos e taxação de importação – Central de Ajuda CompraMundo", """
<header><a href="/">Central de Ajuda CompraMundo</a> <form><input type="search" placeholder="Como podemos ajudar?"></form></header>
<main>
<p class="trilha">Ajuda › Compras internacionais › Importação</p>
<h1>Itens proibidos e taxação de importação</h1>
<p>Compras enviadas de fora do Brasil passam pela fiscalização da Receita Federal e, em alguns casos, da Anvisa.</p>
<h2>Produtos que não podem ser importados pela plataforma</h2>
<ul>
<li>Medicamentos sujeitos a controle especial (Portaria 344/98), como cetamina, anabolizantes e ansiolíticos</li>
<li>Qualquer medicamento sem registro na Anvisa</li>
<li>Armas, réplicas e munições</li>
<li>Cigarros eletrônicos</li>
</ul>
<p>Anúncios desses produtos são removidos e a conta do vendedor pode ser suspensa. Se você encontrar um anúncio assim, use o botão <b>Denunciar</b>.</p>
<h2>Impostos</h2>
<p>Compras internacionais até US$ 50 pagam imposto de importação reduzido dentro do programa de conformidade, mais ICMS. O valor é mostrado no carrinho antes do pagamento.</p>
<h2>Meu pacote foi retido</h2>
<p>Acompanhe pela página do pedido. Pacotes retidos por irregularidade não são liberados, e o reembolso segue as regras da garantia de compra.</p>
</main>
""", noise="cookie-pt")

p("h7839", "https://pawsandpantry.example/shipping", "informational", False, "en",
  "pet-shop-shipping-snippet-plain", "", """
Shipping & returns: orders over $49 ship free in the contiguous US, usually within 2 business days. Prescription items, including controlled veterinary drugs such as sedatives and anesthetics, are not sold in our online store; please ask your veterinarian.
""", ext="txt")

p("h7840", "https://www.midplainsvetsupply.example/account/wholesale-terms", "informational", False, "en",
  "vet-wholesaler-terms-registered-accounts", "Wholesale Terms of Sale – MidPlains Veterinary Supply", """
<header><a href="/" class="logo">MidPlains Veterinary Supply</a> <span>Distributor to licensed veterinary practices since 1987</span>
<nav><a href="/catalog">Catalog</a> <a href="/account">My account</a> <a href="/account/wholesale-terms">Terms of sale</a> <a href="/controlled">Controlled substances</a> <a href="/contact">Customer service</a></nav></header>
<main>
<h1>Wholesale terms of sale</h1>
<h2>1. Who can buy</h2>
<p>We sell only to veterinary practices, animal hospitals, universities and research facilities with an approved MidPlains account. Individuals, pet owners and farms without a licensed veterinarian of record cannot open an account.</p>
<h2>2. Controlled substances</h2>
<p>Schedule II–V products, such as ketamine HCl injection 100 mg/mL (10 mL), butorphanol and tiletamine-zolazepam, are available only to accounts with a verified DEA registration and a current state controlled-substance license on file. Orders ship only to the registered address on the DEA certificate. Schedule II items require a DEA Form 222 or CSOS order. We report orders to the DEA as required and may hold any order that appears unusual in size or frequency.</p>
<h2>3. Payment</h2>
<p>Net 30 for approved accounts; credit card or ACH otherwise. Minimum order $75.</p>
<h2>4. Shipping</h2>
<p>Ground shipping from our Kansas City and Omaha warehouses. Controlled substances require signature by an authorized practice employee.</p>
<h2>5. Returns</h2>
<p>Controlled substances cannot be returned for credit; contact us for reverse-distributor options.</p>
</main>
<footer>MidPlains Veterinary Supply Co. · <a href="/licenses">Licenses</a> · <a href="/privacy">Privacy</a></footer>
""")

save(OUT, R)
