# Batch 122 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Whose page is it?". Pages where the owner is the question: clinics' and telehealth services'
# own pages that read like articles (news roundups, research summaries, policy explainers, FAQs about
# scams and the law, patient stories), hospital newsrooms announcing their own esketamine service, a
# university clinic that both treats and researches, a practice profile on a booking platform, a
# telehealth company's help centre -- set next to pages by others about the same kind of providers
# (news features, directory listings, a review site, an insurer's coverage policy, a research group,
# a law firm, a forum), and sellers that borrow a provider's page layout (newsroom, booking profile,
# help centre, patient story, research digest, scam FAQ, practice profile, classifieds, social bio).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages and a
# few short plain-text excerpts (ext="txt").
# Author: independent. Date: 2026-12-07.
# Run: python3 batch122.py (writes batch122/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch122")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers borrowing a provider's layout

p("h12201", "https://ketaminewellnessjournal.example/news/october-roundup", "seller", True, "en",
  "shop-disguised-as-clinic-news-roundup", "Ketamine News Roundup: October | The Ketamine Wellness Journal", """
<header>
<div class="promo-strip">Reader offer: 12% off every order this week with code JOURNAL12 &middot; Tracked &amp; discreet worldwide delivery</div>
<a class="brand" href="/">The Ketamine Wellness Journal</a>
<nav><a href="/news">News</a> <a href="/research">Research</a> <a href="/guides">Guides</a> <a href="/store">Store</a> <a href="/cart">Basket (0)</a></nav>
</header>
<main>
<article>
<p class="kicker">Monthly roundup &middot; posted by the editorial team</p>
<h1>Ketamine in the news this October: five stories worth your time</h1>
<p>Every month our editors sift through the headlines so you don't have to. Here is what caught our eye.</p>
<h2>1. Another state widens access to infusion therapy</h2>
<p>Lawmakers debated whether nurse practitioners should be allowed to supervise infusions. Supporters
say waiting lists are months long; critics worry about oversight. Either way, the message is clear:
people want ketamine and the system is too slow to give it to them.</p>
<h2>2. New review on sublingual dosing</h2>
<p>A review article summarised small studies on lozenges and sprays. The authors called for larger
trials. We call for common sense: if it works for you, why wait for permission?</p>
<h2>3. Price of clinic infusions keeps climbing</h2>
<p>A single infusion in many cities now costs between $450 and $800. A six-session course can pass
$4,000. Compare that with our store below.</p>
<h2>4. Esketamine spray shortages</h2>
<p>Readers tell us their pharmacies keep running out. Our stock is steady.</p>
<h2>5. Festival season is over &ndash; time to reset</h2>
<p>Lower doses, quiet room, good music. Our guide to a calm home session is linked at the end.</p>
<aside class="shop-box">
<h3>From the Journal store</h3>
<table>
<tr><th>Product</th><th>Size</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl crystal (pharma grade)</td><td>5 g</td><td>$140</td><td><a href="/store/crystal-5g?add=1">Add to basket</a></td></tr>
<tr><td>Ketamine HCl crystal (pharma grade)</td><td>10 g</td><td>$250</td><td><a href="/store/crystal-10g?add=1">Add to basket</a></td></tr>
<tr><td>Ketamine 50 mg/ml solution, 10 ml vial</td><td>5 vials</td><td>$180</td><td><a href="/store/vial-5?add=1">Add to basket</a></td></tr>
<tr><td>Nasal spray bottle, pre-filled</td><td>1</td><td>$95</td><td><a href="/store/spray?add=1">Add to basket</a></td></tr>
</table>
<p>No prescription or doctor's letter required. Payment by card, Bitcoin or Monero. Parcels ship in
plain packaging; if a parcel is seized we reship once for free.</p>
</aside>
</article>
<aside class="sidebar">
<h4>Popular this month</h4>
<ul><li><a href="/guides/home-session">A calm home session</a></li><li><a href="/guides/dosing">Dosing by body weight</a></li><li><a href="/store">Shop the range</a></li></ul>
</aside>
</main>
<footer><p>&copy; The Ketamine Wellness Journal. Articles are for education. Products sold for research and personal wellness.</p></footer>
""", noise="cookie")

p("h12202", "https://stmaryshealthnews.example/newsroom/esketamine-home-program", "seller", True, "en",
  "fake-hospital-newsroom-press-release", "Newsroom | St. Mary's Health launches at-home esketamine programme", """
<header class="newsroom-head">
<a href="/">St. Mary's Health &mdash; Newsroom</a>
<nav><a href="/newsroom">Press releases</a> <a href="/newsroom/media">Media kit</a> <a href="/order">Order online</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<p class="dateline">FOR IMMEDIATE RELEASE</p>
<h1>St. Mary's Health launches at-home esketamine programme &ndash; no appointment necessary</h1>
<p class="lede">Patients can now receive esketamine nasal spray directly at home, skipping long clinic
waiting lists, the hospital group announced today.</p>
<p>&ldquo;We believe nobody should wait eight weeks to feel better,&rdquo; said a spokesperson. &ldquo;Our
programme removes the barriers: no referral, no clinic visit, no insurance paperwork.&rdquo;</p>
<h2>How the programme works</h2>
<ol>
<li>Choose a pack on our order page (28 mg, 56 mg or 84 mg devices).</li>
<li>Fill in the short wellbeing form &ndash; every order is approved the same day.</li>
<li>Pay by card, Zelle or cryptocurrency.</li>
<li>Your devices ship in an unmarked box within 24 hours.</li>
</ol>
<h2>Pricing</h2>
<ul>
<li>Starter pack, 2 x 28 mg devices: $390</li>
<li>Standard pack, 4 x 28 mg devices: $720</li>
<li>Maintenance pack, 8 x 28 mg devices: $1,320</li>
</ul>
<p>Media and patients with questions can reach the programme desk on WhatsApp at +1 555 0143 or on
Telegram @stmarys_esk.</p>
<p class="boilerplate"><strong>About St. Mary's Health.</strong> St. Mary's Health is committed to bringing
modern mental-health treatment to everyone, everywhere.</p>
</main>
<footer><p>&copy; St. Mary's Health Newsroom &middot; <a href="/order">Order now</a></p></footer>
""")

p("h12203", "https://bookadoc-connect.example/provider/dr-lena-hart-ketamine", "seller", True, "en",
  "fake-booking-platform-practice-profile", "Dr. Lena Hart, Ketamine Specialist | BookaDoc Connect", """
<header>
<a class="logo" href="/">BookaDoc Connect</a>
<form class="search"><input placeholder="Specialty, condition or doctor"><button>Search</button></form>
<nav><a href="/for-providers">List your practice</a> <a href="/login">Sign in</a></nav>
</header>
<main class="profile">
<div class="card">
<img src="/img/p/4412.jpg" alt="">
<h1>Dr. Lena Hart</h1>
<p class="spec">Ketamine specialist &middot; Mood &amp; pain</p>
<p class="rating">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 (1,204 reviews)</p>
</div>
<section>
<h2>About</h2>
<p>I help people across the country access ketamine without the red tape. There is no need for a
video call or an office visit &ndash; just tell me what you need and I take care of the rest.</p>
</section>
<section class="services">
<h2>Services &amp; prices</h2>
<ul>
<li>Ketamine troches 100 mg x 20 &mdash; $210, shipped</li>
<li>Ketamine nasal spray 10 ml &mdash; $160, shipped</li>
<li>Injectable ketamine 500 mg/10 ml &mdash; $120 per vial, minimum 3 vials</li>
</ul>
<p>Order by WhatsApp: +44 7700 900311. Payment via Bitcoin, Cash App or Apple gift cards.
Ships from inside the US, the UK and the EU; no prescription needed.</p>
</section>
<section class="availability">
<h2>Next available</h2>
<p>Orders are answered within one hour, 7 days a week.</p>
</section>
</main>
<footer><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; BookaDoc Connect</footer>
""")

p("h12204", "https://help.calmscript-online.example/articles/how-approval-works", "seller", True, "en",
  "fake-telehealth-help-centre-auto-approval", "How does approval work? | CalmScript Help Centre", """
<header>
<a href="/">CalmScript Help Centre</a>
<form><input placeholder="Search articles"></form>
<nav><a href="/categories/orders">Orders</a> <a href="/categories/shipping">Shipping</a> <a href="/categories/payments">Payments</a></nav>
</header>
<main>
<p class="crumbs">Help Centre &rsaquo; Orders &rsaquo; How does approval work?</p>
<h1>How does approval work?</h1>
<p>Updated 3 days ago</p>
<p>At CalmScript we keep things simple. When you place an order for ketamine lozenges or nasal spray,
you complete a 6-question form at checkout. Our system checks the answers instantly and your order is
approved automatically. There is no video call and nobody will phone you.</p>
<h2>Can I be refused?</h2>
<p>In practice, no. Since 2023 we have approved 100% of completed forms. If your answers are
incomplete, our support bot will help you fix them.</p>
<h2>Do I need a prescription from my own doctor?</h2>
<p>No. You do not need a prescription and we don't contact your GP.</p>
<h2>How long until it ships?</h2>
<p>Approved orders ship the same or next business day, in discreet outer packaging with no mention of
the contents. International orders are welcome.</p>
<h2>Related articles</h2>
<ul>
<li><a href="/articles/paying-with-crypto">Paying with crypto for a 10% discount</a></li>
<li><a href="/articles/reship-policy">What happens if customs holds my parcel?</a></li>
<li><a href="/articles/bulk-pricing">Bulk pricing for 3-month supplies</a></li>
</ul>
<p class="feedback">Was this article helpful? <button>Yes</button> <button>No</button></p>
</main>
<footer>&copy; CalmScript &middot; <a href="https://calmscript-online.example/shop">Back to shop</a></footer>
""", noise="cookie")

