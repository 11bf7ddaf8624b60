# Batch 57 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement. Committed before
# any scorer run.
# Angle: THIN PAGES. 20 plain-text excerpts of one to three sentences (search-result snippets, social
# bios, classified lines, directory entries, map blurbs, message previews, app-store lines) and 20 thin
# HTML pages (a menu and two lines, contact pages, "coming soon" pages, checkout steps, login walls,
# pages that are mostly navigation, cookie walls with one paragraph, a bot check). Several pages where
# the URL carries most of the evidence, and several legitimate pages whose URL has shop words
# (store., /shop, /checkout, /cart, /loja, /tienda, /products).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English + 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 2, nl 2, pt 3, it 3).
# Shapes: sellers - product search snippet (no Rx), social bio of a dealer, Spanish classified line,
# messenger notification preview, directory entry whose URL is the only evidence, French map blurb
# of a fake online pharmacy with reviews, research-chemical dissociatives category snippet, bot-check
# wall (url-only), members-only login wall with Telegram invite, Dutch "coming soon" webshop, crypto
# checkout step with esketamine devices, Portuguese cookie wall with a generic paragraph (URL says
# "sem receita"), Italian page that is mostly navigation, professional-looking contact page with
# reship guarantee. Telehealth - how-it-works snippet, app-store line, SMS/order-status preview,
# German directory entry of an online psychiatry that refers for esketamine, membership checkout,
# French patient-portal login wall, waitlist "coming soon", Dutch contact page, shop subdomain that
# is mostly navigation. Clinics - map blurb, Italian directory entry with WhatsApp booking, Portuguese
# package snippet on a /loja URL, doctor's social bio, gift-card product page on a store. subdomain,
# German contact page, Spanish cookie wall on a /tienda URL, deposit checkout step. Informational -
# news snippet quoting street prices and a Telegram channel, drug-checking map blurb, nursing job
# post, forum reply to "buy ketamine online", Spanish encyclopaedia snippet, veterinary wholesaler
# login wall on a shop. URL, German government warning, Italian trial "coming soon", Portuguese
# compounding pharmacy /loja page (prescription only).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch57.py (writes batch57/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch57")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ====================================================================== plain-text excerpts (20)

# ---------------------------------------------------------------- sellers, txt

p("h5701", "https://kphd-direct.example/product/ketamine-hcl-crystal-5g", "seller", True, "en",
  "search-snippet-product", "Ketamine HCl crystal 5g", """
Ketamine HCl Crystal (Shards) 5g – KPHD Direct. €185.00 – €640.00. Lab tested 99.2%, ships from EU warehouse in 2–4 days with tracking. No prescription needed, pay by card or BTC.
""", ext="txt")

p("h5702", "https://social.example/@frosty.kitty.eu", "seller", True, "en",
  "social-bio", "frosty.kitty.eu", """
❄️ frosty kitty ❄️ | vet-grade K & crystal 🐴 | EU ➡️ worldwide 📦 stealth 100% | BTC / XMR only | menu on tele 👉 @frostykitty_menu
""", ext="txt")

p("h5703", "https://anuncios-ya.example/madrid/varios/ketamina-calidad-top-3318207", "seller", True, "es",
  "classified-line", "Ketamina calidad top", """
Ketamina calidad top, cristal y líquido. Entrega en mano en Madrid centro o envío discreto a toda España (24/48h). Solo WhatsApp, no contesto llamadas.
""", ext="txt")

p("h5704", "https://t.example/s/specialk_uk_drops", "seller", True, "en",
  "messenger-notification-preview", "Special K UK drops", """
Special K UK 🦄: New drop just landed 🔥 Tiers: 3.5 £90 · 7 £160 · 14 £290 · 28 ask. Next-day royal mail, vacuum sealed, DM to order – no newbies without a voucher.
""", ext="txt")

p("h5705", "https://www.healthsites-directory.example/pharmacies/ketamine-without-prescription-online", "seller", True, "en",
  "directory-entry-url-evidence", "Ketamine Without Prescription Online", """
Ketamine Without Prescription Online — Online pharmacy. Fast delivery · 24/7 support · Secure & discreet payment. Visit site: ketamine-without-prescription.example
""", ext="txt")