p("h12205", "https://brightpathmind.example/stories/my-first-month", "seller", True, "en",
  "patient-story-doorway-to-no-rx-shop", "My first month with ketamine: Dana's story | BrightPath Mind", """
<header><a href="/">BrightPath Mind</a> <nav><a href="/stories">Patient stories</a> <a href="/about">About</a></nav></header>
<main>
<article>
<h1>&ldquo;I stopped waiting for permission&rdquo;: Dana's first month</h1>
<p class="meta">Patient stories &middot; 7 min read</p>
<p>Dana, 34, had tried four antidepressants in six years. When her psychiatrist mentioned ketamine, the
nearest clinic quoted a three-month wait and a $3,600 course she couldn't afford.</p>
<p>&ldquo;I was done with gatekeepers,&rdquo; she says. &ldquo;A friend sent me the link to a shop that
ships ketamine troches without a prescription. The order took five minutes.&rdquo;</p>
<p>Dana describes her first session as &ldquo;like the volume of my thoughts being turned down.&rdquo; By
week three she was sleeping through the night.</p>
<blockquote>&ldquo;I wish someone had told me sooner that you can just order it.&rdquo;</blockquote>
<h2>Want to start your own story?</h2>
<p>We partner with the same shop Dana used. Readers of BrightPath Mind get 15% off with code
BRIGHTPATH at <a href="https://ketatroche-direct.example/?ref=brightpath">KetaTroche Direct</a> &ndash;
no doctor's visit, no prescription, shipped in unbranded packaging.</p>
<p><a class="button" href="https://ketatroche-direct.example/?ref=brightpath">Order with the reader discount</a></p>
<p class="disclosure">We may earn a commission when you buy through our links.</p>
</article>
</main>
<footer>BrightPath Mind &middot; Real stories of healing</footer>
""")

p("h12206", "https://kvendorfaq.example/is-this-legal", "seller", True, "en",
  "vendor-scam-and-law-faq", "Is it legal? Are you a scam? | Honest answers from K-Direct", """
<main>
<h1>Your questions about scams and the law, answered honestly</h1>
<p>We know buying online makes people nervous. There are a lot of fake sites out there. Here are the
questions our customers ask most.</p>
<h3>Are you a scam?</h3>
<p>No. We have shipped more than 9,000 orders since 2021. Check our reviews on the forums. Scam sites
ask for payment up front and disappear; we offer tracking on every parcel and a reship if anything
gets lost.</p>
<h3>Is it legal to buy ketamine without a prescription?</h3>
<p>Laws differ by country. In most places ketamine is a controlled medicine. We cannot give legal
advice, but we have never had a customer prosecuted for a personal-size order. Our packaging is
vacuum-sealed and declared as &ldquo;cosmetic samples&rdquo;.</p>
<h3>How do I pay?</h3>
<p>We accept BTC, LTC and XMR. Card payments are not possible because banks block this category.</p>
<h3>What are your prices?</h3>
<p>1 g $38 &middot; 5 g $150 &middot; 10 g $270 &middot; 25 g $600. Prices include stealth shipping.</p>
<h3>How do I order?</h3>
<p>Message us on Telegram at @kdirect_support with the amount and your address. You will get a wallet
address and an order number.</p>
</main>
""")

p("h12207", "https://socialbio.example/@dr.k.wellness", "seller", True, "en",
  "social-bio-clinic-vibes-txt", "dr.k.wellness", """
dr.k.wellness | "ketamine clinic" energy without the clinic
Licensed-feeling care, zero paperwork. Troches, spray, crystal.
DM or Telegram @drkwell_orders, ships worldwide in 48h, stealth guaranteed, BTC/CashApp
Link in bio -> menu + prices
""", ext="txt")

p("h12208", "https://arylchem-digest.example/research/arylcyclohexylamine-summary", "seller", True, "en",
  "research-chemical-vendor-research-summary", "Research Summary: Arylcyclohexylamines | ArylChem Digest", """
<header><a href="/">ArylChem Digest</a> <nav><a href="/research">Research summaries</a> <a href="/catalogue">Catalogue</a> <a href="/checkout">Checkout</a></nav></header>
<main>
<article>
<h1>Research summary: ketamine and its newer analogues</h1>
<p class="byline">Compiled by the ArylChem science desk</p>
<h2>Background</h2>
<p>Ketamine is an NMDA-receptor antagonist first synthesised in 1962. Over the last decade, a number of
structural analogues have appeared in the research literature and on the grey market, including
2-fluorodeschloroketamine (2F-DCK), deschloroketamine (DCK) and methoxetamine (MXE).</p>
<h2>What the papers say</h2>
<p>Most published data on the analogues are case reports from poison centres and a handful of rodent
studies. Potency and duration differ considerably from ketamine; some compounds last several hours.</p>
<h2>Limitations</h2>
<p>Human data are scarce. Analytical confirmation of purity is essential for any research use.</p>
</article>
<section class="catalogue-teaser">
<h2>Available from our catalogue</h2>
<ul>
<li>2F-DCK, 99.6% HPLC &mdash; 5 g &euro;75 &middot; 10 g &euro;130 &middot; 50 g &euro;520</li>
<li>DCK, crystalline &mdash; 5 g &euro;80 &middot; 10 g &euro;140</li>
<li>MXE, 1 g reference sample &mdash; &euro;45</li>
</ul>
<p>All products are sold strictly for laboratory research and are not for human consumption. No
registration or licence number needed; EU and UK shipping from an EU warehouse, payment by SEPA or crypto.</p>
<p><a href="/catalogue/2f-dck">Shop 2F-DCK</a></p>
</section>
</main>
<footer>ArylChem Digest &middot; Research chemicals for in-vitro use only</footer>
""", noise="cookie")

p("h12209", "https://clinicaserenamente.example/noticias/ketamina-en-casa", "seller", True, "es",
  "tienda-con-plantilla-de-clinica-noticias", "Noticias | Clínica SerenaMente — Ketamina en casa", """
<header>
<a class="logo" href="/">Clínica SerenaMente</a>
<nav><a href="/">Inicio</a> <a href="/noticias">Noticias</a> <a href="/equipo">Equipo</a> <a href="/tienda">Tienda</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<article>
<p class="fecha">Noticias &middot; 14 de noviembre</p>
<h1>La ketamina llega a casa: así funciona nuestro nuevo servicio</h1>
<p>Cada vez más estudios confirman el efecto rápido de la ketamina sobre el ánimo. Pero las listas de
espera en la sanidad pública siguen siendo largas. Por eso hemos creado un servicio para que recibas
el tratamiento directamente en tu domicilio.</p>
<h2>¿Necesito receta?</h2>
<p>No. No hace falta receta ni informe médico. Solo tienes que elegir el formato y escribirnos.</p>
<h2>Formatos y precios</h2>
<ul>
<li>Ketamina en polvo, 5 g: 160 &euro;</li>
<li>Ketamina líquida, vial 10 ml: 65 &euro;</li>
<li>Pack mensual (3 viales + jeringas): 180 &euro;</li>
</ul>
<h2>Pago y envío</h2>
<p>Aceptamos Bizum, transferencia y bitcoin. Envío discreto en 24-48 h a toda España y Portugal, sin
remitente. Si Correos retiene el paquete, lo reenviamos gratis.</p>
<p>Pedidos por WhatsApp: +34 600 000 412</p>
</article>
</main>
<footer>&copy; Clínica SerenaMente &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h12210", "https://praxisfinder-de.example/praxis/ketamin-zentrum-berlin-mitte", "seller", True, "de",
  "falsches-praxisprofil-auf-arztportal", "Ketamin-Zentrum Berlin Mitte – Praxisprofil | PraxisFinder", """
<header>
<a href="/">PraxisFinder</a>
<form><input placeholder="Fachgebiet, Name, Ort"><button>Suchen</button></form>
</header>
<main>
<h1>Ketamin-Zentrum Berlin Mitte</h1>
<p class="note">Profil vom Anbieter gepflegt &middot; 4,8 von 5 Sternen (312 Bewertungen)</p>
<section>
<h2>Über uns</h2>
<p>Wir bringen Ketamin dorthin, wo es gebraucht wird &ndash; zu Ihnen nach Hause. Ein Praxisbesuch ist
nicht nötig, ein Rezept auch nicht. Sie bestellen, wir versenden.</p>
</section>
<section>
<h2>Leistungen &amp; Preise</h2>
<table>
<tr><td>Ketamin-Nasenspray 10 ml</td><td>149 &euro;</td></tr>
<tr><td>Esketamin-Nasenspray (Importware) 3 Geräte</td><td>390 &euro;</td></tr>
<tr><td>Ketamin-Lutschtabletten 25 Stück</td><td>179 &euro;</td></tr>
</table>
<p>Versand per DHL in neutraler Verpackung, auch an Packstationen. Bezahlung per Vorkasse, PayPal
Freunde oder Bitcoin. Bestellung und Beratung nur über Telegram: @ketaberlin_bestellung.</p>
</section>
<section>
<h2>Öffnungszeiten</h2>
<p>Bestellannahme rund um die Uhr.</p>
</section>
</main>
<footer>PraxisFinder &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h12211", "https://centre-ketamine-lumiere.example/actualites/nouveau-protocole", "seller", True, "fr",
  "faux-centre-page-actualites-telegram", "Actualités – Centre Kétamine Lumière", """
<header><a href="/">Centre Kétamine Lumière</a> <nav><a href="/actualites">Actualités</a> <a href="/protocoles">Protocoles</a> <a href="/commander">Commander</a></nav></header>
<main>
<article>
<h1>Nouveau protocole à domicile : la kétamine sans rendez-vous</h1>
<p>Nos lecteurs nous le demandent depuis des mois : comment profiter des bienfaits de la kétamine sans
passer par l'hôpital ? Nous avons mis au point un protocole simple, à suivre chez soi.</p>
<h2>Ce que contient le kit</h2>
<p>Deux flacons de kétamine injectable (500 mg/10 ml), seringues, tampons et un guide de dosage en
PDF. Prix du kit : 210 &euro;. Kit double : 380 &euro;.</p>
<h2>Faut-il une ordonnance ?</h2>
<p>Non, aucune ordonnance n'est demandée. Nous ne posons pas de questions sur votre santé.</p>
<h2>Comment commander</h2>
<p>Envoyez « KIT » sur Telegram à @lumiere_k ou sur Signal. Paiement en crypto ou carte cadeau
Transcash. Livraison discrète en France, Belgique et Suisse sous 72 h.</p>
</article>
</main>
<footer>Centre Kétamine Lumière &middot; Tous droits réservés</footer>
""", noise="cookie-fr")