p("h5706", "https://maps.example/place/pharma-express-24/reviews", "seller", True, "fr",
  "map-blurb-reviews", "Pharma Express 24", """
Pharma Express 24 · Pharmacie en ligne · ★★★★☆ (38 avis) · « Commandé 2 flacons de kétamine 50 mg/ml sans ordonnance, reçu en 5 jours, colis neutre, je recommande » — Julien, il y a 2 semaines.
""", ext="txt")

p("h5707", "https://rc-chem-europa.example/shop/category/arylcyclohexylamines", "seller", True, "en",
  "category-snippet-analogues", "Arylcyclohexylamines", """
Arylcyclohexylamines – 2-FDCK, 3-MeO-PCE, Deschloroketamine (DCK), O-PCE. Sold strictly for research purposes, not for human consumption. Minimum order 1 g, bulk discounts from 25 g.
""", ext="txt")

# ---------------------------------------------------------------- telehealth, txt

p("h5715", "https://www.lumenmind-health.example/how-it-works", "telehealth", False, "en",
  "search-snippet", "How it works | LumenMind", """
How it works | LumenMind — Meet a licensed psychiatric clinician by video before anything is prescribed. If at-home ketamine is right for you, your prescription goes to our partner pharmacy and ships to your door. Plans from $129/month.
""", ext="txt")

p("h5716", "https://apps.example/store/app/serena-mind-care/id6471123", "telehealth", False, "en",
  "app-store-line", "Serena Mind Care", """
Serena Mind Care – Video psychiatry & guided ketamine therapy. Health & Fitness · 4.6 ★ · Book a video visit with a board-certified psychiatrist; treatment is only prescribed after your evaluation and monitored through the app.
""", ext="txt")

p("h5717", "https://shop.driftwellness.example/orders/DW-48812/status", "telehealth", False, "en",
  "sms-order-status-preview", "Order DW-48812", """
Drift Wellness: Hi Dana, Dr. Okafor approved your treatment plan after Tuesday's video visit. Your order DW-48812 (ketamine ODT, 8 doses) has shipped from Crestline Pharmacy — signature required on delivery.
""", ext="txt")

p("h5718", "https://www.praxisfinder.example/online/nordlicht-psychiatrie", "telehealth", False, "de",
  "directory-entry", "Nordlicht Online-Psychiatrie", """
Nordlicht Online-Psychiatrie · Videosprechstunde mit Fachärztinnen und Fachärzten für Psychiatrie, Termine meist innerhalb von 7 Tagen. Bei therapieresistenter Depression Abklärung für Esketamin; die Behandlung selbst erfolgt in einer Partnerpraxis vor Ort.
""", ext="txt")

# ---------------------------------------------------------------- clinics, txt

p("h5724", "https://maps.example/place/harbor-infusion-center-san-diego", "clinic", False, "en",
  "map-blurb", "Harbor Infusion Center", """
Harbor Infusion Center · 4.8 ★ (212) · Ketamine infusion clinic · 1420 Marina Blvd, Suite 3 · Open ⋅ Closes 6 PM · "Staff were kind and the nurse checked my blood pressure every 15 minutes."
""", ext="txt")

p("h5725", "https://www.guidamedici.example/roma/psichiatria/centro-sant-elia", "clinic", False, "it",
  "directory-entry-whatsapp", "Centro Sant'Elia", """
Centro Sant'Elia – Ambulatorio di psichiatria, Roma Prati. Trattamento con esketamina spray nasale in sede, con osservazione di due ore dopo ogni somministrazione. Prenotazioni anche via WhatsApp al 06 555 0192.
""", ext="txt")

p("h5726", "https://clinicaaurora.example/loja/pacote-6-infusoes", "clinic", False, "pt",
  "search-snippet-shop-url", "Pacote 6 infusões | Clínica Aurora", """
Pacote 6 infusões – Clínica Aurora, Lisboa. Infusões de cetamina endovenosa com monitorização por anestesista, 1.800 €. Compre o pacote online e agendamos a consulta de avaliação antes da primeira sessão.
""", ext="txt")

p("h5727", "https://social.example/@dr.maya.linden", "clinic", False, "en",
  "social-bio", "Dr. Maya Linden, MD", """
Dr. Maya Linden, MD 🩺 Anesthesiologist | Founder @stillwaterketamine | In-office IV ketamine for depression & chronic pain in Boise, ID | No referral needed – free phone consult 👇 stillwaterketamine.example/book
""", ext="txt")

# ---------------------------------------------------------------- informational, txt

p("h5732", "https://www.riverdalegazette.example/news/2026/11/telegram-ketamine-ring-charged", "informational", False, "en",
  "news-snippet", "Six charged over Telegram ketamine ring", """
Six charged over Telegram ketamine ring – Prosecutors say the group sold ketamine at around $30 a gram through a channel called "K-Express", taking payment in Bitcoin and gift cards and shipping in vacuum-sealed candy packets.
""", ext="txt")

p("h5733", "https://maps.example/place/safer-nights-drug-checking", "informational", False, "en",
  "map-blurb", "Safer Nights Drug Checking", """
Safer Nights Drug Checking · Harm reduction service · Free & anonymous testing of ketamine, MDMA, cocaine and more · Thu 6–10 PM · "They found my 'K' was actually mostly 2-FDCK."
""", ext="txt")

p("h5734", "https://jobs.example/view/registered-nurse-ketamine-infusion-8841230", "informational", False, "en",
  "job-post-snippet", "Registered Nurse – Ketamine Infusion", """
Registered Nurse – Ketamine Infusion (Part-time) · Brightside Infusion Partners · Phoenix, AZ · $46–$54/hr. Start IVs, monitor vitals during 40-minute infusions, and document patient response; 2+ years ICU, PACU or ED experience preferred.
""", ext="txt")

p("h5735", "https://forum.example/t/buy-ketamine-online-legit/55120/7", "informational", False, "en",
  "forum-reply-preview", "buy ketamine online legit?", """
re: buy ketamine online legit? — Honestly, don't. Every "vendor" that DMed me in this thread wanted gift cards or crypto up front and two of them just vanished; if you've got depression, ask your doctor about infusion clinics or Spravato instead.
""", ext="txt")

p("h5736", "https://enciclopedia-libre.example/wiki/Ketamina", "informational", False, "es",
  "encyclopedia-snippet", "Ketamina - Enciclopedia Libre", """
La ketamina es un fármaco anestésico disociativo, antagonista del receptor NMDA, usado en medicina humana y veterinaria. En el mercado ilegal español se vende en polvo a un precio de entre 30 y 50 euros el gramo, según datos del Observatorio.
""", ext="txt")

# ====================================================================== thin html pages (20)

# ---------------------------------------------------------------- sellers, html