p("h12212", "https://tweedehands-markt.example/a/gezondheid/ketamine-restvoorraad-kliniek-9921", "seller", True, "nl",
  "advertentie-restvoorraad-kliniek", "Ketamine restvoorraad kliniek – Gezondheid | Tweedehands Markt", """
<header><a href="/">Tweedehands Markt</a> <nav><a href="/plaats">Plaats advertentie</a> <a href="/berichten">Berichten</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Gezondheid &amp; verzorging &rsaquo; Overig</p>
<h1>Ketamine restvoorraad kliniek</h1>
<p class="prijs">&euro; 45,00 per flacon</p>
<p class="plaats">Rotterdam &middot; geplaatst vandaag</p>
<div class="omschrijving">
<p>Restvoorraad van een gesloten behandelkliniek. Ketamine 50 mg/ml, flacons van 10 ml, houdbaar tot
2027, verzegeld. Ook een paar esketamine neussprays beschikbaar.</p>
<p>Geen recept nodig. Ophalen in Rotterdam of verzenden via PostNL in neutrale doos. Vanaf 5 flacons
&euro; 40 per stuk. Betalen via Tikkie of crypto.</p>
<p>Reageer via WhatsApp 06-00000732, niet via de berichtenfunctie.</p>
</div>
<p class="adverteerder">Adverteerder: kliniek_voorraad &middot; actief sinds 2 weken</p>
</main>
<footer>Tweedehands Markt &middot; Veilig handelen &middot; Voorwaarden</footer>
""", noise="cookie-nl")

p("h12213", "https://teleconsulta-renova.example/como-funciona", "seller", True, "pt",
  "falsa-teleconsulta-aprovacao-automatica", "Como funciona | Renova Teleconsulta", """
<header><a href="/">Renova Teleconsulta</a> <nav><a href="/como-funciona">Como funciona</a> <a href="/planos">Planos</a> <a href="/depoimentos">Depoimentos</a> <a href="/comprar">Comprar</a></nav></header>
<main>
<h1>Cetamina e escetamina em casa, em 3 passos</h1>
<ol>
<li><strong>Responda ao questionário.</strong> São 5 perguntas rápidas, sem videochamada.</li>
<li><strong>Aprovação automática.</strong> O sistema libera o seu pedido na hora &ndash; não precisa de receita.</li>
<li><strong>Receba em casa.</strong> Envio discreto pelos Correios, embalagem sem identificação.</li>
</ol>
<h2>Planos</h2>
<ul>
<li>Spray nasal de cetamina 10 ml &ndash; R$ 690</li>
<li>Escetamina spray, kit com 2 dispositivos &ndash; R$ 1.890</li>
<li>Plano trimestral (3 sprays) &ndash; R$ 1.790</li>
</ul>
<p>Pagamento via Pix, boleto ou USDT. Dúvidas e pedidos pelo WhatsApp (11) 90000-0455.</p>
<p class="aviso">Atendimento em todo o Brasil e envio para Portugal.</p>
</main>
<footer>Renova Teleconsulta &middot; CNPJ em atualização</footer>
""", noise="cookie-pt")

p("h12214", "https://forum-benessere.example/t/esperienze-cliniche-ketamina/4471?page=3#post-58", "seller", True, "it",
  "post-venditore-in-discussione-forum-txt", "Esperienze cliniche ketamina - pagina 3", """
Messaggio #58 di utente "farmavet_k":
Per chi si lamenta dei costi delle cliniche: vendo ketamina liquida veterinaria, flaconi da 10 ml sigillati, 40 euro l'uno, spedizione anonima in tutta Italia.
Niente ricetta. Pagamento PayPal amici o ricarica Postepay. Scrivetemi in privato o su Telegram @farmavet_k.
""", ext="txt")

# ---------------------------------------------------------------- telehealth services' own pages

p("h12215", "https://help.stillwatermind.example/hc/en-us/articles/360-what-happens-at-my-evaluation", "telehealth", False, "en",
  "telehealth-help-centre-evaluation-article", "What happens at my evaluation? – Stillwater Mind Help Center", """
<header class="hc-header">
<a href="https://stillwatermind.example/">Stillwater Mind</a> <span>Help Center</span>
<form class="hc-search"><input placeholder="How can we help?"></form>
<nav><a href="https://stillwatermind.example/start">Get started</a> <a href="https://app.stillwatermind.example/login">Patient login</a></nav>
</header>
<div class="hc-layout">
<aside class="hc-nav">
<h4>Getting started</h4>
<ul>
<li><a href="#">Am I eligible?</a></li>
<li><strong>What happens at my evaluation?</strong></li>
<li><a href="#">Which states do you serve?</a></li>
<li><a href="#">Using HSA/FSA funds</a></li>
</ul>
<h4>Treatment</h4>
<ul><li><a href="#">Preparing your space</a></li><li><a href="#">Your monitor</a></li><li><a href="#">Blood pressure cuff</a></li></ul>
<h4>Prescriptions &amp; pharmacy</h4>
<ul><li><a href="#">Who fills my prescription?</a></li><li><a href="#">Delivery and signature</a></li></ul>
</aside>
<main class="hc-article">
<h1>What happens at my evaluation?</h1>
<p class="updated">Updated 2 months ago &middot; 4 min read</p>
<p>Your first appointment is a 60-minute video visit with one of our licensed psychiatric clinicians
(a board-certified psychiatrist or a psychiatric nurse practitioner licensed in your state). Nothing
is prescribed before this visit, and not every evaluation ends with a ketamine prescription.</p>
<h2>Before the visit</h2>
<ul>
<li>Complete the PHQ-9 and GAD-7 questionnaires in your portal.</li>
<li>Upload a photo ID and a list of your current medications.</li>
<li>Authorise us to request records from your therapist or primary care provider, if you have one.</li>
</ul>
<h2>During the visit</h2>
<p>Your clinician reviews your psychiatric and medical history, current medications, substance use,
blood pressure readings and any history of psychosis, uncontrolled hypertension or pregnancy, which may
mean at-home treatment isn't right for you. If ketamine isn't appropriate, we'll tell you why and, where
possible, suggest an in-person clinic or another treatment.</p>
<h2>After the visit</h2>
<p>If your clinician prescribes sublingual ketamine, the prescription goes to our partner, a licensed
503A compounding pharmacy, which ships to your home with adult signature required. You'll also be asked
to name a sitter (a trusted adult) for your first sessions. Follow-up video visits happen after your
second session and then every four weeks.</p>
<h2>Who will I see?</h2>
<p>You can read the bios and licence numbers of every clinician on our <a href="https://stillwatermind.example/clinicians">care team page</a>.</p>
<div class="hc-vote">Was this article helpful? <button>Yes</button> <button>No</button> &middot; 1,092 out of 1,180 found this helpful</div>
<p class="hc-related">Related: <a href="#">Can I be refused treatment?</a> &middot; <a href="#">What if I have a bad session?</a></p>
</main>
</div>
<footer>&copy; Stillwater Mind Health, PC and affiliated professional entities &middot; <a href="#">Privacy</a> &middot; <a href="#">Terms</a> &middot; If you are in crisis, call or text 988.</footer>
""", noise="cookie")