p("h5708", "https://buyketaminenorx.example/shop/ketamine-powder-99-purity", "seller", True, "en",
  "bot-check-url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title">buyketaminenorx.example</h1>
<h2 id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title">Enable JavaScript and cookies to continue</div></noscript>
<div id="challenge-body-text">buyketaminenorx.example needs to review the security of your connection before proceeding.</div>
<div id="challenge-stage"></div>
</div>
</div>
<div class="footer"><div class="footer-inner">Ray ID: <code>8f2c1a7b9e04d311</code> · Performance &amp; security by EdgeShield</div></div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/jsch/v1?ray=8f2c1a7b9e04d311"></script>
""")

p("h5709", "https://kvault.example/members/ketalar-vials-10ml", "seller", True, "en",
  "login-wall-telegram-invite", "Members area – KV", """
<header style="background:#111;color:#eee;padding:10px"><b>KV</b> &nbsp; <a href="/" style="color:#aaa">Home</a> <a href="/faq" style="color:#aaa">FAQ</a></header>
<main style="max-width:380px;margin:60px auto;font-family:sans-serif">
<h2>Members only</h2>
<p>Prices and stock are visible to verified members. Log in to continue.</p>
<form action="/login" method="post">
<input name="user" placeholder="Username"><br>
<input name="pass" type="password" placeholder="Password"><br>
<input name="pgp" placeholder="2FA / PGP code (optional)"><br>
<button type="submit">Log in</button>
</form>
<p style="font-size:13px">No account? New members are invited through our Telegram group – ask an existing member for a referral code.</p>
</main>
""")

p("h5710", "https://dissoshop.example/nl/", "seller", True, "nl",
  "coming-soon-webshop", "Binnenkort online – Dissoshop", """
<div style="text-align:center;padding-top:80px;font-family:Helvetica,Arial">
<img src="/img/logo-dissoshop.svg" alt="Dissoshop" width="180">
<h1>We zijn er bijna.</h1>
<p>Onze nieuwe webshop gaat op 15 januari live: ketamine, 2-FDCK en onze eigen DCK-pellets, discreet verpakt en binnen 48 uur in huis in NL en BE.</p>
<p>Laat je e-mail achter en ontvang 10% korting op je eerste bestelling.</p>
<form><input type="email" placeholder="jouw@email"> <button>Houd me op de hoogte</button></form>
<p style="color:#888;font-size:12px;margin-top:60px">&copy; 2026 Dissoshop &middot; Betalen met iDEAL, Bitcoin en Monero</p>
</div>
""")

p("h5711", "https://secure.euro-rx-meds.example/checkout/step-3-payment", "seller", True, "en",
  "checkout-step-crypto", "Checkout – Step 3 of 4: Payment", """
<header><img src="/static/logo.png" alt="EuroRxMeds" height="36"> <span class="secure">&#128274; Secure checkout</span></header>
<ol class="steps"><li class="done">Cart</li><li class="done">Shipping</li><li class="active">Payment</li><li>Confirmation</li></ol>
<main>
<section class="summary">
<h3>Order summary</h3>
<table>
<tr><td>Esketamine nasal spray 28 mg × 3 devices</td><td>€399.00</td></tr>
<tr><td>Ketamine hydrochloride 50 mg/ml, 10 ml vial × 2</td><td>€138.00</td></tr>
<tr><td>Stealth shipping (reship if lost)</td><td>€15.00</td></tr>
<tr class="total"><td><b>Total</b></td><td><b>€552.00</b></td></tr>
</table>
</section>
<section class="pay">
<h3>Choose payment method</h3>
<label><input type="radio" name="pm" checked> Bitcoin (BTC) – 5% discount</label><br>
<label><input type="radio" name="pm"> USDT (TRC-20)</label><br>
<label><input type="radio" name="pm" disabled> Credit card <small>(temporarily unavailable)</small></label>
<p>After clicking "Place order" you will receive the wallet address and the exact amount. Orders are dispatched within 24 h of 2 confirmations.</p>
<button class="btn-primary">Place order</button>
</section>
</main>
<footer><small>&copy; EuroRxMeds 2026 · Privacy · Terms · Refund policy</small></footer>
""")

p("h5712", "https://farmacia-saudeja.test/produto/cetamina-50mg-ml-sem-receita", "seller", True, "pt",
  "cookie-wall-generic-paragraph", "Farmácia Saúde Já", """
<div class="overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.7)">
<div class="modal" style="background:#fff;max-width:480px;margin:15% auto;padding:24px">
<h3>A sua privacidade</h3>
<p>Na Farmácia Saúde Já acreditamos que cuidar da saúde deve ser simples. Usamos cookies para lembrar o seu carrinho, personalizar recomendações e medir o tráfego do site. Pode aceitar todos ou escolher apenas os essenciais.</p>
<button>Aceitar todos</button> <button>Só essenciais</button>
</div>
</div>
<div id="app"></div>
<script src="/assets/app.8c1f2.js"></script>
""")

p("h5713", "https://farmaciasenzaricetta.example/it/anestetici/", "seller", True, "it",
  "mostly-navigation", "Anestetici – Farmacia Senza Ricetta", """
<header>
<div class="top">Spedizione gratuita sopra 150 € · Confezione anonima · Assistenza WhatsApp 7/7</div>
<a href="/it/"><img src="/logo.svg" alt="FSR"></a>
<form action="/it/cerca"><input name="q" placeholder="Cerca un farmaco"></form>
<a href="/it/carrello">Carrello (0)</a>
</header>
<nav class="mega">
<ul>
<li><a href="/it/ansiolitici/">Ansiolitici</a></li>
<li><a href="/it/antidolorifici/">Antidolorifici</a>
  <ul><li><a href="/it/antidolorifici/tramadolo">Tramadolo</a></li><li><a href="/it/antidolorifici/ossicodone">Ossicodone</a></li></ul></li>
<li class="active"><a href="/it/anestetici/">Anestetici</a>
  <ul><li><a href="/it/anestetici/ketamina-fiale">Ketamina fiale 500 mg/10 ml</a></li><li><a href="/it/anestetici/ketamina-polvere">Ketamina polvere</a></li><li><a href="/it/anestetici/esketamina-spray">Esketamina spray nasale</a></li></ul></li>
<li><a href="/it/sonno/">Sonno</a></li>
<li><a href="/it/uomo/">Salute uomo</a></li>
</ul>
</nav>
<main><h1>Anestetici</h1><p>3 prodotti</p><div class="grid" data-src="/api/products?cat=anestetici"></div></main>
<footer>
<p>Pagamenti: Bitcoin · Ricarica PostePay · Bonifico</p>
<p><a href="/it/chi-siamo">Chi siamo</a> · <a href="/it/spedizioni">Spedizioni</a> · <a href="/it/faq">FAQ</a></p>
</footer>
""")

p("h5714", "https://www.medsglobalcare.example/contact", "seller", True, "en",
  "contact-page-professional", "Contact Us | MedsGlobalCare", """
<header class="site-header"><a class="brand" href="/">MedsGlobalCare</a>
<nav><a href="/">Home</a> <a href="/shop">Shop</a> <a href="/about">About</a> <a href="/blog">Health Blog</a> <a href="/contact" class="active">Contact</a></nav></header>
<main class="container">
<h1>We're here to help</h1>
<p>Whether you have a question about your order, dosage or delivery, our customer care team answers within a few hours, seven days a week. Your health and privacy always come first.</p>
<div class="cols">
<div><h3>Orders &amp; tracking</h3><p>Email: orders@medsglobalcare.example<br>WhatsApp / Telegram: +44 7700 900 431</p></div>
<div><h3>Delivery guarantee</h3><p>All parcels ship in discreet, unbranded packaging. If your Ketalar or esketamine order is held by customs, we reship once free of charge &ndash; no questions asked.</p></div>
<div><h3>Hours</h3><p>Mon&ndash;Sun, 08:00&ndash;22:00 GMT</p></div>
</div>
<form class="contact"><input placeholder="Name"> <input placeholder="Email"> <input placeholder="Order number (optional)"><textarea placeholder="Message"></textarea><button>Send</button></form>
</main>
<footer><p>&copy; 2026 MedsGlobalCare Ltd. All rights reserved. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a></p>
<p class="pay">We accept: Visa · Mastercard · Bitcoin · Western Union</p></footer>
""", noise="cookie")

# ---------------------------------------------------------------- telehealth, html

p("h5719", "https://mindbridge-care.example/cart/checkout?plan=monthly", "telehealth", False, "en",
  "membership-checkout-shop-url", "Checkout – MindBridge", """
<header><a href="/"><img src="/img/mindbridge.svg" alt="MindBridge" height="28"></a> <span>Need help? (800) 555-0144</span></header>
<main class="checkout">
<h1>Checkout</h1>
<div class="line"><span>MindBridge Monthly membership</span><span>$199.00 / mo</span></div>
<ul class="incl">
<li>60-minute video intake with a board-certified psychiatrist or psychiatric NP</li>
<li>Follow-up visits and dose check-ins by video</li>
<li>Medication, if prescribed, filled by our licensed pharmacy partner and shipped to you</li>
</ul>
<p class="small">Your card is charged today for the first month. Ketamine is only prescribed if your clinician decides it is safe and appropriate after your evaluation; if you are not a candidate, the membership is refunded in full.</p>
<form><input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"> <input placeholder="ZIP"> <button>Pay $199.00</button></form>
<p class="small">HSA/FSA cards accepted.</p>
</main>
""")

p("h5720", "https://patient.teleclair.example/connexion?next=/programme-ketamine", "telehealth", False, "fr",
  "patient-portal-login-wall", "Connexion – Espace patient Téléclair", """
<div class="login-box">
<img src="/img/teleclair.png" alt="Téléclair" width="140">
<h1>Espace patient</h1>
<p>Connectez-vous pour accéder à votre programme de soins, à vos téléconsultations avec votre psychiatre et à vos ordonnances.</p>
<form method="post" action="/connexion">
<label>Adresse e-mail <input type="email" name="email"></label>
<label>Mot de passe <input type="password" name="pw"></label>
<button type="submit">Se connecter</button>
</form>
<p><a href="/mot-de-passe-oublie">Mot de passe oublié ?</a> · <a href="/inscription">Première visite ? Prendre rendez-vous</a></p>
<p class="legal">Téléclair est un service de téléconsultation. Les médecins sont inscrits à l'Ordre des médecins. En cas d'urgence, appelez le 15.</p>
</div>
""")

p("h5721", "https://www.haventherapy.example/coming-soon", "telehealth", False, "en",
  "coming-soon-waitlist", "Haven – Coming soon to Texas and Florida", """
<main style="max-width:560px;margin:0 auto;padding:64px 20px;font-family:Georgia,serif">
<p style="letter-spacing:.2em;font-size:12px">HAVEN</p>
<h1>Ketamine-assisted therapy, from home. Coming soon to Texas &amp; Florida.</h1>
<p>Every Haven journey starts with a video assessment by a licensed psychiatric clinician and includes integration sessions with a therapist. Join the waitlist and we'll let you know when appointments open in your state.</p>
<form><input type="email" placeholder="Email address"> <select><option>Texas</option><option>Florida</option><option>Other</option></select> <button>Join the waitlist</button></form>
</main>
""")

p("h5722", "https://www.psychiatrie-online.example/contact", "telehealth", False, "nl",
  "contact-page", "Contact – Psychiatrie Online", """
<nav><a href="/">Home</a> | <a href="/werkwijze">Werkwijze</a> | <a href="/behandelaars">Behandelaars</a> | <a href="/tarieven">Tarieven</a> | <b>Contact</b></nav>
<h1>Contact</h1>
<p>Psychiatrie Online werkt volledig via beveiligde videoconsulten. Heeft u therapieresistente depressie, dan beoordeelt een van onze BIG-geregistreerde psychiaters of esketamine een optie is en verwijzen wij u door naar een partnerkliniek bij u in de buurt.</p>
<p>Telefoon (ma–vr 9–17 uur): 085 555 0123<br>E-mail: secretariaat@psychiatrie-online.example<br>Een verwijzing van uw huisarts is nodig.</p>
<footer><small>KvK 00000000 · AGB-code 00000000 · <a href="/privacy">Privacy</a></small></footer>
""", noise="cookie-nl")

p("h5723", "https://shop.calmcurrent.example/", "telehealth", False, "en",
  "mostly-navigation-shop-subdomain", "Shop – CalmCurrent", """
<header class="hdr">
<a href="https://calmcurrent.example/" class="logo">calmcurrent</a>
<nav>
<a href="https://calmcurrent.example/how-it-works">How it works</a>
<a href="https://calmcurrent.example/pricing">Pricing</a>
<a href="https://calmcurrent.example/clinicians">Our clinicians</a>
<a href="https://calmcurrent.example/eligibility">Am I eligible?</a>
<a href="https://shop.calmcurrent.example/" class="on">Shop</a>
<a href="https://app.calmcurrent.example/login">Log in</a>
<a href="https://calmcurrent.example/start" class="btn">Get started</a>
</nav>
</header>
<main>
<h1>The CalmCurrent shop</h1>
<ul class="cats">
<li><a href="/collections/integration-journals">Integration journals</a></li>
<li><a href="/collections/eye-masks">Eye masks</a></li>
<li><a href="/collections/playlists">Session playlists</a></li>
<li><a href="/collections/gift-memberships">Gift a membership</a></li>
</ul>
<p class="note">Ketamine treatment is not sold in this shop. It is prescribed online by licensed CalmCurrent providers in 18 states after a video evaluation.</p>
</main>
<footer><a href="/policies/shipping">Shipping</a> · <a href="/policies/refunds">Refunds</a> · <a href="/cart">Cart (0)</a></footer>
""")

# ---------------------------------------------------------------- clinics, html

p("h5728", "https://store.northpineinfusions.example/products/gift-card", "clinic", False, "en",
  "menu-and-two-lines-gift-card", "Gift Card – North Pine Infusions", """
<nav><a href="https://northpineinfusions.example/">Home</a> · <a href="https://northpineinfusions.example/ketamine">Ketamine Infusions</a> · <a href="https://northpineinfusions.example/spravato">Spravato</a> · <a href="/">Store</a> · <a href="/cart">Cart</a></nav>
<h1>North Pine Infusions Gift Card</h1>
<p>Give the gift of care: gift cards from $50 to $2,500 can be used toward consultations, IV ketamine infusions or NAD+ at our Duluth clinic. Recipients still need an in-person medical evaluation before treatment.</p>
<form action="/cart/add"><select name="v"><option>$100</option><option>$250</option><option>$500</option></select> <button>Add to cart</button></form>
""")

p("h5729", "https://www.esketamin-ambulanz-koeln.example/kontakt", "clinic", False, "de",
  "contact-page", "Kontakt & Anfahrt – Esketamin-Ambulanz Köln", """
<header><a href="/">Esketamin-Ambulanz Köln</a>
<nav><a href="/">Start</a> <a href="/behandlung">Behandlung</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Kontakt &amp; Anfahrt</h1>
<p>Die Behandlung mit Esketamin-Nasenspray findet ausschließlich in unseren Räumen statt; nach jeder Anwendung bleiben Sie mindestens zwei Stunden zur Beobachtung bei uns. Bitte bringen Sie eine Überweisung Ihrer Psychiaterin oder Ihres Hausarztes mit.</p>
<address>Aachener Straße 00, 50674 Köln<br>Telefon 0221 555 0170 (Mo–Fr 8–16 Uhr)<br>Haltestelle Moltkestraße, Linien 1 und 7</address>
<p>Bitte kommen Sie nicht mit dem eigenen Auto: Am Behandlungstag dürfen Sie nicht selbst fahren.</p>
</main>
<footer>Impressum · Datenschutz</footer>
""", noise="cookie-de")

p("h5730", "https://clinica-levante.example/tienda/bono-5-sesiones", "clinic", False, "es",
  "cookie-wall-shop-url", "Bono 5 sesiones – Clínica Levante", """
<div id="cmp" style="position:fixed;inset:0;background:rgba(20,20,20,.8);z-index:999">
<div style="background:#fff;max-width:520px;margin:12% auto;padding:22px;border-radius:6px">
<p>En Clínica Levante (Valencia) realizamos infusiones de ketamina bajo supervisión de un anestesiólogo y seguimiento por psiquiatría. Para mostrarle los precios de nuestros bonos y gestionar su cita necesitamos su consentimiento para el uso de cookies.</p>
<button>Aceptar</button> <button>Rechazar</button> <a href="/politica-de-cookies">Más información</a>
</div>
</div>
<div id="tienda-root"></div>
""")

p("h5731", "https://ridgeviewketamine.example/checkout/deposit", "clinic", False, "en",
  "checkout-step-deposit", "Pay your deposit – Ridgeview Ketamine & Wellness", """
<div class="wrap">
<h2>Step 2 of 2 · Secure your appointment</h2>
<p>Thu, Jan 8 · 9:30 AM · Initial IV ketamine infusion · Ridgeview Ketamine &amp; Wellness, 220 Canyon Rd, Suite B</p>
<p>A $150 deposit holds your chair and is applied to your first infusion. Your medical intake with Dr. Patel must be completed before the visit. Cancel at least 48 hours ahead for a full refund.</p>
<form><input placeholder="Name on card"> <input placeholder="Card number"> <input placeholder="MM/YY"> <input placeholder="CVC"> <button>Pay $150 deposit</button></form>
<p class="tiny">Payments processed by Stripe. Questions? Call (505) 555-0119.</p>
</div>
""")

# ---------------------------------------------------------------- informational, html

p("h5737", "https://shop.vetsupplyco.example/catalog/anesthetics/ketamine-100mg-ml-10ml", "informational", False, "en",
  "vet-wholesaler-login-wall-shop-url", "Ketamine HCl Injection 100 mg/mL – VetSupplyCo", """
<header><a href="/">VetSupplyCo</a> <form><input placeholder="Search 14,000 products"></form> <a href="/account/login">Sign in</a> <a href="/cart">Cart</a></header>
<nav class="crumbs"><a href="/catalog">Catalog</a> › <a href="/catalog/anesthetics">Anesthetics</a> › Ketamine HCl Injection</nav>
<main>
<h1>Ketamine HCl Injection, USP 100 mg/mL, 10 mL multi-dose vial</h1>
<p class="schedule">C-III controlled substance</p>
<div class="locked"><p><b>Sign in to see pricing and availability.</b> Controlled products can only be ordered by licensed veterinary practices with a valid DEA registration and state license on file; a signed DEA Form 222 is not required for Schedule III, but your registration is verified before every shipment.</p>
<a class="btn" href="/account/login">Sign in</a> <a href="/account/apply">Open a practice account</a></div>
</main>
<footer>VetSupplyCo Distribution, Inc. · Licensed wholesale distributor · Not for sale to the public</footer>
""")

p("h5738", "https://www.landesgesundheitsamt.example/warnungen/ketamin-online-angebote", "informational", False, "de",
  "government-warning-thin", "Warnung: Ketamin aus dem Internet", """
<header><a href="/">Landesgesundheitsamt</a> <nav><a href="/themen">Themen</a> <a href="/warnungen">Warnungen</a> <a href="/presse">Presse</a> <a href="/leichte-sprache">Leichte Sprache</a></nav></header>
<main>
<h1>Warnung: Ketamin und Esketamin aus dem Internet</h1>
<p>Stand: 02.12.2026</p>
<p>Uns erreichen vermehrt Hinweise auf Webseiten und Telegram-Kanäle, die Ketamin, Esketamin-Nasenspray oder sogenannte „Research Chemicals" wie 2-FDCK ohne Rezept und gegen Bitcoin verkaufen. Solche Produkte sind oft falsch dosiert oder verunreinigt; der Kauf kann strafbar sein. Sprechen Sie bei Depressionen mit Ihrer Ärztin oder Ihrem Arzt.</p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/barrierefreiheit">Barrierefreiheit</a></footer>
""")

p("h5739", "https://ketadep-studio.example/", "informational", False, "it",
  "coming-soon-trial", "Studio KETA-DEP – in arrivo", """
<div class="center">
<h1>Studio KETA-DEP</h1>
<p>Stiamo preparando il sito dello studio clinico multicentrico sulla ketamina sublinguale nella depressione resistente. Il reclutamento aprirà nella primavera 2027 presso i centri universitari partecipanti; la partecipazione è gratuita e non prevede alcuna vendita di farmaci.</p>
<p>Per informazioni: segreteria.ketadep@ateneo.example</p>
<p><small>Protocollo approvato dal Comitato Etico Territoriale · Registrazione EU CT in corso</small></p>
</div>
""")

p("h5740", "https://farmaciamagistral-porto.example/loja/manipulados", "informational", False, "pt",
  "compounding-pharmacy-shop-url", "Manipulados – Farmácia Magistral do Porto", """
<header><a href="/">Farmácia Magistral do Porto</a>
<nav><a href="/loja">Loja</a> <a href="/loja/manipulados">Manipulados</a> <a href="/loja/dermocosmetica">Dermocosmética</a> <a href="/enviar-receita">Enviar receita</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Medicamentos manipulados</h1>
<p>Preparamos formulações magistrais, incluindo preparações com cetamina para dor crónica, exclusivamente mediante receita médica válida. Envie a sua receita; o farmacêutico confirma a prescrição com o médico antes da preparação e só depois enviamos o orçamento e o link de pagamento.</p>
<p>Entregas em mão na farmácia ou por correio registado com assinatura. Diretora técnica: Dra. Helena Matos.</p>
</main>
<footer>Licença INFARMED n.º 0000 · Livro de reclamações</footer>
""", noise="cookie-pt")

save(OUT, R)