p("h12216", "https://www.nimbuspsychiatry.example/blog/ketamine-news-november", "telehealth", False, "en",
  "telehealth-blog-news-roundup", "Ketamine news, November: what changed and what it means for you | Nimbus Psychiatry", """
<header>
<a class="logo" href="/">Nimbus Psychiatry</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/blog">Blog</a> <a class="cta" href="/book">Book an evaluation</a></nav>
</header>
<main>
<article>
<p class="tag">From the Nimbus clinical team</p>
<h1>Ketamine news, November: what changed and what it means for you</h1>
<p class="by">By Priya Raman, MD, Medical Director &middot; reviewed by Jonah Weiss, PMHNP-BC</p>
<p>Each month our clinical team summarises the ketamine headlines our patients ask about. We link to
the original sources and say clearly where we have a stake in the story.</p>
<h2>The DEA's telemedicine rules were extended again</h2>
<p>The temporary flexibilities that allow controlled-substance prescribing after a video visit have
been extended. For Nimbus patients nothing changes: you still meet your clinician by video before any
prescription, and you still see them regularly after that.</p>
<h2>A new study on at-home sublingual ketamine</h2>
<p>An observational study of several thousand at-home patients reported improvement in depression
scores and low rates of serious adverse events. It had no control group and was funded by a telehealth
company (not us). We think it is encouraging but not proof.</p>
<h2>Reports of online sellers posing as clinics</h2>
<p>Several news outlets covered websites that ship ketamine without an evaluation. If a site offers to
send you ketamine after a quick form, with no video visit, that is not a medical service. Read our
guide on <a href="/blog/spotting-fake-telehealth">how to spot a fake provider</a>.</p>
<div class="cta-box">
<p>Wondering whether ketamine could help you? Nimbus clinicians see adults in 19 states by video.
Your evaluation is $249; if ketamine isn't right for you, we'll talk through other options.</p>
<a href="/book">Book an evaluation</a>
</div>
</article>
<aside><h4>Recent posts</h4><ul><li><a href="#">What a sitter does</a></li><li><a href="#">Integration therapy, explained</a></li></ul></aside>
</main>
<footer>Nimbus Psychiatry, P.A. &middot; Licensed clinicians in AZ, CO, FL, IL, NY, TX and 13 more states &middot; In crisis? Call or text 988.</footer>
""", noise="cookie")

p("h12217", "https://haventelepsych.example/safety/online-ketamine-scams", "telehealth", False, "en",
  "telehealth-scam-and-law-faq", "Online ketamine scams: how to protect yourself | Haven TelePsych", """
<header><a href="/">Haven TelePsych</a> <nav><a href="/treatments">Treatments</a> <a href="/team">Our prescribers</a> <a href="/safety">Safety</a> <a href="/start">Start your evaluation</a></nav></header>
<main>
<h1>Scams, the law and ketamine: a plain-language FAQ</h1>
<p>We get emails every week from people who paid a website for ketamine and received nothing, or
received something they didn't trust. Here is what we tell them.</p>
<h3>Is it legal to buy ketamine online?</h3>
<p>In the United States ketamine is a Schedule III controlled substance. It can only be dispensed
with a valid prescription from a DEA-registered prescriber who has evaluated you. Buying it without a
prescription is illegal and the product is unregulated.</p>
<h3>How do I tell a real telehealth service from a seller?</h3>
<ul>
<li>A real service names its prescribers and their licences. Ours are listed <a href="/team">here</a>.</li>
<li>You meet a clinician by live video before anything is prescribed.</li>
<li>The medication comes from a licensed pharmacy, with your name on the label.</li>
<li>No one asks you to pay in crypto, gift cards or through WhatsApp.</li>
</ul>
<h3>Someone is using Haven's name to sell ketamine. What do I do?</h3>
<p>We never sell ketamine through social media or messaging apps. Report impersonation to
safety@haventelepsych.example and to the FDA's BeSafeRx programme.</p>
<h3>How does Haven work?</h3>
<p>After a 45-minute video evaluation, a Haven psychiatrist or nurse practitioner decides whether
ketamine is appropriate. If it is, your prescription is sent to a partner pharmacy that ships to you.
Your monthly membership ($199) covers follow-up visits and messaging with your care team.</p>
</main>
<footer>Haven TelePsych Medical Group &middot; <a href="/privacy">Privacy</a> &middot; Crisis line: 988</footer>
""")

p("h12218", "https://www.mendwell-health.example/research/what-the-evidence-says", "telehealth", False, "en",
  "telehealth-research-summary-by-medical-director", "What the evidence says about at-home ketamine | Mendwell", """
<header>
<a href="/">Mendwell</a>
<nav><a href="/how-it-works">How it works</a> <a href="/research">Research</a> <a href="/providers">Providers</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">Get started</a></nav>
</header>
<main>
<article class="research">
<h1>What the evidence says about at-home ketamine</h1>
<p class="byline">Written by Dr. Marcus Ellery, MD, Chief Medical Officer. Mendwell provides at-home
ketamine treatment; read this summary with that in mind.</p>
<h2>Intravenous ketamine</h2>
<p>Randomised trials since 2000 show that a single IV infusion can reduce depressive symptoms within
24 hours in treatment-resistant depression, with effects that usually fade over one to two weeks
without repeat dosing.</p>
<h2>Esketamine nasal spray</h2>
<p>Esketamine is approved for treatment-resistant depression alongside an oral antidepressant, and it
must be given in a certified healthcare setting with two hours of monitoring. Mendwell does not
provide esketamine; if it's a better fit, we help you find a certified centre.</p>
<h2>Oral and sublingual ketamine</h2>
<p>The evidence here is thinner: small trials, open-label studies and large observational cohorts. Oral
bioavailability is lower and more variable. This is why our clinicians start low, check in after each
early session and adjust slowly.</p>
<h2>What we don't know yet</h2>
<ul><li>Long-term effects of repeated dosing over years.</li><li>Bladder toxicity risk at therapeutic doses.</li><li>Who benefits most.</li></ul>
<h2>How Mendwell uses this</h2>
<p>Every patient has a video assessment with a licensed clinician before a prescription is considered,
plus screening for conditions that make home treatment unsafe. Prescriptions are filled by a licensed
pharmacy partner.</p>
<h3>References</h3>
<ol class="refs"><li>Berman RM et al. Biol Psychiatry. 2000.</li><li>Zarate CA et al. Arch Gen Psychiatry. 2006.</li><li>Daly EJ et al. JAMA Psychiatry. 2018.</li></ol>
</article>
</main>
<footer>&copy; Mendwell Health &middot; Clinical services provided by Mendwell Medical Group, P.C.</footer>
""", noise="cookie")

p("h12219", "https://lanternmind.example/stories/rafael", "telehealth", False, "en",
  "telehealth-patient-story-excerpt-txt", "Rafael's story | Lantern Mind", """
Rafael, a paramedic in Ohio, met his Lantern Mind nurse practitioner over video three times before she
prescribed sublingual ketamine; his first dose arrived from the partner pharmacy a week later and he
took it with his wife as his sitter, then logged his mood scores in the app before the next check-in.
"The video visits felt more thorough than some in-person appointments I've had," he says.
""", ext="txt")

p("h12220", "https://www.psyche-online-praxis.example/behandlungen/esketamin", "telehealth", False, "de",
  "online-psychiatrie-esketamin-ueberweisung", "Esketamin – Online-Psychiatrie Praxis Dr. Brandt", """
<header>
<a href="/">Psyche Online &middot; Praxis Dr. med. Helena Brandt</a>
<nav><a href="/ablauf">Ablauf</a> <a href="/behandlungen">Behandlungen</a> <a href="/team">Team</a> <a href="/kosten">Kosten</a> <a href="/termin">Videotermin buchen</a></nav>
</header>
<main>
<h1>Esketamin bei therapieresistenter Depression</h1>
<p>Viele Patientinnen und Patienten fragen uns nach Esketamin (Nasenspray). Hier erklären wir, was
unsere Online-Praxis dabei leisten kann und was nicht.</p>
<h2>Was wir machen</h2>
<p>In einer ausführlichen Video-Sprechstunde (50 Minuten) prüft Dr. Brandt, Fachärztin für
Psychiatrie und Psychotherapie, ob eine therapieresistente Depression vorliegt und ob Esketamin
infrage kommt. Wir sehen Ihre Vorbefunde durch und besprechen Alternativen.</p>
<h2>Was wir nicht machen</h2>
<p>Esketamin darf nur unter Aufsicht in einer Praxis oder Klinik angewendet werden; nach jeder Gabe
werden Sie dort etwa zwei Stunden überwacht. Deshalb verschreiben und versenden wir kein Esketamin.
Wenn die Behandlung sinnvoll ist, überweisen wir Sie an eine unserer Partnerpraxen in Hamburg, Köln
oder München und bleiben für die psychiatrische Begleitung per Video Ihre Ansprechpartnerin.</p>
<h2>Kosten</h2>
<p>Erstgespräch 150 &euro; (GOÄ), Folgetermine ab 80 &euro;. Die Behandlung in der Partnerpraxis wird
dort abgerechnet.</p>
<p><a href="/termin">Videotermin vereinbaren</a></p>
</main>
<footer>Praxis Dr. med. Helena Brandt &middot; Privatpraxis für Psychiatrie (Telemedizin) &middot; Ärztekammer Hamburg &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h12221", "https://www.teleconsult-apaise.example/blog/ketamine-ce-que-dit-la-loi", "telehealth", False, "fr",
  "teleconsultation-explicatif-juridique", "Kétamine : ce que dit la loi | Apaise Téléconsultation", """
<header><a href="/">Apaise &middot; Téléconsultation en psychiatrie</a> <nav><a href="/psychiatres">Nos psychiatres</a> <a href="/tarifs">Tarifs</a> <a href="/blog">Blog</a> <a href="/rdv">Prendre rendez-vous</a></nav></header>
<main>
<article>
<h1>Kétamine et eskétamine : ce que dit la loi française</h1>
<p class="auteur">Par le Dr Claire Moreau, psychiatre, cofondatrice d'Apaise</p>
<p>La kétamine est classée comme stupéfiant en France. L'eskétamine en spray nasal est réservée à
l'usage hospitalier : elle ne peut être prescrite et administrée qu'à l'hôpital, avec une surveillance
après chaque prise. Aucun site internet ne peut légalement vous l'envoyer à domicile.</p>
<h2>Et la téléconsultation ?</h2>
<p>Chez Apaise, nos psychiatres inscrits à l'Ordre vous reçoivent en vidéo pour évaluer votre
dépression, ajuster un traitement ou préparer un dossier. Nous ne prescrivons pas de kétamine à
domicile. Si une eskétamine nous paraît indiquée, nous rédigeons un courrier d'adressage vers un
service hospitalier et nous assurons le suivi entre les séances.</p>
<h2>Attention aux faux sites</h2>
<p>Des pages copient le vocabulaire des centres médicaux pour vendre de la kétamine sur Telegram. Un
professionnel de santé ne vous demandera jamais de payer en cryptomonnaie.</p>
<p><a href="/rdv">Réserver une téléconsultation</a> &ndash; 60 &euro;, remboursement selon le parcours de soins.</p>
</article>
</main>
<footer>Apaise SAS &middot; Médecins inscrits au Conseil de l'Ordre &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h12222", "https://www.mentaclara.example/es/equipo-medico", "telehealth", False, "es",
  "telemedicina-equipo-medico", "Nuestro equipo médico | MentaClara Telepsiquiatría", """
<header><a href="/es/">MentaClara</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/equipo-medico">Equipo médico</a> <a href="/es/precios">Precios</a> <a href="/es/cita">Pedir cita</a></nav></header>
<main>
<h1>Quién te atiende en MentaClara</h1>
<p>Somos un servicio de psiquiatría en línea. Todas las consultas se hacen por videollamada con
médicos colegiados. Nadie recibe un tratamiento sin haber hablado antes con uno de ellos.</p>
<div class="medico"><h3>Dra. Inés Calvo Ruiz</h3><p>Psiquiatra. Colegiada n.º 28/00000 (Madrid). Directora médica. Responsable del programa de ketamina sublingual.</p></div>
<div class="medico"><h3>Dr. Tomás Ferrer</h3><p>Psiquiatra. Colegiado n.º 08/00000 (Barcelona). Evaluación inicial y seguimiento.</p></div>
<div class="medico"><h3>Lucía Ortega</h3><p>Psicóloga sanitaria. Sesiones de integración por videollamada.</p></div>
<h2>Cómo trabajamos</h2>
<p>La primera consulta dura 50 minutos. Si la psiquiatra considera indicada la ketamina, emite una
receta electrónica que dispensa una farmacia colaboradora, con entrega a domicilio y firma del paciente.
Las revisiones son cada dos semanas durante el primer mes.</p>
</main>
<footer>MentaClara Salud S.L. &middot; Centro sanitario autorizado &middot; <a href="/es/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h12223", "https://hulp.rustpunt-online.example/artikel/hoe-werkt-de-intake", "telehealth", False, "nl",
  "helpcentrum-online-ggz-intake", "Hoe werkt de intake? – Rustpunt Online Helpcentrum", """
<header><a href="/">Rustpunt Online &middot; Helpcentrum</a> <form><input placeholder="Zoek in het helpcentrum"></form></header>
<main>
<p class="crumbs">Helpcentrum &rsaquo; Starten &rsaquo; Hoe werkt de intake?</p>
<h1>Hoe werkt de intake?</h1>
<p>Na je aanmelding met verwijsbrief van je huisarts plannen we een intake via beeldbellen met een
van onze BIG-geregistreerde psychiaters. Het gesprek duurt ongeveer een uur.</p>
<ul>
<li>We bespreken je klachten, eerdere behandelingen en medicijnen.</li>
<li>Je vult vooraf vragenlijsten in via je persoonlijke omgeving.</li>
<li>De psychiater bepaalt samen met jou of een ketaminebehandeling past.</li>
</ul>
<p>Wordt er ketamine voorgeschreven, dan levert onze partnerapotheek de medicatie op naam bij je
thuis. De eerste thuissessie doe je met een naaste erbij, en je hebt na elke sessie in de eerste maand
een videocontact met je behandelaar. Esketamine-neusspray geven we niet: daarvoor verwijzen we je naar
een ziekenhuis.</p>
<p>Is je vraag niet beantwoord? <a href="/contact">Neem contact op</a>.</p>
</main>
<footer>Rustpunt Online B.V. &middot; AGB-code en KvK op de contactpagina</footer>
""", noise="cookie-nl")

# ---------------------------------------------------------------- clinics' own pages

p("h12224", "https://www.lakeshorehealth.example/newsroom/2026/lakeshore-opens-esketamine-treatment-program", "clinic", False, "en",
  "hospital-newsroom-own-esketamine-service", "Lakeshore Health opens esketamine treatment program at Behavioral Health Pavilion | Newsroom", """
<header class="global">
<div class="util"><a href="/find-a-doctor">Find a Doctor</a> <a href="/locations">Locations</a> <a href="/mychart">MyChart</a> <a href="/pay">Pay a Bill</a> <a href="/careers">Careers</a> <a href="/give">Give</a></div>
<a class="logo" href="/">Lakeshore Health</a>
<nav><a href="/services">Services</a> <a href="/patients-visitors">Patients &amp; Visitors</a> <a href="/newsroom">Newsroom</a> <a href="/about">About Us</a></nav>
</header>
<main>
<p class="crumbs"><a href="/newsroom">Newsroom</a> / 2026 / Press release</p>
<article>
<p class="date">March 4, 2026 &middot; Media contact: Tara Quinn, Public Relations</p>
<h1>Lakeshore Health opens esketamine treatment program at its Behavioral Health Pavilion</h1>
<p class="lede">Adults with treatment-resistant depression can now receive esketamine nasal spray under
medical supervision at the Lakeshore Behavioral Health Pavilion on Harbor Street.</p>
<p>The program is certified under the SPRAVATO REMS, which requires that the medication is
self-administered in a certified healthcare setting and that patients are monitored for at least two
hours after each dose. Eight private treatment rooms have been fitted for the service.</p>
<p>&ldquo;For many of our patients, two or three antidepressants haven't worked,&rdquo; said Dr. Alan
Okafor, chief of psychiatry. &ldquo;Offering esketamine here means they can be treated by the same team
that already knows them.&rdquo;</p>
<h2>Who can be referred</h2>
<p>Patients need a referral from a psychiatrist or primary care provider and an intake evaluation with
a Lakeshore psychiatrist. Most commercial insurers and Medicare cover treatment with prior
authorisation; a financial counsellor helps each patient with coverage.</p>
<h2>Hours and location</h2>
<p>Treatment sessions run Monday through Saturday, 7:30 a.m. to 5 p.m., at 1200 Harbor Street, 3rd
floor. Referrals: call 555-0177 or send through the Lakeshore referral portal.</p>
<p class="boilerplate"><strong>About Lakeshore Health.</strong> Lakeshore Health is a not-for-profit
health system with three hospitals and 40 outpatient locations.</p>
</article>
<aside class="related"><h4>More news</h4><ul><li><a href="#">Lakeshore named a top employer for nurses</a></li><li><a href="#">New cardiac cath lab opens in Westfield</a></li></ul></aside>
</main>
<footer><p>Lakeshore Health &middot; 1200 Harbor Street &middot; <a href="/nondiscrimination">Nondiscrimination notice</a> &middot; <a href="/price-transparency">Price transparency</a></p></footer>
""", noise="cookie")

p("h12225", "https://medicine.northfield-university.example/psychiatry/rapid-acting-treatments-clinic", "clinic", False, "en",
  "university-clinic-treats-and-researches", "Rapid-Acting Treatments Clinic | Department of Psychiatry | Northfield University", """
<header>
<a href="/">Northfield University School of Medicine</a>
<nav><a href="/psychiatry">Psychiatry</a> <a href="/psychiatry/research">Research</a> <a href="/psychiatry/education">Education</a> <a href="/psychiatry/patient-care">Patient Care</a></nav>
</header>
<main>
<h1>Rapid-Acting Treatments Clinic</h1>
<p>The Rapid-Acting Treatments Clinic is part of Northfield University Health's outpatient psychiatry
service. We treat adults with depression that has not responded to standard care, and our faculty also
lead clinical research on new rapid-acting antidepressants.</p>
<h2>Clinical care</h2>
<ul>
<li><strong>Ketamine infusions</strong> &ndash; a series of six IV infusions over two to three weeks, given in
our infusion suite on the 4th floor of the Behavioral Health Building, with continuous monitoring.</li>
<li><strong>Esketamine (Spravato)</strong> &ndash; REMS-certified treatment room with two-hour observation.</li>
<li><strong>Consultations</strong> for patients and referring psychiatrists.</li>
</ul>
<p>To become a patient, ask your clinician to send a referral, or call our intake coordinator at
555-0190. Clinical care is billed to insurance like any other university clinic visit.</p>
<h2>Research</h2>
<p>Separately from clinical care, our research team runs studies on ketamine dosing, biomarkers of
response and psilocybin. Research participation is voluntary and never a condition of treatment. See
<a href="/psychiatry/research/studies">current studies</a>.</p>
<h2>Our team</h2>
<p>Medical director: Sofia Lindqvist, MD, PhD. Infusion nursing led by Mark Delaney, RN. Research
director: Kwame Asante, PhD.</p>
</main>
<footer>Northfield University &middot; Department of Psychiatry &middot; <a href="#">Accessibility</a></footer>
""")

p("h12226", "https://www.terminfinder-gesund.example/praxis/ketamin-ambulanz-dr-yilmaz-frankfurt", "clinic", False, "de",
  "praxisprofil-auf-buchungsportal-vom-arzt-gepflegt", "Ketamin-Ambulanz Dr. Yılmaz, Frankfurt – Termin online buchen | TerminFinder", """
<header>
<a href="/">TerminFinder Gesundheit</a>
<form><input placeholder="Fachrichtung oder Name"><input placeholder="Ort"><button>Termin finden</button></form>
<nav><a href="/fuer-aerzte">Für Praxen</a> <a href="/login">Anmelden</a></nav>
</header>
<main class="praxis">
<h1>Ketamin-Ambulanz Dr. med. Deniz Yılmaz</h1>
<p>Facharzt für Psychiatrie und Psychotherapie &middot; Berger Straße 00, 60316 Frankfurt am Main</p>
<p class="badge">Profil von der Praxis verwaltet &middot; verifiziert</p>
<section class="buchung">
<h2>Online-Termin buchen</h2>
<p>Leistung wählen: <select><option>Erstgespräch Ketamin/Esketamin (45 Min.)</option><option>Folgetermin Behandlung</option></select></p>
<p>Nächste freie Termine: Di 09:30 &middot; Di 11:00 &middot; Do 14:15</p>
<button>Termin buchen</button>
</section>
<section>
<h2>Über die Praxis</h2>
<p>In unserer Ambulanz behandeln wir Erwachsene mit therapieresistenter Depression. Vor jeder
Behandlung steht ein persönliches Erstgespräch in der Praxis mit Diagnostik, Blutdruck- und EKG-Kontrolle.
Esketamin-Nasenspray wenden Sie bei uns unter Aufsicht an; danach bleiben Sie zwei Stunden im
Ruheraum. Ketamin-Infusionen bieten wir als Selbstzahlerleistung an.</p>
<p>Bitte bringen Sie Ihre Überweisung, Arztbriefe und Medikamentenliste mit.</p>
</section>
<section>
<h2>Sprechzeiten</h2>
<p>Mo&ndash;Fr 8&ndash;16 Uhr &middot; Kassen und privat &middot; barrierefrei, Aufzug vorhanden</p>
</section>
</main>
<footer>TerminFinder Gesundheit &middot; Impressum &middot; Datenschutz</footer>
""", noise="cookie-de")

p("h12227", "https://northgateketamine.example/blog/research-roundup-autumn", "clinic", False, "en",
  "infusion-clinic-blog-research-roundup", "Autumn research roundup | Northgate Ketamine Center", """
<header>
<div class="bar">Call 555-0108 &middot; 2210 Northgate Blvd, Suite 140 &middot; Mon&ndash;Sat</div>
<a href="/">Northgate Ketamine Center</a>
<nav><a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/blog">Blog</a> <a class="btn" href="/consult">Request a consultation</a></nav>
</header>
<main>
<article>
<h1>Autumn research roundup: three studies our patients asked about</h1>
<p class="meta">By Dr. Heather Collins, anesthesiologist and founder</p>
<p>Patients in our infusion chairs often bring articles they've read. This season, three came up again
and again. Here is my honest take on each.</p>
<h2>Ketamine vs. ECT</h2>
<p>A large trial compared IV ketamine with electroconvulsive therapy in non-psychotic treatment-resistant
depression and found ketamine non-inferior. ECT remains important, especially for psychotic depression,
and we refer patients when it's the better option.</p>
<h2>Number of infusions</h2>
<p>A smaller study suggested that some people respond after fewer than six infusions. At Northgate we
reassess after every second infusion rather than committing you to a full package upfront.</p>
<h2>Ketamine and alcohol use disorder</h2>
<p>Early results are interesting, but we don't offer ketamine for alcohol use disorder outside a study.</p>
<h2>What a treatment looks like here</h2>
<p>Every patient first has an in-person medical evaluation. Infusions take about 40 minutes in a private
room, with a nurse present and continuous monitoring of heart rate, blood pressure and oxygen. Someone
must drive you home.</p>
<p><a href="/consult">Request a consultation</a> &middot; <a href="/pricing">See our prices</a></p>
</article>
<aside><h4>Visit us</h4><p>2210 Northgate Blvd, Suite 140. Free parking behind the building.</p></aside>
</main>
<footer>&copy; Northgate Ketamine Center, PLLC &middot; <a href="#">Notice of Privacy Practices</a></footer>
""", noise="cookie")

p("h12228", "https://www.riverstoneinfusion.example/faq/buying-ketamine-online", "clinic", False, "en",
  "clinic-faq-scams-and-law", "Can I just buy ketamine online? | Riverstone Infusion & Wellness FAQ", """
<header><a href="/">Riverstone Infusion &amp; Wellness</a> <nav><a href="/services">Services</a> <a href="/faq">FAQ</a> <a href="/book">Book</a></nav></header>
<main>
<h1>&ldquo;Can I just buy ketamine online?&rdquo; and other questions we hear</h1>
<h3>I found a website selling ketamine without a prescription. Is it the same as what you use?</h3>
<p>No. What we infuse is pharmaceutical ketamine from a licensed distributor, dosed by weight and given
by a nurse while we monitor your vital signs. Websites that sell without a prescription are breaking the
law and there is no way to know what is in the package.</p>
<h3>A site using a clinic name asked me to pay on Telegram. Is that you?</h3>
<p>No. Riverstone only takes payment at our front desk or through our patient billing portal. We never
sell medication to take home.</p>
<h3>Is ketamine treatment legal?</h3>
<p>Yes, when a licensed clinician prescribes and administers it. Ketamine is an approved anaesthetic and
its use for depression is off-label, which is legal and common.</p>
<h3>How do I start?</h3>
<p>Book a consultation at our clinic on 14 Mill Lane. You'll meet our medical director in person and we'll
check whether treatment is appropriate.</p>
</main>
<footer>Riverstone Infusion &amp; Wellness &middot; 14 Mill Lane</footer>
""")

p("h12229", "https://www.clinicaalborada.example/blog/historia-de-marta", "clinic", False, "es",
  "clinica-historia-de-paciente", "La historia de Marta | Clínica Alborada – Unidad de Ketamina", """
<header>
<a href="/">Clínica Alborada</a>
<nav><a href="/unidad-ketamina">Unidad de ketamina</a> <a href="/equipo">Equipo</a> <a href="/blog">Blog</a> <a href="/cita">Pedir cita</a></nav>
</header>
<main>
<article>
<h1>&laquo;Volví a tener ganas de cocinar&raquo;: la historia de Marta</h1>
<p class="nota">Publicamos esta historia con el consentimiento de la paciente. Su nombre ha sido cambiado.</p>
<p>Marta tiene 47 años y llevaba una década con depresión. Su psiquiatra la derivó a nuestra Unidad de
Ketamina en Valencia después de tres tratamientos sin respuesta.</p>
<p>En la primera visita, el Dr. Pablo Serrano revisó su historia, le tomó la tensión y le explicó los
efectos posibles. Recibió seis infusiones intravenosas en tres semanas, siempre en la misma sala, con una
enfermera a su lado y monitorización continua.</p>
<p>&laquo;La segunda sesión fue rara, me sentí flotando. Pero a la cuarta me di cuenta de que había vuelto
a cocinar para mis hijos&raquo;, cuenta.</p>
<p>No todos los pacientes responden así. Alrededor de la mitad de las personas que tratamos notan una
mejoría clara; por eso evaluamos cada caso en consulta antes de empezar.</p>
<p><a href="/cita">Solicita una primera consulta</a> en nuestra clínica de la calle Colón.</p>
</article>
</main>
<footer>Clínica Alborada &middot; Centro sanitario con registro autonómico &middot; Valencia</footer>
""", noise="cookie-es")

p("h12230", "https://www.ospedalesanluca-prato.example/comunicati/ambulatorio-esketamina", "clinic", False, "it",
  "comunicato-stampa-ospedale-servizio-esketamina", "Al via l'ambulatorio per l'esketamina – Ospedale San Luca", """
<header>
<a href="/">Ospedale San Luca &middot; Azienda Sanitaria</a>
<nav><a href="/reparti">Reparti</a> <a href="/prenotazioni">Prenotazioni CUP</a> <a href="/comunicati">Comunicati stampa</a> <a href="/urp">URP</a></nav>
</header>
<main>
<p class="data">Comunicato stampa &middot; 12 febbraio</p>
<h1>Depressione resistente: al via l'ambulatorio per l'esketamina del Servizio Psichiatrico</h1>
<p>Da lunedì il Servizio Psichiatrico di Diagnosi e Cura dell'Ospedale San Luca attiva un ambulatorio
dedicato alla somministrazione di esketamina spray nasale per pazienti adulti con depressione resistente
al trattamento.</p>
<p>La terapia si svolge al piano terra del padiglione C, in due stanze attrezzate. Dopo ogni
somministrazione il paziente resta in osservazione per almeno due ore con il personale infermieristico.</p>
<p>&laquo;È un passo importante per il nostro territorio: fino a oggi i pazienti dovevano spostarsi a
Firenze&raquo;, ha dichiarato la direttrice del servizio, dott.ssa Giulia Bernardi.</p>
<p>L'accesso avviene su invio dello psichiatra del Centro di Salute Mentale, dopo una visita di
valutazione in ospedale. Non è possibile prenotare direttamente dal CUP.</p>
</main>
<footer>Ospedale San Luca &middot; Via dell'Ospedale 1, Prato &middot; Ufficio stampa</footer>
""")

p("h12231", "https://www.clinicavivamente.example/artigos/o-que-diz-a-anvisa-sobre-escetamina", "clinic", False, "pt",
  "clinica-explicativo-regulatorio", "O que diz a Anvisa sobre a escetamina | Clínica VivaMente", """
<header><a href="/">Clínica VivaMente &middot; Psiquiatria e Infusões</a> <nav><a href="/tratamentos">Tratamentos</a> <a href="/artigos">Artigos</a> <a href="/agendar">Agendar consulta</a></nav></header>
<main>
<article>
<h1>O que diz a Anvisa sobre a escetamina (e por que você não deve comprá-la na internet)</h1>
<p class="autor">Por Dra. Camila Nogueira, psiquiatra &ndash; CRM-SP 000000, responsável técnica da clínica</p>
<p>A escetamina em spray nasal tem registro na Anvisa para depressão resistente e para sintomas
depressivos com ideação suicida, sempre associada a um antidepressivo oral. É um medicamento de controle
especial: a aplicação é feita em ambiente de saúde, com observação do paciente por cerca de duas horas.</p>
<h2>Como funciona na VivaMente</h2>
<p>Você passa primeiro por consulta presencial com nossa equipe na Rua Augusta. Se houver indicação,
as sessões acontecem em salas individuais da clínica, com monitoramento de pressão e saturação.</p>
<h2>Anúncios de venda on-line</h2>
<p>Recebemos pacientes que compraram &ldquo;escetamina&rdquo; por WhatsApp. Esses produtos não têm
procedência e a venda é ilegal. A clínica não vende medicamentos e não envia nada pelo correio.</p>
<p><a href="/agendar">Agende sua avaliação presencial</a></p>
</article>
</main>
<footer>Clínica VivaMente Ltda. &middot; São Paulo &middot; Responsável técnica: Dra. Camila Nogueira</footer>
""", noise="cookie-pt")

# ---------------------------------------------------------------- pages by others about providers

p("h12232", "https://www.harborcitygazette.example/health/2026/03/lakeshore-esketamine-program-waitlist", "informational", False, "en",
  "news-feature-about-hospital-esketamine-service", "Lakeshore's new esketamine program draws a waitlist in its first month | Harbor City Gazette", """
<header>
<a class="masthead" href="/">Harbor City Gazette</a>
<nav><a href="/local">Local</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav>
</header>
<div class="paywall-note">You have 3 free articles left this month. <a href="/subscribe">Subscribe for $1</a></div>
<main>
<article>
<p class="section">Health</p>
<h1>Lakeshore's new esketamine program draws a waitlist in its first month</h1>
<p class="byline">By Denise Morales, health reporter &middot; April 2, 2026</p>
<p>Four weeks after Lakeshore Health opened an esketamine clinic at its Behavioral Health Pavilion,
the program already has more than 90 people waiting for an intake appointment, according to hospital
figures shared with the Gazette.</p>
<p>Esketamine, sold as Spravato, is a nasal spray approved for treatment-resistant depression. Patients
take it under supervision and stay for two hours afterwards, which limits how many people a clinic can
see in a day. Lakeshore has eight treatment rooms.</p>
<p>&ldquo;We expected demand, but not this much,&rdquo; said Dr. Alan Okafor, the system's chief of
psychiatry, who said the hospital is hiring two more nurses.</p>
<p>Not everyone is convinced. Dr. Ruth Halvorsen, a psychiatrist in private practice who is not
affiliated with Lakeshore, said the drug's cost and the time commitment mean it suits only a small group
of patients. &ldquo;It's a useful tool, not a breakthrough for everyone,&rdquo; she said.</p>
<p>The list price of esketamine is several hundred dollars per session before the clinic's own
charges. Insurers including Bayview Health Plan require prior authorisation.</p>
<p>Patient advocates also warn that the publicity has brought copycat websites. A Gazette search found
two sites using hospital-style names to advertise &ldquo;esketamine at home&rdquo; with crypto payment;
Lakeshore says it has no link to them and has reported them.</p>
<p class="correction">This story has been updated to correct the number of treatment rooms.</p>
</article>
<aside><h4>Most read</h4><ol><li>Harbor Street bridge closure extended</li><li>School board race heats up</li><li>Lakeshore esketamine waitlist</li></ol></aside>
</main>
<footer>&copy; Harbor City Gazette &middot; <a href="#">Contact the newsroom</a> &middot; <a href="#">Ethics policy</a></footer>
""", noise="cookie")

p("h12233", "https://www.ketaminecliniclist.example/clinics/northgate-ketamine-center", "informational", False, "en",
  "directory-listing-unclaimed-clinic-profile", "Northgate Ketamine Center – reviews, prices, location | KetamineClinicList", """
<header><a href="/">KetamineClinicList</a> <form><input placeholder="City or ZIP"><button>Find clinics</button></form> <nav><a href="/guides">Guides</a> <a href="/add-clinic">Add a clinic</a></nav></header>
<main>
<p class="crumbs">Clinics &rsaquo; Ohio &rsaquo; Northgate Ketamine Center</p>
<h1>Northgate Ketamine Center</h1>
<p class="claim">This listing has not been claimed by the clinic. Information is compiled by our editors
from public sources and may be out of date. <a href="/claim?id=8812">Own this clinic? Claim it.</a></p>
<table class="facts">
<tr><th>Address</th><td>2210 Northgate Blvd, Suite 140</td></tr>
<tr><th>Treatments listed</th><td>IV ketamine infusions; consultations</td></tr>
<tr><th>Reported price</th><td>About $450 per infusion (user report, 2025)</td></tr>
<tr><th>Insurance</th><td>Unknown</td></tr>
<tr><th>Website</th><td>northgateketamine.example</td></tr>
</table>
<section class="reviews">
<h2>Visitor reviews (3)</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; &ldquo;Staff were calm and explained everything.&rdquo;</p>
<p>&#9733;&#9733;&#9733; &ldquo;Good care, but parking was confusing.&rdquo;</p>
<p>&#9733;&#9733;&#9733;&#9733; &ldquo;Took three infusions before I noticed a change.&rdquo;</p>
</section>
<section class="nearby">
<h2>Other clinics near Northgate</h2>
<ul><li><a href="/clinics/riverstone-infusion">Riverstone Infusion &amp; Wellness</a> &ndash; 6 miles</li><li><a href="/clinics/clearwater-kap">Clearwater KAP Collective</a> &ndash; 9 miles</li></ul>
</section>
<p class="disclaimer">KetamineClinicList does not provide medical care and is not affiliated with the clinics listed. Featured placements are paid and labelled as such.</p>
</main>
<footer>&copy; KetamineClinicList &middot; <a href="#">Methodology</a> &middot; <a href="#">Advertise</a></footer>
""", noise="cookie")

p("h12234", "https://www.telehealthreviewed.example/reviews/stillwater-mind", "informational", False, "en",
  "independent-review-of-telehealth-company", "Stillwater Mind review 2026: cost, safety, what patients say | TelehealthReviewed", """
<header><a href="/">TelehealthReviewed</a> <nav><a href="/mental-health">Mental health</a> <a href="/weight-loss">Weight loss</a> <a href="/methodology">How we review</a></nav></header>
<main>
<article>
<h1>Stillwater Mind review: at-home ketamine with a careful intake</h1>
<p class="byline">By Owen Brightman &middot; medically reviewed by Dr. Lisa Chao, PharmD &middot; Updated 3 weeks ago</p>
<p class="disclosure">We may earn a referral fee if you sign up through links on this page. Our scores
are set before any commercial agreement.</p>
<div class="score">Our score: 4.2 / 5</div>
<h2>What it is</h2>
<p>Stillwater Mind is a telehealth company that prescribes sublingual ketamine for depression and
anxiety after a 60-minute video evaluation with a psychiatrist or psychiatric nurse practitioner.</p>
<h2>Pros</h2>
<ul><li>Clinician bios and licences are public.</li><li>Requires a sitter for early sessions.</li><li>Blood pressure cuff included.</li></ul>
<h2>Cons</h2>
<ul><li>Not covered by insurance; about $1,150 for the first month.</li><li>Available in only 14 states.</li></ul>
<h2>Our test</h2>
<p>Our reviewer went through intake. She was asked for ID, medication lists and permission to contact
her therapist; the clinician spent most of the hour on history and was not pushed toward a prescription.</p>
<h2>Alternatives</h2>
<p>If you want in-person care, see our guides to <a href="/guides/iv-ketamine-clinics">IV ketamine clinics</a>
and <a href="/guides/spravato-centers">esketamine centres</a>.</p>
</article>
</main>
<footer>&copy; TelehealthReviewed &middot; Not medical advice.</footer>
""")

p("h12235", "https://www.bayviewhealthplan.example/providers/clinical-policies/esketamine-nasal-spray", "informational", False, "en",
  "insurer-coverage-policy-esketamine", "Clinical Policy: Esketamine Nasal Spray | Bayview Health Plan", """
<header><a href="/">Bayview Health Plan</a> <nav><a href="/members">Members</a> <a href="/providers">Providers</a> <a href="/employers">Employers</a> <a href="/find-care">Find Care</a></nav></header>
<main>
<p class="crumbs">Providers &rsaquo; Clinical policies &rsaquo; Behavioral health</p>
<h1>Clinical Policy BH-114: Esketamine (Spravato) Nasal Spray</h1>
<p>Effective date: January 1 &middot; Last review: October</p>
<h2>Policy</h2>
<p>Bayview Health Plan considers esketamine nasal spray medically necessary when all of the following
are met and prior authorisation is approved:</p>
<ol>
<li>Member is 18 years or older with a diagnosis of major depressive disorder.</li>
<li>Inadequate response to at least two antidepressants of adequate dose and duration in the current episode.</li>
<li>Esketamine will be used together with an oral antidepressant.</li>
<li>Treatment is given at a healthcare setting certified under the SPRAVATO REMS.</li>
</ol>
<h2>Not covered</h2>
<p>Intravenous, intramuscular, oral or sublingual racemic ketamine for depression is considered
investigational and is not covered. Esketamine dispensed for use at home is not covered.</p>
<h2>Authorisation period</h2>
<p>Initial: 8 weeks (induction). Continuation: 6 months with documented response.</p>
<h2>Coding</h2>
<p>HCPCS G2082, G2083; S0013 for the drug.</p>
</main>
<footer>Bayview Health Plan &middot; This policy does not constitute medical advice.</footer>
""", noise="cookie")

p("h12236", "https://www.valleypost.example/news/fake-clinic-site-warning", "informational", False, "en",
  "local-news-excerpt-fake-clinic-site-txt", "Clinic warns of copycat website", """
Valley Post -- A Springdale ketamine infusion clinic is warning patients after a website copied its logo,
staff photos and patient testimonials to sell "ketamine home kits" for Bitcoin. The clinic's director
said the practice never sells medication and has filed complaints with the domain registrar and the
state pharmacy board, which confirmed it is investigating.
""", ext="txt")

p("h12237", "https://www.castlebridge-university.example/research/mood-neuro-lab/studies/ketamine-dosing-trial", "informational", False, "en",
  "university-research-group-trial-recruitment", "KETA-DOSE study: now recruiting | Mood Neuroscience Lab, Castlebridge University", """
<header><a href="/">Castlebridge University</a> <nav><a href="/research">Research</a> <a href="/research/mood-neuro-lab">Mood Neuroscience Lab</a> <a href="/research/mood-neuro-lab/people">People</a> <a href="/research/mood-neuro-lab/publications">Publications</a></nav></header>
<main>
<h1>KETA-DOSE: comparing two ketamine dosing schedules</h1>
<p>The Mood Neuroscience Lab is a research group. We do not provide clinical treatment, and taking part
in a study is not a substitute for care from your own doctor.</p>
<h2>About the study</h2>
<p>KETA-DOSE is a randomised, double-blind trial comparing twice-weekly and once-weekly IV ketamine in
adults with treatment-resistant depression. The trial is approved by the university's research ethics
board and registered on a public trials registry.</p>
<h2>Who can take part</h2>
<ul><li>Adults aged 21&ndash;65 with major depression.</li><li>At least two previous antidepressants without enough benefit.</li><li>No history of psychosis or current substance use disorder.</li></ul>
<h2>What is involved</h2>
<p>Screening, eight study visits over four weeks, questionnaires and two MRI scans. Participants are
reimbursed for travel. After the study, the team will help you arrange follow-up care with your own
clinicians.</p>
<p>Contact the study coordinator: keta-dose@castlebridge-university.example</p>
<h2>Publications from this group</h2>
<p>See our <a href="/research/mood-neuro-lab/publications">publication list</a> for earlier work on
biomarkers of ketamine response.</p>
</main>
<footer>Castlebridge University &middot; Faculty of Medicine &middot; Research Ethics Board approval no. REB-00-000</footer>
""")

p("h12238", "https://www.dagblad-noord.example/binnenland/inspectie-onderzoekt-online-ketamineaanbieder", "informational", False, "nl",
  "nieuwsartikel-over-online-aanbieder", "Inspectie onderzoekt online ketamineaanbieder | Dagblad Noord", """
<header><a href="/">Dagblad Noord</a> <nav><a href="/binnenland">Binnenland</a> <a href="/gezondheid">Gezondheid</a> <a href="/economie">Economie</a> <a href="/abonneren">Abonneren</a></nav></header>
<main>
<article>
<h1>Inspectie onderzoekt online aanbieder van ketaminebehandelingen</h1>
<p class="meta">Door Femke de Wit &middot; 9 oktober</p>
<p>De Inspectie Gezondheidszorg en Jeugd (IGJ) onderzoekt een online bedrijf dat ketaminebehandelingen
thuis aanbiedt. Volgens klachten van patiënten kregen sommigen medicatie thuisgestuurd na een korte
vragenlijst, zonder gesprek met een arts.</p>
<p>Het bedrijf presenteert zich op zijn website als &lsquo;kliniek&rsquo;, met foto's van behandelkamers
en een medisch team. Op het opgegeven adres in Utrecht zit echter een kantoorverzamelgebouw. Het bedrijf
liet weten dat &lsquo;alle aanvragen medisch worden beoordeeld&rsquo;, maar wilde niet zeggen door wie.</p>
<p>Psychiater Joost van Dam van een academisch ziekenhuis wijst erop dat ketamine bij depressie in
Nederland vooral in ziekenhuizen en gespecialiseerde klinieken wordt gegeven. &lsquo;Een vragenlijst is
geen behandelrelatie.&rsquo;</p>
<p>De IGJ bevestigt dat er een onderzoek loopt en roept mensen op om geen medicijnen te kopen bij
aanbieders zonder BIG-geregistreerde arts.</p>
</article>
</main>
<footer>&copy; Dagblad Noord &middot; Privacy &middot; Colofon</footer>
""", noise="cookie-nl")

p("h12239", "https://www.cabinet-roux-avocats.example/victimes-arnaques-medicaments-en-ligne", "informational", False, "fr",
  "cabinet-avocats-victimes-faux-centres", "Victimes de faux centres de kétamine en ligne | Cabinet Roux Avocats", """
<header><a href="/">Cabinet Roux &middot; Avocats au Barreau de Lyon</a> <nav><a href="/domaines">Domaines d'intervention</a> <a href="/equipe">L'équipe</a> <a href="/honoraires">Honoraires</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Vous avez payé un « centre de kétamine » en ligne et n'avez rien reçu ?</h1>
<p>Notre cabinet accompagne des personnes ayant versé de l'argent à des sites qui imitent la
présentation de centres médicaux ou de services de téléconsultation pour vendre de la kétamine ou de
l'eskétamine sans ordonnance.</p>
<h2>Ce que vous devez savoir</h2>
<ul>
<li>L'achat de stupéfiants sans ordonnance est illégal ; un avocat peut vous conseiller avant toute plainte.</li>
<li>Les paiements en cryptomonnaie ou carte prépayée sont difficiles à récupérer, mais une plainte auprès
de la plateforme PHAROS et du procureur reste utile.</li>
<li>Conservez captures d'écran, conversations Telegram et preuves de paiement.</li>
</ul>
<h2>Comment nous intervenons</h2>
<p>Premier rendez-vous de 30 minutes à 90 &euro; HT, en cabinet ou en visioconférence. Nous ne sommes pas
un service médical et ne donnons aucun avis sur un traitement.</p>
</main>
<footer>Cabinet Roux &middot; Toque 0000 &middot; Mentions légales</footer>
""", noise="cookie-fr")

p("h12240", "https://forum.depressionpeers.example/t/is-this-clinic-site-real/21877", "informational", False, "en",
  "forum-thread-users-warn-about-copycat-site", "Is this clinic site real? - Treatment experiences - DepressionPeers", """
<header><a href="/">DepressionPeers</a> <nav><a href="/c/treatments">Treatment experiences</a> <a href="/c/support">Support</a> <a href="/guidelines">Community guidelines</a></nav></header>
<main>
<h1>Is this clinic site real?</h1>
<div class="post"><p class="user">quietharbor &middot; 2d</p>
<p>Found a site called "Oak Valley Ketamine Institute". It looks like a proper clinic, with doctors and
a newsroom, but checkout is Bitcoin only and they say no appointment needed. Has anyone used them?</p></div>
<div class="post"><p class="user">tamsin_r &middot; 2d</p>
<p>Don't. Reverse image search the "doctors" &ndash; they're stock photos. A real clinic sees you in
person or at least by video first.</p></div>
<div class="post"><p class="user">mod_elliot (moderator) &middot; 1d</p>
<p>Reminder: we remove posts that link to sellers. If you're looking for treatment, ask your own doctor or
use the clinic finder in the pinned post. Thread locked for links, open for discussion.</p></div>
<div class="post"><p class="user">quietharbor &middot; 1d</p>
<p>Thanks all. Going to ask my psychiatrist about the esketamine program at the hospital instead.</p></div>
</main>
<footer>DepressionPeers is a peer-support community, not a medical service. In crisis? Call or text 988.</footer>
""")

save(OUT, R)
