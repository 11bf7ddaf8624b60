# Batch 106 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "What a moderator sees in December 2026". A fair sample of what a crawler of ketamine-related
# sites brings back this month, every kind of page in realistic proportions: clinic and telehealth
# pages of all lengths (home, pricing, FAQ, blog, booking, policies, gift-card snippet), news and
# government pages, forums and social posts, harm-reduction and drug-checking pages, a job post, a
# directory, and the shops, classifieds, channel posts, doorway blogs, bot-check walls and fake
# clinics that sell ketamine, esketamine or analogues.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, it 3, nl 2, pt 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages and a few 1-3 sentence plain-text snippets (WhatsApp/Instagram bio, telehealth prescribing
# policy line, clinic gift-card promo).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch106.py (writes batch106/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch106")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ============================================================================ sellers (14)

p("h10601", "https://northlab-crystals.example/product/ketamine-hcl-crystal-shards", "seller", True, "en",
  "research-chemical-shop-product-long", "Ketamine HCl Crystal Shards (99.6%) | NorthLab Crystals", """
<div class="announce">&#10052; HOLIDAY DROP: code SNOWDAY26 = 20% off everything until Dec 31 &#10052; Orders placed after Dec 19 ship Jan 4</div>
<header class="site-header">
<a class="logo" href="/">NorthLab<span>Crystals</span></a>
<form class="search" action="/search"><input name="q" placeholder="Search products..."></form>
<nav>
<a href="/shop">Shop all</a>
<a href="/category/dissociatives">Dissociatives</a>
<a href="/category/arylcyclohexylamines">Arylcyclohexylamines</a>
<a href="/category/stimulants">Stimulants</a>
<a href="/category/test-kits">Reagent kits</a>
<a href="/coa">Lab reports</a>
<a href="/shipping-info">Shipping</a>
<a href="/my-account">Account</a>
<a href="/cart">&#128722; 0 items</a>
</nav>
</header>
<main class="product-page">
<p class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/category/dissociatives">Dissociatives</a> &raquo; Ketamine HCl Crystal Shards</p>
<div class="product-gallery"><img src="/wp-content/uploads/2026/10/ket-shards-1.jpg" alt="clear needle shards in a zip bag"></div>
<div class="product-summary">
<h1>Ketamine HCl Crystal Shards (99.6%)</h1>
<p class="stars">&#9733;&#9733;&#9733;&#9733;&#9734; 4.7 &middot; 318 reviews</p>
<p class="stock in-stock">In stock &ndash; 61 left</p>
<table class="variations">
<tr><td>1 g</td><td>$45.00</td></tr>
<tr><td>5 g</td><td>$180.00</td></tr>
<tr><td>10 g</td><td>$310.00</td></tr>
<tr><td>25 g</td><td>$650.00</td></tr>
<tr><td>50 g</td><td>$1,100.00</td></tr>
</table>
<form class="cart" method="post" action="/?add-to-cart=2231">
<select name="attribute_pa_weight"><option>1 g</option><option>5 g</option><option selected>10 g</option><option>25 g</option><option>50 g</option></select>
<input type="number" name="quantity" value="1" min="1">
<button type="submit" class="single_add_to_cart_button">Add to cart</button>
</form>
<ul class="usp">
<li>&#10003; Stealth vacuum-sealed, smell-proof, no labels</li>
<li>&#10003; Free reship if seized (one per customer, tracking required)</li>
<li>&#10003; Pay with BTC / XMR / LTC &ndash; 10% crypto discount applied at checkout</li>
<li>&#10003; Ships from inside EU &amp; US (domestic warehouses, no customs)</li>
</ul>
<p class="disclaimer"><small>All products sold for laboratory research and analytical purposes only. Not for human consumption. By purchasing you confirm you are 21+ and a qualified researcher.</small></p>
</div>
<section class="tabs">
<h2>Description</h2>
<p>Our best selling dissociative is back with a fresh batch (lot NK-1126). Large clean shards, crunchy, rinsed and independently tested at 99.6% purity (see COA). No cut, no MSM, no 2F. Grinds easily to a fine powder.</p>
<p>Looking for something different? Try our <a href="/product/2-fdck">2-FDCK</a>, <a href="/product/dck-pellets">DCK pellets</a> or <a href="/product/o-pce">O-PCE</a> &ndash; all in stock this week.</p>
<h2>Additional information</h2>
<table><tr><th>CAS</th><td>1867-66-9</td></tr><tr><th>Form</th><td>Crystalline shards</td></tr><tr><th>Purity</th><td>99.6% (HPLC)</td></tr><tr><th>Origin</th><td>Batch imported Oct 2026</td></tr></table>
<h2>Reviews (318)</h2>
<div class="review"><b>kx_dreamer</b> &ndash; <i>verified buyer</i><p>Arrived in 4 days to Texas. Stealth was amazing, came inside a phone case box. Shards are legit, will reorder.</p></div>
<div class="review"><b>Leni</b> &ndash; <i>verified buyer</i><p>Package held at customs in Germany, they reshipped from the EU warehouse without argument. 5 stars for service.</p></div>
<div class="review"><b>mofo_42</b> &ndash; <i>verified buyer</i><p>a bit smaller shards than the pics but quality is good. paid XMR no problems</p></div>
</section>
<aside class="sidebar">
<h3>Best sellers</h3>
<ul><li><a href="/product/ketamine-hcl-crystal-shards">Ketamine HCl Shards &ndash; from $45</a></li><li><a href="/product/s-ketamine-powder">S-Ketamine powder &ndash; from $60</a></li><li><a href="/product/2-fdck">2-FDCK &ndash; from $28</a></li><li><a href="/product/3-meo-pcp">3-MeO-PCP &ndash; from $35</a></li></ul>
<h3>Need help?</h3>
<p>Live chat 10:00&ndash;22:00 CET or Telegram <b>@northlab_support</b></p>
</aside>
</main>
<footer>
<div class="cols">
<div><h4>Info</h4><a href="/faq">FAQ</a> <a href="/shipping-info">Shipping &amp; reship policy</a> <a href="/payment">Payment methods</a> <a href="/terms">Terms</a></div>
<div><h4>We accept</h4><span>Bitcoin</span> <span>Monero</span> <span>Litecoin</span> <span>Bank transfer (SEPA)</span></div>
</div>
<p>&copy; 2026 NorthLab Crystals. Research use only.</p>
</footer>
""", noise="cookie")

p("h10602", "https://tg-preview.example/s/k_express_uk/4471", "seller", True, "en",
  "telegram-channel-post", "K Express UK \u2013 Telegram", """
<div class="tgme_channel_info"><div class="tgme_channel_info_header_title">K Express UK &#127468;&#127463;</div><div class="tgme_channel_info_counter">12.4K subscribers</div></div>
<div class="tgme_widget_message_text">
&#10052;&#65039;&#127876; <b>XMAS MENU IS LIVE</b> &#127876;&#10052;&#65039;<br><br>
&#128142; Ket (shards, fresh batch) &ndash; 1g &pound;25 / 3.5 &pound;70 / 7g &pound;120 / 28g &pound;380<br>
&#128142; Ket (powder, flaky) &ndash; 1g &pound;20 / 5g &pound;85<br>
&#128167; Ketalar 50mg/ml 10ml vials &ndash; &pound;90 each, 3 for &pound;240<br><br>
&#128666; Royal Mail Special Delivery next day, proper stealth, vac sealed x2<br>
&#128205; Same day drop in London zones 1-4 (min &pound;100)<br>
&#128176; BTC / LTC / bank transfer for regulars<br><br>
Order through the bot &#128073; @kexpress_order_bot<br>
Reviews channel &#128073; @kexpress_feedback<br><br>
No time wasters. Last UK post day for Xmas is 21st.
</div>
<div class="tgme_widget_message_footer"><span class="views">8.1K</span> &middot; <time datetime="2026-12-03T19:04:11+00:00">Dec 3</time></div>
""")

p("h10603", "https://mindreset-guides.example/blog/where-to-buy-ketamine-online-2026", "seller", True, "en",
  "doorway-affiliate-blog", "Where to Buy Ketamine Online in 2026 (Safe & Legit Vendors Reviewed)", """
<header><a href="/">MindReset Guides</a> <nav><a href="/blog">Blog</a> <a href="/reviews">Vendor Reviews</a> <a href="/about">About</a></nav></header>
<article>
<h1>Where to Buy Ketamine Online in 2026 (Safe &amp; Legit Vendors Reviewed)</h1>
<p class="meta">Updated December 2, 2026 &middot; 9 min read &middot; <i>This post contains affiliate links.</i></p>
<p>Clinics charge $500+ per infusion and the waiting lists are months long. Good news: you don't actually need a clinic or a doctor to try ketamine. We tested a dozen online vendors this year so you don't have to get scammed.</p>
<h2>Quick answer: our #1 pick</h2>
<div class="callout"><b>KetaHaven</b> &ndash; pharmaceutical-grade ketamine powder and nasal spray, no prescription required, ships discreetly to US/UK/EU/AU. Use code <b>MINDRESET15</b> for 15% off. <a class="btn" href="https://ketahaven-shop.example/?ref=mindreset" rel="nofollow sponsored">Visit KetaHaven &rarr;</a></div>
<h2>How we ranked vendors</h2>
<ul><li>Stealth packaging and delivery success rate</li><li>Purity (we send samples to a lab)</li><li>Payment options (crypto, gift cards, Zelle)</li><li>Customer service response time</li></ul>
<h2>1. KetaHaven &ndash; best overall</h2>
<p>Fast shipping (3&ndash;5 days domestic), reship guarantee, and their nasal spray is pre-measured which is great for beginners. No questions asked at checkout. <a href="https://ketahaven-shop.example/?ref=mindreset">Check prices</a></p>
<h2>2. PureDissoc &ndash; best for bulk</h2>
<p>If you want 10g+ the prices are hard to beat. Bitcoin only. <a href="https://puredissoc.example/r/mr">Check prices</a></p>
<h2>3. VetKet Direct &ndash; vials</h2>
<p>Sells genuine veterinary vials (Ketaset, Narketan). Needs no vet script. <a href="https://vetketdirect.example/?aff=mr22">Check prices</a></p>
<h2>Is it legal?</h2>
<p>Laws vary. Most customers never have a problem, and all three vendors above reship if a package gets lost. Always start low.</p>
<h2>FAQ</h2>
<p><b>Do I need a prescription?</b> Not with the vendors on this list.</p>
<p><b>Can I pay with a gift card?</b> KetaHaven accepts Amazon and Apple gift cards.</p>
</article>
<aside><h3>Related</h3><ul><li><a href="/blog/ketamine-nasal-spray-vs-powder">Ketamine nasal spray vs powder</a></li><li><a href="/blog/spravato-without-prescription">How to get Spravato without a prescription</a></li></ul></aside>
<footer>&copy; 2026 MindReset Guides &middot; For informational purposes.</footer>
""")

p("h10604", "https://calmharbor-ketamine.example/", "seller", True, "en",
  "fake-clinic-auto-approval-long", "CalmHarbor Ketamine Care | At-Home Ketamine & Esketamine, Approved in Minutes", """
<header class="nav-wrap">
<a class="brand" href="/"><img src="/assets/logo-wave.svg" alt=""> CalmHarbor <small>Ketamine Care</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/reviews">Reviews</a> <a href="/faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav>
</header>
<section class="hero">
<h1>Feel like yourself again &mdash; ketamine delivered to your door</h1>
<p>Skip the psychiatrist waitlist. Answer 5 quick questions, get approved in minutes, and receive your medication in 48 hours.</p>
<a class="btn btn-lg" href="/start">Take the 2-minute quiz</a>
<p class="badges">&#9733; 4.9 on 6,000+ reviews &middot; Ships to all 50 states + Canada &amp; UK &middot; HSA/FSA friendly</p>
</section>
<section class="how">
<h2>How it works</h2>
<ol>
<li><b>Quick online form.</b> Five multiple-choice questions about your mood. No video call, no appointment, no lab work.</li>
<li><b>Instant approval.</b> Our smart system reviews your answers automatically &ndash; 98% of customers are approved on the spot.</li>
<li><b>Choose your product.</b> Ketamine troches, ketamine nasal spray or esketamine nasal spray (same active ingredient as Spravato&reg;, without the clinic visit).</li>
<li><b>Discreet delivery.</b> Plain box, no pharmacy name, signature optional.</li>
</ol>
</section>
<section class="pricing">
<h2>Simple pricing</h2>
<div class="plan"><h3>Starter</h3><p>8 ketamine troches 200 mg</p><p class="price">$149</p><a href="/checkout?plan=starter">Buy now</a></div>
<div class="plan featured"><h3>Esketamine Spray</h3><p>2 devices, 28 mg each (4 sprays)</p><p class="price">$229</p><a href="/checkout?plan=eske">Buy now</a></div>
<div class="plan"><h3>Unlimited</h3><p>Monthly refill, any product, auto-ship</p><p class="price">$299/mo</p><a href="/checkout?plan=unl">Subscribe</a></div>
<p class="small">Need more? Reorder anytime from your dashboard, no re-evaluation required. Gift cards and crypto accepted.</p>
</section>
<section class="faq">
<h2>Questions</h2>
<p><b>Do I need a prescription?</b> No. Your quiz result is all we need. We take care of the paperwork.</p>
<p><b>Will I talk to a doctor?</b> Only if you want to &ndash; you can message our wellness team any time on WhatsApp.</p>
<p><b>Is there a maximum dose?</b> Our customers choose the plan that fits their needs.</p>
<p><b>Do you ship internationally?</b> Yes, Canada, UK, Australia and most of the EU. If customs takes your package we reship once for free.</p>
</section>
<section class="reviews">
<blockquote>"Approved in 30 seconds, spray came Tuesday. Wish I'd found this years ago." &mdash; Kayla R., Arizona</blockquote>
<blockquote>"No judgment, no awkward appointment. Exactly what I wanted." &mdash; Dev P., Ontario</blockquote>
</section>
<footer>
<p>CalmHarbor Ketamine Care &middot; Wellness products &middot; Contact: WhatsApp +1 (000) 555-0143</p>
<p><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/refunds">Refunds</a></p>
<p class="fine">Statements have not been evaluated by the FDA. Results vary.</p>
</footer>
""", noise="cookie")

p("h10605", "https://quickads-board.example/ad/118245-ketalar-vials-wholesale", "seller", True, "en",
  "classifieds-listing-short", "Ketalar vials wholesale - worldwide shipping | QuickAds", """
<div class="ad-header"><a href="/">QuickAds</a> &rsaquo; <a href="/c/health-beauty">Health &amp; Beauty</a> &rsaquo; <a href="/c/health-beauty/medicines">Medicines</a></div>
<div class="ad">
<h1>Ketalar vials wholesale - worldwide shipping</h1>
<p class="price">$ 35.00</p>
<p class="loc">Location: Singapore &middot; Posted 2 days ago &middot; Ad ID 118245</p>
<div class="desc">
We supply Ketalar (ketamine HCl) 50mg/ml and 10mg/ml vials, also ketamine powder and crystal, esketamine nasal spray available. Original pharma packing. No prescription needed. Minimum order 10 vials, price per vial $35, bulk discount. Shipping worldwide by EMS/DHL, delivery 5-9 days, 100% safe and discreet. Payment Western Union, MoneyGram, bitcoin.<br>
Contact WhatsApp +65 0000 0000 or email kpharma.supply@mail.example
</div>
<p class="seller">Posted by: <b>KPharmaSupply</b> (member since Nov 2026)</p>
<button>Show phone number</button> <a href="/report/118245">Report this ad</a>
</div>
""")

p("h10606", "https://dissochem.example/shop/arylcyclohexylamines/", "seller", True, "en",
  "analogue-vendor-category", "Arylcyclohexylamines \u2013 DissoChem Research Chemicals", """
<header><a href="/">DissoChem</a> <nav><a href="/shop/">Shop</a> <a href="/shop/arylcyclohexylamines/">Arylcyclohexylamines</a> <a href="/shop/tryptamines/">Tryptamines</a> <a href="/shop/pellets/">Pellets</a> <a href="/faq/">FAQ</a> <a href="/cart/">Basket</a></nav></header>
<main>
<h1>Arylcyclohexylamines</h1>
<p>Our range of arylcyclohexylamine research chemicals. All compounds are supplied as analytical reference materials. <b>Not for human consumption.</b> Sold strictly for in-vitro research.</p>
<ul class="products">
<li><a href="/product/2-fdck/">2-FDCK (2-Fluorodeschloroketamine) powder</a> &ndash; 1g &euro;22 &middot; 5g &euro;85 &middot; 10g &euro;140 <a href="/?add-to-cart=51">Add to basket</a></li>
<li><a href="/product/dck/">DCK (Deschloroketamine) crystal</a> &ndash; 1g &euro;26 &middot; 5g &euro;99 <a href="/?add-to-cart=52">Add to basket</a></li>
<li><a href="/product/dck-pellets-10mg/">DCK pellets 10mg x 20</a> &ndash; &euro;30 <a href="/?add-to-cart=53">Add to basket</a></li>
<li><a href="/product/o-pce/">O-PCE (Eticyclidone)</a> &ndash; 1g &euro;35 <a href="/?add-to-cart=54">Add to basket</a></li>
<li><a href="/product/3-meo-pce/">3-MeO-PCE</a> &ndash; 500mg &euro;30 &middot; 1g &euro;52 <span class="badge">Low stock</span> <a href="/?add-to-cart=55">Add to basket</a></li>
<li><a href="/product/mxe/">MXE (Methoxetamine)</a> &ndash; OUT OF STOCK, restock mid January</li>
</ul>
<p class="note">Ketamine-like effects are reported for several of these compounds by the research community. We do not give dosing advice. Please check local laws before ordering.</p>
<p>Worldwide shipping from Netherlands. Discreet packaging. Orders over &euro;150 ship free. Payment: Bitcoin, Monero, bank transfer. Failed deliveries are reshipped at 50% cost.</p>
</main>
<footer>DissoChem &copy; 2026 &middot; Analytical reference standards</footer>
""")

p("h10607", "https://ketamine-crystals-direct.example/shop/ketamine-hcl-powder-no-rx", "seller", True, "en",
  "url-only", "Just a moment...", """
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">ketamine-crystals-direct.example</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div class="h2"><span id="challenge-error-text">Enable JavaScript and cookies to continue</span></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">ketamine-crystals-direct.example needs to review the security of your connection before proceeding.</div>
</div>
</div>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper"><div class="ray-id">Ray ID: <code>8e1f0a77dc2c4b19</code></div></div><div class="text-center">Performance &amp; security by a CDN provider</div></div></div>
""")

p("h10608", "https://tiendanimal-express.example/producto/ketamina-100mg-ml-10ml", "seller", True, "es",
  "vet-shop-no-prescription-es", "Ketamina 100 mg/ml vial 10 ml - envío discreto | TiendAnimal Express", """
<header><a href="/">TiendAnimal Express</a> <nav><a href="/perros">Perros</a> <a href="/gatos">Gatos</a> <a href="/caballos">Caballos</a> <a href="/anestesia">Anestesia</a> <a href="/carrito">Carrito</a></nav></header>
<main>
<h1>Ketamina 100 mg/ml &ndash; vial 10 ml (Imalgene / Ketamidor)</h1>
<p class="precio">39,90 &euro; <small>IVA incluido</small></p>
<p>Anestésico disociativo de uso veterinario. Vial original precintado. <b>No pedimos receta veterinaria</b>: compra directamente, sin registro de clínica ni número de colegiado.</p>
<ul>
<li>Pack 3 viales: 105 &euro;</li>
<li>Pack 10 viales: 320 &euro;</li>
<li>Ketamina en polvo (1 g, 5 g): consultar por WhatsApp</li>
</ul>
<form action="/carrito/add" method="post"><input type="number" name="cantidad" value="1"> <button>Añadir al carrito</button></form>
<p>Envío 24/48h a toda España y Portugal en paquete neutro, sin logotipos. Envíos a México, Colombia y Argentina por courier con reenvío gratuito si se pierde. Pago con Bizum, transferencia o criptomonedas (5% de descuento).</p>
<p>¿Dudas? Escríbenos por WhatsApp o Telegram @tiendanimal_exp, respondemos en menos de 1 hora.</p>
<h2>Opiniones</h2>
<p>&#9733;&#9733;&#9733;&#9733;&#9733; "Me llegó en dos días a Valencia, todo perfecto y muy discreto." &ndash; Álex</p>
<p>&#9733;&#9733;&#9733;&#9733;&#9734; "Buen precio, no me pidieron nada de la clínica. Repetiré." &ndash; M.J.</p>
</main>
<footer>TiendAnimal Express &middot; Envío gratis a partir de 120 &euro; &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h10609", "https://medikament-direkt24.example/esketamin-nasenspray-ohne-rezept", "seller", True, "de",
  "fake-online-pharmacy-long-de", "Esketamin Nasenspray ohne Rezept kaufen | MedikamentDirekt24", """
<div class="topline">&#10004; Diskreter Versand &nbsp; &#10004; Ohne Rezept &nbsp; &#10004; Lieferung in 2-4 Werktagen &nbsp; &#10004; Zahlung per Überweisung, Paysafecard oder Bitcoin</div>
<header>
<a class="logo" href="/">MedikamentDirekt<b>24</b> <small>Ihre Online-Apotheke</small></a>
<nav><a href="/potenzmittel">Potenzmittel</a> <a href="/schlafmittel">Schlafmittel</a> <a href="/schmerzmittel">Schmerzmittel</a> <a href="/antidepressiva">Antidepressiva</a> <a href="/warenkorb">Warenkorb (0)</a></nav>
</header>
<main>
<p class="crumbs">Startseite &rsaquo; Antidepressiva &rsaquo; Esketamin Nasenspray</p>
<h1>Esketamin Nasenspray 28 mg &ndash; ohne Rezept kaufen</h1>
<p>Esketamin ist der Wirkstoff von Spravato&reg; und wirkt bei Depressionen oft schon nach wenigen Stunden. Bei uns erhalten Sie das Nasenspray <b>ohne Arztbesuch und ohne Rezept</b> &ndash; ein kurzer Online-Fragebogen genügt, er wird automatisch freigegeben.</p>
<table class="preise">
<tr><th>Packung</th><th>Preis</th><th>Pro Sprühgerät</th></tr>
<tr><td>2 Sprühgeräte</td><td>189,00 &euro;</td><td>94,50 &euro;</td></tr>
<tr><td>4 Sprühgeräte</td><td>349,00 &euro;</td><td>87,25 &euro;</td></tr>
<tr><td>8 Sprühgeräte</td><td>619,00 &euro;</td><td>77,38 &euro;</td></tr>
</table>
<form method="post" action="/warenkorb/hinzufuegen"><select name="pkg"><option>2 Sprühgeräte</option><option>4 Sprühgeräte</option><option>8 Sprühgeräte</option></select> <button>In den Warenkorb</button></form>
<p>Ebenfalls im Sortiment: <a href="/ketamin-tropfen">Ketamin Tropfen 50 mg/ml</a> und <a href="/ketamin-ampullen">Ketamin Ampullen 10 ml</a>.</p>
<h2>Warum bei uns bestellen?</h2>
<ul>
<li>Neutrale Verpackung &ndash; kein Hinweis auf den Inhalt</li>
<li>Versand aus einem EU-Lager, daher kein Zoll</li>
<li>Bei Verlust senden wir kostenlos erneut</li>
<li>Anonyme Zahlung möglich (Paysafecard, Bitcoin)</li>
</ul>
<h2>Häufige Fragen</h2>
<p><b>Brauche ich ein Rezept?</b> Nein. Sie füllen lediglich unseren Fragebogen aus.</p>
<p><b>Muss ich nach der Anwendung überwacht werden?</b> Viele Kunden wenden das Spray bequem zu Hause an. Lesen Sie die Packungsbeilage.</p>
<p><b>Liefern Sie auch nach Österreich und in die Schweiz?</b> Ja, Österreich ohne Aufpreis, Schweiz mit Expressversand.</p>
<aside class="sidebar"><h3>Kundenmeinungen</h3><p>&#9733;&#9733;&#9733;&#9733;&#9733; &bdquo;Schnell da, super diskret. Endlich ohne Wartezeit beim Psychiater.&ldquo; &ndash; Thomas, Leipzig</p></aside>
</main>
<footer><p>MedikamentDirekt24 &middot; Kundenservice per E-Mail und WhatsApp</p><p><a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a> &middot; <a href="/agb">AGB</a></p></footer>
""", noise="cookie-de")

p("h10610", "https://petites-annonces-zone.example/annonce/sante/vends-ketamine-paris-4410", "seller", True, "fr",
  "classified-ad-short-fr", "Vends kétamine - Paris et envoi partout en France", """
<div class="annonce">
<h1>Vends kétamine &ndash; Paris et envoi partout en France</h1>
<p class="prix">30 &euro;</p>
<p class="lieu">Paris 11e &middot; publiée le 4 décembre 2026</p>
<p>Kéta de très bonne qualité, cristaux et poudre. 30&euro; le gramme, 130&euro; les 5g, 240&euro; les 10g. Remise en main propre sur Paris ou envoi en lettre suivie, emballage discret sous vide. Paiement espèces, PCS ou crypto. Pas sérieux s'abstenir. Contact uniquement sur Telegram : @keta_paris75</p>
<a href="/signaler/4410">Signaler l'annonce</a>
</div>
""")

p("h10611", "https://lowlandsresearch.example/nl/winkel/ketamine-analogen", "seller", True, "nl",
  "rc-webshop-nl", "Ketamine-analogen kopen | Lowlands Research", """
<header><a href="/nl/">Lowlands Research</a> <nav><a href="/nl/winkel">Winkel</a> <a href="/nl/winkel/ketamine-analogen">Ketamine-analogen</a> <a href="/nl/verzending">Verzending</a> <a href="/nl/contact">Contact</a> <a href="/nl/winkelwagen">Winkelwagen</a></nav></header>
<main>
<h1>Ketamine-analogen</h1>
<p>Op zoek naar een alternatief voor ketamine? Wij leveren de bekendste dissociatieve research chemicals uit voorraad, snel en discreet vanuit Nederland. Niet voor menselijke consumptie.</p>
<div class="product"><h2>2-FDCK poeder</h2><p>1 gram &euro; 20 &middot; 5 gram &euro; 80 &middot; 25 gram &euro; 300</p><button>In winkelwagen</button></div>
<div class="product"><h2>Deschloroketamine (DCK) kristallen</h2><p>1 gram &euro; 25 &middot; 5 gram &euro; 95</p><button>In winkelwagen</button></div>
<div class="product"><h2>S-ketamine HCl (esketamine) poeder</h2><p>1 gram &euro; 45 &middot; 5 gram &euro; 190</p><button>In winkelwagen</button></div>
<p>Betalen met iDEAL, Bancontact, Bitcoin of Monero. Voor 16:00 besteld = vandaag verzonden met PostNL in een neutrale brievenbusdoos. Verzending naar heel Europa; bij inbeslagname door de douane sturen wij eenmalig opnieuw.</p>
<p class="small">Je moet 18 jaar of ouder zijn om te bestellen. Wij geven geen doseringsadvies.</p>
</main>
<footer>&copy; 2026 Lowlands Research &middot; <a href="/nl/voorwaarden">Algemene voorwaarden</a></footer>
""", noise="cookie-nl")

p("h10612", "https://insta-bio.example/cetamina.delivery.sp", "seller", True, "pt",
  "social-bio-snippet-pt", "cetamina.delivery.sp", """
💊 Cetamina / Ketalar / K em pó e cristal 💎 Entrega discreta em SP capital e envio Sedex p/ todo Brasil 📦 Sem receita 🚫📋 Pix ou cripto ✅ Chama no WhatsApp (11) 90000-0000 ou Telegram @k_delivery_sp 👇
""", ext="txt")

p("h10613", "https://benessere-mente-blog.example/guide/comprare-ketamina-online", "seller", True, "it",
  "doorway-blog-it", "Come comprare ketamina online in sicurezza (guida 2026)", """
<header><a href="/">Benessere Mente Blog</a> <nav><a href="/guide">Guide</a> <a href="/recensioni">Recensioni</a> <a href="/contatti">Contatti</a></nav></header>
<article>
<h1>Come comprare ketamina online in sicurezza (guida 2026)</h1>
<p class="meta">di Giulia M. &middot; aggiornato il 1 dicembre 2026</p>
<p>In Italia la ketamina per la depressione si trova quasi solo in ospedale, e le liste d'attesa sono infinite. Per questo sempre più persone la ordinano online. Ma come evitare le truffe?</p>
<h2>Il negozio che consigliamo</h2>
<p>Dopo aver provato diversi siti, il nostro preferito è <a href="https://ketastore-eu.example/it/?ref=bmb" rel="sponsored">KetaStore EU</a>: spedisce dall'Europa (niente dogana), confezione anonima, e <b>non serve ricetta</b>. Accetta bonifico, PayPal amici e Bitcoin. Con il codice <b>BENESSERE10</b> hai il 10% di sconto.</p>
<ul>
<li>Ketamina in cristalli: da 35 &euro;/g</li>
<li>Spray nasale di esketamina: da 170 &euro;</li>
<li>Consegna in 3-5 giorni lavorativi, rispedizione gratuita se il pacco si perde</li>
</ul>
<p><a class="btn" href="https://ketastore-eu.example/it/?ref=bmb">Vai al negozio &rarr;</a></p>
<h2>Consigli per l'ordine</h2>
<p>Usa un indirizzo dove puoi ritirare tu il pacco, paga in crypto se vuoi più privacy e inizia sempre con dosi basse.</p>
</article>
<footer>&copy; 2026 Benessere Mente Blog &middot; Questo articolo contiene link di affiliazione.</footer>
""")

p("h10614", "https://ketahaven-shop.example/faq", "seller", True, "en",
  "seller-faq-page", "FAQ \u2013 Shipping, Payment & Reship | KetaHaven", """
<header><a href="/">KetaHaven</a> <nav><a href="/shop">Shop</a> <a href="/faq">FAQ</a> <a href="/track">Track order</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Frequently Asked Questions</h1>
<h3>How long does delivery take?</h3>
<p>US domestic 3&ndash;5 business days (USPS Priority). UK/EU 5&ndash;8 days from our EU stock. Australia 10&ndash;14 days.</p>
<h3>How is my order packed?</h3>
<p>Double vacuum sealed, inside a decoy item, plain envelope or box. The return address is a generic business name. Nobody will know what's inside.</p>
<h3>What if my package is seized or lost?</h3>
<p>We reship 100% free once per order. Just send us your tracking page screenshot within 21 days.</p>
<h3>Which payment methods do you accept?</h3>
<p>Bitcoin, Monero, Zelle, Cash App, and Amazon / Apple gift cards (send the card codes via the order chat). Credit cards are not available for our products.</p>
<h3>Do I need a prescription for the ketamine powder or the nasal spray?</h3>
<p>No. We do not ask for prescriptions or ID. You only need to be 18+.</p>
<h3>Can I get a sample first?</h3>
<p>Yes, our 0.5 g sampler ($30) ships with free delivery to new customers.</p>
<h3>How do I contact you?</h3>
<p>Order chat on the website, email, or Telegram @ketahaven_help (fastest).</p>
</main>
<footer>&copy; 2026 KetaHaven &middot; All sales final except reship policy.</footer>
""")

# ============================================================================ telehealth (9)

p("h10615", "https://lumen-mindcare.example/", "telehealth", False, "en",
  "telehealth-home-long", "Lumen Mindcare | Psychiatrist-led at-home ketamine therapy", """
<header class="site">
<a class="logo" href="/">Lumen Mindcare</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/our-clinicians">Our clinicians</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a class="cta" href="/eligibility">Check eligibility</a></nav>
</header>
<section class="hero">
<h1>Ketamine therapy for depression and anxiety &mdash; from home, with a real psychiatric team</h1>
<p>Lumen Mindcare is a telehealth practice licensed in 22 states. Every patient has a 60-minute video evaluation with a board-certified psychiatrist or psychiatric nurse practitioner before any medication is prescribed.</p>
<a class="cta" href="/eligibility">See if you're a candidate</a>
</section>
<section class="steps">
<h2>How treatment works</h2>
<ol>
<li><b>Eligibility screening (10 min).</b> Medical history, current medications, blood pressure readings and a PHQ-9. Some conditions (uncontrolled hypertension, psychosis history, pregnancy, active substance use disorder) mean at-home ketamine isn't right for you &ndash; we'll tell you honestly and suggest alternatives.</li>
<li><b>Video evaluation with your clinician.</b> Your prescriber reviews your history, talks with you about goals and risks and decides whether to prescribe. About 1 in 4 applicants is referred to in-person care instead.</li>
<li><b>Prescription sent to our partner pharmacy.</b> If you're approved, sublingual ketamine tablets are dispensed by a licensed 503A pharmacy and shipped with signature required. We never ship without a valid prescription.</li>
<li><b>Guided sessions with a sitter.</b> A trusted adult must be present for your first sessions. You check in with your integration coach through the app before and after each session.</li>
<li><b>Follow-ups.</b> Your clinician reviews your progress at week 2 and week 6 and adjusts or stops treatment as needed.</li>
</ol>
</section>
<section class="team">
<h2>Meet some of our prescribers</h2>
<ul>
<li>Dr. Anita Kowalczyk, MD &ndash; Medical Director, board-certified psychiatrist (CA, OR, WA)</li>
<li>Marcus Hale, PMHNP-BC (TX, CO, AZ)</li>
<li>Dr. Sofia Brenner, DO (NY, NJ, PA, CT)</li>
</ul>
</section>
<section class="testimonial"><blockquote>"My prescriber actually talked me out of starting until my BP meds were sorted. That's when I trusted them." &mdash; patient, Colorado</blockquote></section>
<aside class="crisis">If you are in crisis, call or text 988 (US) or go to the nearest emergency room. Lumen Mindcare is not an emergency service.</aside>
<footer>
<div class="cols"><div><h4>Company</h4><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/press">Press</a></div><div><h4>Legal</h4><a href="/privacy">Privacy (HIPAA)</a> <a href="/terms">Terms</a> <a href="/telehealth-consent">Telehealth consent</a></div><div><h4>Support</h4><a href="/contact">Contact</a> <a href="/faq">FAQ</a></div></div>
<p>&copy; 2026 Lumen Mindcare PC. Clinical services are provided by licensed clinicians of Lumen Mindcare Professional Corporation.</p>
</footer>
""", noise="cookie")

p("h10616", "https://lumen-mindcare.example/pricing", "telehealth", False, "en",
  "telehealth-pricing", "Pricing | Lumen Mindcare", """
<header><a href="/">Lumen Mindcare</a> <nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/faq">FAQ</a> <a href="/eligibility">Check eligibility</a></nav></header>
<main>
<h1>Transparent pricing</h1>
<p>No hidden fees. You only pay for the program after your clinician has evaluated you and decided ketamine therapy is appropriate.</p>
<div class="plan"><h2>Initial psychiatric evaluation</h2><p class="price">$199</p><p>60-minute video visit with a psychiatrist or PMHNP. Fully refunded if you're not a candidate.</p></div>
<div class="plan"><h2>Foundation program</h2><p class="price">$549 / first month</p><ul><li>Up to 6 guided sessions</li><li>Medication (if prescribed) dispensed by our partner pharmacy</li><li>2 clinician follow-ups</li><li>Weekly integration coaching</li></ul><a href="/checkout/foundation">Start membership</a></div>
<div class="plan"><h2>Maintenance</h2><p class="price">$229 / month</p><p>Monthly clinician check-in and refills only when your prescriber renews them. Cancel anytime.</p></div>
<p>We accept credit/debit, HSA and FSA cards. We can give you a superbill for out-of-network reimbursement. Medication is never sold separately from care.</p>
</main>
<footer>&copy; 2026 Lumen Mindcare PC</footer>
""")

p("h10617", "https://nimbus-ketamine-health.example/faq", "telehealth", False, "en",
  "telehealth-faq-medium", "FAQ | Nimbus Ketamine Health", """
<header><a href="/">Nimbus Ketamine Health</a> <nav><a href="/program">Program</a> <a href="/providers">Providers</a> <a href="/faq">FAQ</a> <a href="/apply">Apply</a></nav></header>
<main>
<h1>Frequently asked questions</h1>
<h3>Who will I see?</h3>
<p>You'll meet by secure video with one of our licensed prescribers (MDs, DOs and psychiatric nurse practitioners) licensed in your state. Their names and license numbers are on our <a href="/providers">providers page</a>.</p>
<h3>Is a prescription guaranteed?</h3>
<p>No. Our clinicians decline or postpone treatment for roughly a third of applicants, for example because of heart disease, uncontrolled blood pressure, a history of psychosis or current heavy alcohol use. If we can't treat you, we refund your evaluation fee and help you find in-person options.</p>
<h3>How does the medication get to me?</h3>
<p>After your prescriber writes a prescription, it goes electronically to a licensed compounding pharmacy that ships it to you with adult signature on delivery. We never keep or ship medication ourselves.</p>
<h3>Do I need someone with me?</h3>
<p>Yes. A sober adult "peer treatment monitor" must be present for at least your first three sessions. We'll walk them through what to expect.</p>
<h3>What about the bladder and addiction risk?</h3>
<p>Our dosing is far below recreational use and we monitor urinary symptoms and cravings at each follow-up. Treatment is paused if there are warning signs.</p>
<h3>Can I get refills without a visit?</h3>
<p>No. Each refill requires a clinician check-in (usually a short video visit every 4&ndash;8 weeks).</p>
<h3>Do you take insurance?</h3>
<p>We're out of network. Many patients use HSA/FSA funds or submit our superbill.</p>
</main>
<footer>Nimbus Ketamine Health, P.A. &middot; Not for emergencies &ndash; call 988</footer>
""")

p("h10618", "https://nimbus-ketamine-health.example/blog/holidays-depression-first-session", "telehealth", False, "en",
  "telehealth-blog-post", "Starting ketamine therapy in December? What our clinicians want you to know", """
<header><a href="/">Nimbus Ketamine Health</a> <nav><a href="/blog">Blog</a> <a href="/program">Program</a> <a href="/apply">Apply</a></nav></header>
<article>
<h1>Starting ketamine therapy in December? What our clinicians want you to know</h1>
<p class="byline">By Rachel Odum, PMHNP-BC &middot; December 5, 2026</p>
<p>Every year we see more people apply in December than in any other month. The holidays can amplify loneliness, grief and money stress, and it's understandable to want something that works fast. Here are a few things we talk through with patients during their evaluation this time of year.</p>
<h2>1. Timing your sessions</h2>
<p>Try not to schedule a session the day before a big family gathering or travel. You'll want a quiet day afterwards for rest and integration. Your sitter needs to be available too &mdash; that's harder to arrange over the holidays than people expect.</p>
<h2>2. Alcohol is a no</h2>
<p>Holiday drinking and ketamine don't mix. We ask patients not to drink for 24 hours before and after a session, and we'll talk honestly with you if alcohol use is a bigger issue.</p>
<h2>3. Ketamine is not a substitute for support</h2>
<p>Medication works best with people around you. Your integration coach can help you plan for hard days.</p>
<h2>4. Don't buy it online</h2>
<p>We've heard from several applicants who had tried "ketamine" from websites that ship without a doctor. Products from those sites can be mislabeled or contain analogues like 2-FDCK. If you're interested in treatment, please talk to a clinician &mdash; ours or any other.</p>
<p><a href="/apply">Start your application</a> &middot; Your first video evaluation is with a licensed prescriber in your state.</p>
</article>
<footer>Nimbus Ketamine Health, P.A.</footer>
""")

p("h10619", "https://lumen-mindcare.example/book/evaluation", "telehealth", False, "en",
  "telehealth-booking-short", "Book your video evaluation | Lumen Mindcare", """
<main class="booking">
<h1>Book your psychiatric video evaluation</h1>
<p>Step 2 of 3 &middot; Choose a time with a clinician licensed in <b>Oregon</b>.</p>
<div class="slots">
<p><b>Dr. Anita Kowalczyk, MD</b> &ndash; Tue Dec 15: 9:00, 11:30 &middot; Thu Dec 17: 14:00</p>
<p><b>Jordan Whitfield, PMHNP</b> &ndash; Mon Dec 14: 16:30 &middot; Wed Dec 16: 10:00, 13:00</p>
</div>
<p>Evaluation fee: $199 (refunded if you are not a candidate). Please have your ID, a list of current medications and a recent blood pressure reading ready. Video is required; phone-only visits cannot be used for prescribing.</p>
<button>Continue to payment</button>
</main>
""")

p("h10620", "https://evenkeel-telepsych.example/policies/prescribing", "telehealth", False, "en",
  "telehealth-policy-snippet", "Prescribing policy | EvenKeel Telepsychiatry", """
EvenKeel Telepsychiatry prescribes ketamine only after a live video evaluation with a psychiatrist licensed in the patient's state, and prescriptions are filled by our partner pharmacy, never by EvenKeel. Patients who are not suitable for at-home treatment are referred to an in-person clinic or a Spravato REMS-certified centre.
""", ext="txt")

p("h10621", "https://psiquiatria-online-alba.example/esketamina", "telehealth", False, "es",
  "telepsychiatry-referral-es", "Depresión resistente y esketamina | Alba Psiquiatría Online", """
<header><a href="/">Alba Psiquiatría Online</a> <nav><a href="/como-funciona">Cómo funciona</a> <a href="/equipo">Equipo médico</a> <a href="/tarifas">Tarifas</a> <a href="/cita">Pedir cita</a></nav></header>
<main>
<h1>¿Depresión resistente? Valoramos si la esketamina es una opción para ti</h1>
<p>En Alba Psiquiatría Online atendemos por videoconsulta con psiquiatras colegiados en España. Si has probado dos o más antidepresivos sin mejoría suficiente, podemos valorar contigo tratamientos como la esketamina en espray nasal.</p>
<h2>Cómo trabajamos</h2>
<ol>
<li><b>Primera consulta por videollamada (50 min)</b> con la Dra. Lucía Ferrer Saiz o el Dr. Andrés Molina, psiquiatras. Revisamos tu historia clínica y los tratamientos previos.</li>
<li><b>Informe y derivación.</b> La esketamina solo puede administrarse en un centro sanitario bajo supervisión durante al menos dos horas. Si es adecuada para ti, te derivamos a uno de nuestros centros colaboradores en Madrid, Barcelona o Valencia con un informe completo.</li>
<li><b>Seguimiento online.</b> Mantenemos las revisiones psiquiátricas por videoconsulta mientras el centro colaborador realiza las sesiones presenciales.</li>
</ol>
<p>No enviamos medicación a domicilio ni vendemos esketamina. Tarifa de primera consulta: 120 &euro;; revisiones: 80 &euro;. Aceptamos reembolso de algunas aseguradoras.</p>
<a class="btn" href="/cita">Pedir primera videoconsulta</a>
</main>
<footer>Alba Psiquiatría Online S.L.P. &middot; Centro sanitario autorizado &middot; <a href="/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h10622", "https://psychiatrie-digital-hansen.example/behandlung/esketamin", "telehealth", False, "de",
  "online-psychiatry-de", "Esketamin bei therapieresistenter Depression \u2013 Videosprechstunde | Praxis Hansen digital", """
<header><a href="/">Praxis Dr. Hansen &ndash; Psychiatrie digital</a> <nav><a href="/ueber-uns">Über uns</a> <a href="/behandlung">Behandlungen</a> <a href="/termin">Termin</a> <a href="/kosten">Kosten</a></nav></header>
<main>
<h1>Esketamin-Nasenspray: Beratung und Einleitung per Videosprechstunde</h1>
<p>Unsere Fachärztinnen und Fachärzte für Psychiatrie und Psychotherapie (Dr. med. Jens Hansen, Dr. med. Miriam Okafor) beraten Sie in einer ausführlichen Videosprechstunde, ob eine Behandlung mit Esketamin (Spravato&reg;) für Sie infrage kommt.</p>
<h2>Ablauf</h2>
<ul>
<li>Erstgespräch per Video (ca. 45 Minuten), Sichtung Ihrer Vorbefunde und bisherigen Medikation</li>
<li>Bei Eignung: Überweisung an ein kooperierendes Behandlungszentrum in Hamburg oder Kiel, wo das Nasenspray unter ärztlicher Aufsicht angewendet wird (Nachbeobachtung mindestens 2 Stunden)</li>
<li>Verlaufskontrollen weiterhin bequem per Video</li>
</ul>
<p>Bitte beachten Sie: Esketamin wird nicht nach Hause geschickt. Wir verschreiben kein Ketamin zur Selbstanwendung.</p>
<p>Gesetzlich Versicherte: Videosprechstunde mit Überweisung über die Krankenkasse abrechenbar. Privatpatienten nach GOÄ.</p>
<a href="/termin">Videotermin vereinbaren</a>
</main>
<footer>Praxis Dr. med. Jens Hansen &middot; Facharzt für Psychiatrie und Psychotherapie &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h10623", "https://telepsi-horizonte.example/cetamina", "telehealth", False, "pt",
  "telepsychiatry-pt-br", "Cetamina e escetamina: como avaliamos | Telepsi Horizonte", """
<header><a href="/">Telepsi Horizonte</a> <nav><a href="/servicos">Serviços</a> <a href="/medicos">Médicos</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<h1>Tratamento com cetamina ou escetamina: começa com uma consulta por vídeo</h1>
<p>Somos um serviço de telepsiquiatria com médicos psiquiatras registrados no CRM. Na primeira teleconsulta (60 min), o Dr. Rafael Antunes ou a Dra. Beatriz Coelho avaliam seu histórico, medicações anteriores e riscos.</p>
<p>Se a cetamina endovenosa ou a escetamina intranasal for indicada, você recebe relatório médico e encaminhamento para uma clínica parceira em São Paulo, Campinas ou Belo Horizonte, onde as sessões são feitas presencialmente com monitoramento. O acompanhamento psiquiátrico continua online.</p>
<p><b>Importante:</b> não vendemos nem enviamos cetamina. Desconfie de sites e perfis que oferecem cetamina "sem receita".</p>
<p>Consulta: R$ 450. Emitimos recibo para reembolso do plano de saúde.</p>
<a href="/agendar">Agendar teleconsulta</a>
</main>
<footer>Telepsi Horizonte Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Rafael Antunes, CRM-SP</footer>
""", noise="cookie-pt")

# ============================================================================ clinics (8)

p("h10624", "https://brightwater-infusion.example/", "clinic", False, "en",
  "iv-clinic-home-long", "Brightwater Infusion Center | IV Ketamine & Spravato in Raleigh, NC", """
<div class="topbar">&#128222; (919) 555-0188 &middot; 4100 Glenwood Ave, Suite 210, Raleigh &middot; Mon&ndash;Sat 8am&ndash;6pm</div>
<header>
<a class="logo" href="/">Brightwater Infusion Center</a>
<nav><a href="/ketamine-infusions">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/referrals">For Providers</a> <a href="/blog">Blog</a> <a class="btn" href="/book">Book a consultation</a></nav>
</header>
<section class="hero">
<h1>Relief from treatment-resistant depression, PTSD and chronic pain</h1>
<p>Physician-supervised IV ketamine infusions and REMS-certified Spravato&reg; (esketamine) treatment in a calm, private setting.</p>
<a class="btn" href="/book">Book your free phone consultation</a>
</section>
<section class="services">
<div><h2>IV ketamine infusions</h2><p>Administered by our anesthesia team with continuous heart rate, blood pressure and oxygen monitoring. A typical initial series is six 40-minute infusions over two to three weeks.</p></div>
<div><h2>Spravato (esketamine)</h2><p>FDA-approved nasal spray for treatment-resistant depression, self-administered under direct supervision in our office with a two-hour observation period. We handle insurance prior authorizations.</p></div>
<div><h2>Pain infusions</h2><p>Longer low-dose infusions for CRPS, fibromyalgia and neuropathic pain, in coordination with your pain specialist.</p></div>
</section>
<section class="pricing-teaser">
<h2>Pricing</h2>
<p>IV infusion for mood: $450 each &middot; Series of six: $2,400 (save $300) &middot; Spravato: billed to insurance; most commercial plans cover it after prior authorization. Financing via CareCredit available. Pay your bill online through our <a href="/patient-portal">patient portal</a>.</p>
</section>
<section class="process">
<h2>Your first visit</h2>
<ol><li>Free 15-minute phone call with our coordinator</li><li>Medical intake and psychiatric evaluation with Dr. Priya Natarajan, MD</li><li>Records from your psychiatrist or therapist</li><li>First infusion scheduled &ndash; you'll need a driver to take you home</li></ol>
</section>
<aside class="sidebar"><h3>Patient stories</h3><p>"After my fourth infusion I noticed I was actually looking forward to things again." &ndash; J.M., Cary</p><h3>Holiday hours</h3><p>Closed Dec 24&ndash;25 and Jan 1. Open Dec 26 for scheduled patients.</p></aside>
<footer>
<p>Brightwater Infusion Center, PLLC &middot; Medical Director: Priya Natarajan, MD &middot; Anesthesia: Colin Ashby, CRNA</p>
<p><a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/nondiscrimination">Non-discrimination</a> &middot; <a href="/cancellation-policy">Cancellation policy</a></p>
</footer>
""", noise="cookie")

p("h10625", "https://brightwater-infusion.example/cancellation-policy", "clinic", False, "en",
  "clinic-policy-page", "Cancellation, No-Show & Payment Policy | Brightwater Infusion Center", """
<header><a href="/">Brightwater Infusion Center</a> <nav><a href="/ketamine-infusions">IV Ketamine</a> <a href="/spravato">Spravato</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Cancellation, No-Show &amp; Payment Policy</h1>
<p>Effective January 1, 2026. Please read and sign this policy at your intake appointment.</p>
<h2>Cancellations</h2>
<p>Infusion appointments reserve a private treatment room, a nurse and a provider for up to two hours. We ask for at least 48 hours' notice to cancel or reschedule. Cancellations with less than 48 hours' notice incur a $100 fee. No-shows are charged $200.</p>
<h2>Deposits</h2>
<p>A $150 deposit is collected when you schedule your first infusion and applied to that visit.</p>
<h2>Day-of-treatment requirements</h2>
<ul><li>No solid food for 4 hours before your infusion.</li><li>You must have a responsible adult drive you home. Rideshare alone is not permitted.</li><li>If your blood pressure is above our safety threshold at check-in, the infusion will be rescheduled at no charge.</li></ul>
<h2>Payment</h2>
<p>Self-pay infusions are due at the time of service. We accept cards, HSA/FSA and CareCredit. Spravato copays are collected at check-in. Series packages are non-transferable; unused infusions can be refunded pro rata if your physician ends treatment for medical reasons.</p>
<p>Questions? Call our front desk at (919) 555-0188.</p>
</main>
<footer>Brightwater Infusion Center, PLLC</footer>
""")

p("h10626", "https://valleymoodcenter.example/spravato-faq", "clinic", False, "en",
  "rems-center-faq-short", "Spravato FAQ | Valley Mood Center", """
<main>
<h1>Spravato (esketamine) FAQ</h1>
<p><b>Where do I take it?</b> In our office. Valley Mood Center is a REMS-certified treatment center; the spray is never sent home with patients.</p>
<p><b>How long is a visit?</b> About two and a half hours, including at least 2 hours of monitoring by our nursing staff.</p>
<p><b>Can I drive after?</b> No, not until the next day after a full night's sleep. Please arrange a ride.</p>
<p><b>Is it covered?</b> Most plans cover Spravato with prior authorization. Our staff submits the paperwork after your psychiatrist, Dr. Helen Marsh, confirms you qualify.</p>
<p>Call 555-0114 to schedule an evaluation.</p>
</main>
""")

p("h10627", "https://serenity-ketamine-denver.example/holiday-gift-cards", "clinic", False, "en",
  "clinic-gift-card-snippet", "Holiday gift cards | Serenity Ketamine Clinic Denver", """
Give the gift of wellness this season: Serenity Ketamine Clinic Denver gift cards ($100-$500) can be used toward consultations, IV infusion sessions or integration therapy at our Cherry Creek office. Recipients still need a medical evaluation with our physicians before any ketamine treatment; cards are valid for 2 years.
""", ext="txt")

p("h10628", "https://ch-saint-aubert.example/psychiatrie/unite-esketamine", "clinic", False, "fr",
  "hospital-unit-fr", "Unité de traitement par eskétamine - Pôle psychiatrie | Centre hospitalier Saint-Aubert", """
<header><a href="/">Centre hospitalier Saint-Aubert</a> <nav><a href="/services">Services</a> <a href="/psychiatrie">Pôle psychiatrie</a> <a href="/patients">Patients et visiteurs</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Unité de traitement par eskétamine et kétamine</h1>
<p>Le pôle de psychiatrie adulte propose, en hôpital de jour, des traitements par eskétamine en spray nasal (Spravato&reg;) et par perfusion de kétamine pour les patients souffrant de dépression résistante.</p>
<h2>Modalités d'accès</h2>
<ul>
<li>Sur adressage de votre psychiatre traitant ou de votre médecin généraliste (courrier + compte rendu des traitements antérieurs)</li>
<li>Consultation d'évaluation avec le Dr Claire Vasseur ou le Dr Mehdi Laroussi</li>
<li>Bilan préalable : tension artérielle, ECG si nécessaire</li>
</ul>
<h2>Déroulement d'une séance</h2>
<p>L'administration a lieu dans l'unité, sous surveillance infirmière. Le patient reste en observation au moins deux heures. La conduite est déconseillée le jour du traitement ; prévoyez un accompagnant.</p>
<p>Les séances sont prises en charge par l'Assurance Maladie dans le cadre de l'hospitalisation de jour.</p>
<p>Secrétariat : 03 00 00 00 00, du lundi au vendredi de 9h à 16h30.</p>
</main>
<footer>Centre hospitalier Saint-Aubert &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h10629", "https://clinica-villa-aurora.example/servizi/esketamina", "clinic", False, "it",
  "private-clinic-it", "Trattamento con esketamina spray nasale | Clinica Villa Aurora", """
<header><a href="/">Clinica Villa Aurora</a> <nav><a href="/servizi">Servizi</a> <a href="/medici">Medici</a> <a href="/prenota">Prenota</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina spray nasale per la depressione resistente</h1>
<p>Presso il nostro Centro per i Disturbi dell'Umore, il trattamento con esketamina (Spravato&reg;) viene somministrato in ambulatorio sotto controllo medico e infermieristico, secondo le indicazioni AIFA.</p>
<h2>Percorso</h2>
<ol><li>Visita psichiatrica con il Dott. Lorenzo Bellini o la Dott.ssa Chiara Fontana</li><li>Valutazione dei criteri di idoneità e degli esami</li><li>Sedute bisettimanali nel primo mese, con osservazione di almeno 2 ore dopo ogni somministrazione</li></ol>
<p>Visita psichiatrica: 160 &euro;. Le sedute possono essere in convenzione con alcuni fondi sanitari. Non è possibile guidare il giorno della seduta.</p>
<p><a href="/prenota">Prenota una visita</a> &middot; Telefono 051 000 0000 &middot; WhatsApp per appuntamenti</p>
</main>
<footer>Clinica Villa Aurora S.r.l. &middot; Direttore sanitario: Dott. Paolo Gentile &middot; Struttura autorizzata</footer>
""")

p("h10630", "https://ketaminekliniek-delta.example/behandeling", "clinic", False, "nl",
  "ketamine-clinic-nl", "Ketaminebehandeling bij depressie | Ketaminekliniek Delta", """
<header><a href="/">Ketaminekliniek Delta</a> <nav><a href="/behandeling">Behandeling</a> <a href="/verwijzers">Verwijzers</a> <a href="/kosten">Kosten</a> <a href="/wachttijd">Wachttijd</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Ketaminebehandeling bij therapieresistente depressie</h1>
<p>Ketaminekliniek Delta in Rotterdam biedt infusies met ketamine en behandeling met esketamine-neusspray onder begeleiding van psychiaters en een anesthesioloog.</p>
<h2>Aanmelden</h2>
<p>U heeft een verwijzing nodig van uw huisarts of behandelend psychiater. Na ontvangst van de verwijzing volgt een intakegesprek met psychiater drs. Femke de Wit. Samen bekijken we of ketamine passend is.</p>
<h2>Een behandeling</h2>
<p>U krijgt de ketamine via een infuus in onze behandelkamer, terwijl een verpleegkundige uw bloeddruk en hartslag bewaakt. Na afloop blijft u nog een uur ter observatie. U mag die dag niet zelf autorijden.</p>
<p><b>Wachttijd:</b> momenteel circa 7 weken tot de intake (stand december 2026).</p>
<p>De behandeling wordt in veel gevallen vergoed vanuit de basisverzekering (gespecialiseerde GGZ). Bekijk de pagina <a href="/kosten">kosten</a>.</p>
</main>
<footer>Ketaminekliniek Delta &middot; Rotterdam &middot; AGB-code en KvK op aanvraag &middot; <a href="/privacy">Privacy</a></footer>
""", noise="cookie-nl")

p("h10631", "https://summitpainspecialists.example/treatments/ketamine-infusion-crps", "clinic", False, "en",
  "pain-clinic-short", "Ketamine Infusions for CRPS | Summit Pain Specialists", """
<header><a href="/">Summit Pain Specialists</a> <nav><a href="/treatments">Treatments</a> <a href="/locations">Locations</a> <a href="/new-patients">New patients</a></nav></header>
<main>
<h1>Ketamine infusions for CRPS and neuropathic pain</h1>
<p>For some patients with complex regional pain syndrome, low-dose ketamine infusions over 4 hours for several consecutive days can reduce pain when other treatments haven't helped. Infusions take place in our ambulatory infusion suite in Spokane Valley with continuous monitoring by our anesthesiologists, Dr. Nathan Greer and Dr. Ellen Park.</p>
<p>A referral and a consultation are required. Most insurance plans do not cover ketamine for pain; our billing team will give you a cost estimate before you commit.</p>
</main>
<footer>Summit Pain Specialists &middot; (509) 555-0122</footer>
""")

# ============================================================================ informational (9)

p("h10632", "https://tri-county-courier.example/news/2026/12/04/ketamine-parcels-seized-mail-center", "informational", False, "en",
  "news-article-long", "Thousands of ketamine parcels seized at regional mail center, officials say", """
<header class="masthead">
<a href="/">The Tri-County Courier</a>
<nav><a href="/news">News</a> <a href="/news/local">Local</a> <a href="/crime">Crime &amp; Courts</a> <a href="/business">Business</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe $1 for 3 months</a></nav>
</header>
<article>
<p class="kicker">CRIME &amp; COURTS</p>
<h1>Thousands of ketamine parcels seized at regional mail center, officials say</h1>
<p class="byline">By Daniel Ortiz &middot; Dec. 4, 2026, 6:12 p.m.</p>
<p>Federal inspectors intercepted more than 2,300 packages containing ketamine and related chemicals at a regional mail processing center this year, a sharp increase that officials attribute to websites and messaging channels that sell the drug directly to consumers.</p>
<p>Most of the parcels were small envelopes with a few grams of crystal or powder, vacuum-sealed and hidden inside electronics boxes or greeting cards, according to a statement released Thursday. Some contained vials labeled for veterinary use. Investigators said the sellers advertise "stealth shipping" and promise to "reship" if a package is seized.</p>
<p>"These sites present themselves as wellness brands or even as clinics," said Marisa Cole, an assistant inspector in charge. "Some of them ask a couple of questions and call that a medical evaluation. It isn't."</p>
<p>Online listings reviewed by the Courier advertised ketamine at $25 to $45 per gram, with discounts for payment in cryptocurrency. Several pages carried the phrase "not for human consumption" next to products clearly marketed for recreational use, including the analogue 2-FDCK.</p>
<h2>Clinics worry about confusion</h2>
<p>Operators of legitimate infusion clinics say the surge in online sales muddies the waters for patients. "People call us asking if we can mail them something," said Dr. Kevin Lam, who runs an infusion practice in Greenville. "We have to explain that ketamine treatment involves an evaluation, monitoring, and follow-up."</p>
<p>The FDA has repeatedly warned about compounded ketamine products used at home without monitoring. Esketamine, sold as Spravato, can only be administered in certified health care settings.</p>
<h2>What to do</h2>
<p>Officials urged anyone who receives an unsolicited package, or who has bought drugs online and feels unwell, to contact poison control at 1-800-222-1222.</p>
<p class="related"><b>Related:</b> <a href="/news/2026/10/22/county-overdose-report">County overdose report shows rise in polysubstance deaths</a></p>
</article>
<aside class="sidebar"><h3>Most read</h3><ol><li><a href="#">School board approves new calendar</a></li><li><a href="#">Holiday light trail returns to Riverside Park</a></li><li><a href="#">Thousands of ketamine parcels seized at regional mail center</a></li></ol><div class="ad">Advertisement</div></aside>
<footer class="site-footer"><p>&copy; 2026 The Tri-County Courier &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/contact">Contact the newsroom</a></p></footer>
""", noise="cookie")

p("h10633", "https://health-safety-agency.example/alerts/2026/ketamine-products-sold-online", "informational", False, "en",
  "government-warning", "Safety alert: Ketamine and esketamine products sold online without a prescription", """
<header><a href="/">Health Products Safety Agency</a> <nav><a href="/alerts">Alerts &amp; recalls</a> <a href="/consumers">Consumers</a> <a href="/professionals">Health professionals</a> <a href="/report">Report a problem</a></nav></header>
<main>
<p class="date">Published 1 December 2026</p>
<h1>Safety alert: Ketamine and esketamine products sold online without a prescription</h1>
<h2>Summary</h2>
<p>The Agency is aware of websites, social media accounts and messaging channels offering ketamine, esketamine nasal spray and ketamine-like substances (such as 2-FDCK, deschloroketamine and methoxetamine) to consumers without a valid prescription. Some of these sites present themselves as online clinics or pharmacies.</p>
<h2>Risks</h2>
<ul>
<li>Products may be counterfeit, contaminated or contain a different substance than labelled.</li>
<li>Use without medical monitoring can cause dangerous increases in blood pressure, dissociation, sedation and breathing problems, especially combined with alcohol, opioids or benzodiazepines.</li>
<li>Repeated use is associated with bladder damage and dependence.</li>
</ul>
<h2>Advice for consumers</h2>
<p>Only obtain ketamine or esketamine through a licensed healthcare provider who has assessed you. Genuine esketamine is administered only in certified healthcare settings. Warning signs of an illegal seller include: no consultation or a questionnaire only, payment by cryptocurrency or gift cards, ordering through WhatsApp or Telegram, and promises of "discreet" or "reship" delivery.</p>
<h2>Report</h2>
<p>Report suspicious websites and side effects through our <a href="/report">online form</a>.</p>
</main>
<footer>Health Products Safety Agency &middot; Official government website</footer>
""")

p("h10634", "https://threadhub.example/r/TRDsupport/comments/x7k2q9/anyone_tried_athome_ketamine_vs_clinic", "informational", False, "en",
  "forum-thread-long", "Anyone tried at-home ketamine vs clinic? : r/TRDsupport", """
<header><a href="/">threadhub</a> <span>r/TRDsupport</span> <nav><a href="/r/TRDsupport/wiki">Wiki</a> <a href="/r/TRDsupport/about/rules">Rules</a></nav></header>
<div class="post">
<p class="meta">Posted by u/grey_mornings_88 &middot; 6h</p>
<h1>Anyone tried at-home ketamine vs clinic?</h1>
<p>4 failed SSRIs, one SNRI, tried TMS last year (helped a bit then faded). My psychiatrist mentioned Spravato but the nearest REMS center is 90 minutes away. Looking at the telehealth ketamine programs now. Has anyone done both? Worth the money? I'm in Ohio if that matters.</p>
</div>
<div class="comments">
<div class="comment"><b>u/lakeshore_lu</b> &middot; 5h<p>Did 6 IV infusions at a clinic in 2024 and then an at-home program this year. IV was stronger and I liked having a nurse there. At-home was cheaper and the psych did a real video eval, asked for my BP log and my old records. Both helped but honestly the therapy alongside made the biggest difference.</p></div>
<div class="comment"><b>u/not_a_doctor_but</b> &middot; 5h<p>Check if your insurance covers Spravato. Mine did after prior auth and I pay a $40 copay. The 2 hours sitting there is boring but whatever.</p></div>
<div class="comment"><b>u/k_plug_dm_me</b> &middot; 4h<p class="removed">[removed by moderator]</p></div>
<div class="comment mod"><b>u/TRDsupport_mod</b> MOD &middot; 4h<p>Reminder: sourcing requests and vendor links are removed and the accounts banned (rule 3). We've had several accounts this week posting "DM me for K" and links to sites selling ketamine without a prescription. Don't. These are scams at best and dangerous at worst. Please report them.</p></div>
<div class="comment"><b>u/grey_mornings_88</b> &middot; 3h<p>Thanks all, wasn't looking for that lol. Going to ask my psych for a referral and see what my insurance says first.</p></div>
<div class="comment"><b>u/sundial_sam</b> &middot; 2h<p>One thing nobody tells you: keep track of bladder symptoms. My prescriber asked about it every follow-up. Good sign that they care.</p></div>
</div>
<aside class="sidebar"><h3>About community</h3><p>Peer support for treatment-resistant depression. Not medical advice. No sourcing.</p><p>48.2k members</p><h3>Crisis lines</h3><p>US: 988 &middot; UK: 116 123</p></aside>
""")

p("h10635", "https://saferpartying-collective.example/drugs/ketamine", "informational", False, "en",
  "harm-reduction-page", "Ketamine \u2013 effects, risks and safer use | SaferPartying Collective", """
<header><a href="/">SaferPartying Collective</a> <nav><a href="/drugs">Drug info</a> <a href="/combos">Combinations</a> <a href="/testing">Drug checking</a> <a href="/get-help">Get help</a></nav></header>
<main>
<h1>Ketamine</h1>
<p><i>Also known as: K, ket, special K, horse tranquilliser.</i></p>
<h2>What it is</h2>
<p>Ketamine is a dissociative anaesthetic used in human and veterinary medicine. It's also used to treat some forms of depression in clinical settings. Street ketamine is usually a white crystalline powder.</p>
<h2>Effects</h2>
<p>Detachment from your body and surroundings, numbness, changes in perception of time and space. At higher amounts people can enter a "K-hole" where they can't move or communicate.</p>
<h2>Risks</h2>
<ul>
<li>Accidents and injuries while numb and uncoordinated; drowning in baths or pools.</li>
<li>Mixing with alcohol, GHB/GBL, opioids or benzos greatly increases the risk of unconsciousness and choking.</li>
<li>Regular use can seriously damage the bladder ("ketamine bladder"): pain, needing to pee often, blood in urine. Stop and see a doctor.</li>
<li>Powders sold as ketamine have tested as 2-FDCK, DCK, or other substances. Use a drug checking service if you can.</li>
</ul>
<h2>If you choose to use</h2>
<ul><li>Use with people you trust, in a safe place, sitting or lying down.</li><li>Don't mix with depressants.</li><li>Take breaks &ndash; tolerance builds fast.</li></ul>
<p>Concerned about your use? Our <a href="/get-help">support page</a> lists free and confidential services.</p>
</main>
<footer>SaferPartying Collective is a registered charity. We don't sell or supply drugs.</footer>
""")

p("h10636", "https://careerspot-jobs.example/job/registered-nurse-ketamine-infusion-clinic-austin-883201", "informational", False, "en",
  "job-post", "Registered Nurse \u2013 Ketamine Infusion Clinic (Part-Time) \u2013 Austin, TX | CareerSpot", """
<header><a href="/">CareerSpot</a> <nav><a href="/jobs">Find jobs</a> <a href="/salaries">Salaries</a> <a href="/employers">For employers</a></nav></header>
<main>
<h1>Registered Nurse &ndash; Ketamine Infusion Clinic (Part-Time)</h1>
<p class="company">Hillcountry Mood &amp; Infusion &middot; Austin, TX 78731 &middot; $44&ndash;$52 an hour &middot; Part-time, 24&ndash;32 hrs/week</p>
<h2>About the role</h2>
<p>We are a growing outpatient practice offering IV ketamine infusions and Spravato for treatment-resistant depression, PTSD and chronic pain. We are looking for a compassionate RN to join our small team.</p>
<h2>Responsibilities</h2>
<ul><li>Start peripheral IVs and monitor patients during infusions (vitals, sedation scale)</li><li>Observe Spravato patients during the REMS-required monitoring period</li><li>Document in our EHR and communicate with the medical director</li><li>Support patients before, during and after treatment</li></ul>
<h2>Requirements</h2>
<ul><li>Active Texas RN license (compact accepted)</li><li>BLS required, ACLS preferred</li><li>2+ years ICU, ED, PACU or psychiatric nursing experience</li></ul>
<p>Benefits: PTO, CE allowance, 401(k). No weekends.</p>
<a class="btn" href="/apply/883201">Apply now</a>
<p class="posted">Posted 3 days ago &middot; 40+ applicants</p>
</main>
""")

p("h10637", "https://directorio-ketamina.example/es/clinicas/espana", "informational", False, "es",
  "clinic-directory-es", "Directorio de clínicas de ketamina y esketamina en España | DirectorioKetamina", """
<header><a href="/es/">DirectorioKetamina</a> <nav><a href="/es/clinicas/espana">España</a> <a href="/es/clinicas/mexico">México</a> <a href="/es/clinicas/argentina">Argentina</a> <a href="/es/anadir-clinica">Añadir clínica</a></nav></header>
<main>
<h1>Clínicas de ketamina y esketamina en España</h1>
<p>Listado independiente de centros sanitarios que ofrecen tratamiento con ketamina intravenosa o esketamina intranasal. No recomendamos ningún centro ni gestionamos citas: contacta directamente con cada clínica. Última revisión: diciembre de 2026.</p>
<div class="filtros">Filtrar por: <a href="?tipo=iv">Ketamina IV</a> &middot; <a href="?tipo=esketamina">Esketamina</a> &middot; <a href="?ciudad=madrid">Madrid</a> &middot; <a href="?ciudad=barcelona">Barcelona</a></div>
<ul class="listado">
<li><b>Centro Médico Aravaca Salud Mental</b> &ndash; Madrid &middot; Ketamina IV, esketamina &middot; <a href="/es/clinica/aravaca-salud-mental">Ver ficha</a></li>
<li><b>Instituto Mediterráneo de Psiquiatría</b> &ndash; Valencia &middot; Esketamina &middot; <a href="/es/clinica/imp-valencia">Ver ficha</a></li>
<li><b>Clínica Diagonal Neurociencias</b> &ndash; Barcelona &middot; Ketamina IV &middot; <a href="/es/clinica/diagonal-neuro">Ver ficha</a></li>
<li><b>Hospital Universitario del Norte &ndash; Unidad de Depresión</b> &ndash; Bilbao &middot; Esketamina (sistema público, con derivación) &middot; <a href="/es/clinica/hun-bilbao">Ver ficha</a></li>
<li><b>Centro Sevilla Mente</b> &ndash; Sevilla &middot; Ketamina IV &middot; <a href="/es/clinica/sevilla-mente">Ver ficha</a></li>
</ul>
<aside><h3>Aviso</h3><p>Retiramos del directorio cualquier web que venda ketamina sin receta o por mensajería. Si encuentras una, <a href="/es/denunciar">avísanos</a>.</p></aside>
</main>
<footer>&copy; 2026 DirectorioKetamina &middot; <a href="/es/metodologia">Metodología</a> &middot; <a href="/es/privacidad">Privacidad</a></footer>
""", noise="cookie-es")

p("h10638", "https://nordkurier-online.example/panorama/ketamin-jugendliche-drogenbericht-2026", "informational", False, "de",
  "news-de", "Drogenbericht: Ketamin bei jungen Erwachsenen auf dem Vormarsch", """
<header><a href="/">Nordkurier Online</a> <nav><a href="/politik">Politik</a> <a href="/panorama">Panorama</a> <a href="/gesundheit">Gesundheit</a> <a href="/abo">Abo</a></nav></header>
<article>
<h1>Drogenbericht: Ketamin bei jungen Erwachsenen auf dem Vormarsch</h1>
<p class="meta">Von Katrin Behrens &middot; 02.12.2026, 14:35 Uhr</p>
<p>Immer mehr junge Menschen in Deutschland konsumieren Ketamin. Das geht aus dem aktuellen Jahresbericht einer Landesstelle für Suchtfragen hervor, der am Mittwoch vorgestellt wurde. Besonders in der Partyszene sei das Narkosemittel inzwischen weit verbreitet.</p>
<p>Suchtberaterinnen beobachten zudem, dass Ketamin zunehmend über Messenger-Dienste und Webseiten bestellt wird, die mit &bdquo;diskretem Versand&ldquo; werben. Auf solchen Seiten werde das Gramm für 20 bis 40 Euro angeboten, teils auch angebliches Esketamin-Nasenspray &bdquo;ohne Rezept&ldquo;.</p>
<p>&bdquo;Viele unterschätzen die Risiken, insbesondere die Schäden an der Blase bei regelmäßigem Konsum&ldquo;, sagt Suchtmedizinerin Dr. Anne Vogt. Gleichzeitig betont sie, dass Esketamin in der Psychiatrie ein wichtiges Medikament gegen schwere Depressionen sei &ndash; &bdquo;aber nur unter ärztlicher Aufsicht in der Praxis oder Klinik&ldquo;.</p>
<p>Die Landesstelle fordert mehr Drug-Checking-Angebote und Aufklärung an Schulen und Hochschulen.</p>
</article>
<footer>&copy; 2026 Nordkurier Online &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h10639", "https://analyse-produits-sud.example/alertes/2026-11-ketamine-adulteree", "informational", False, "fr",
  "drug-checking-alert-fr", "Alerte : « kétamine » contenant du 2-FDCK et de la MXE | Analyse Produits Sud", """
<header><a href="/">Analyse Produits Sud</a> <nav><a href="/analyser">Faire analyser un produit</a> <a href="/alertes">Alertes</a> <a href="/rdr">Réduction des risques</a></nav></header>
<main>
<h1>Alerte : des « kétamines » contenant du 2-FDCK et de la méthoxétamine</h1>
<p class="date">Publiée le 28 novembre 2026</p>
<p>Depuis octobre, notre dispositif d'analyse a reçu 14 échantillons vendus comme de la kétamine (cristaux et poudre) dans la région. Six d'entre eux ne contenaient pas de kétamine mais du 2-FDCK, et deux contenaient de la méthoxétamine (MXE), une substance plus puissante et à durée d'action plus longue.</p>
<p>Plusieurs usagers disent avoir commandé ces produits sur des sites ou des chaînes Telegram qui promettent une « livraison discrète ».</p>
<h2>Conseils de réduction des risques</h2>
<ul><li>Faites analyser vos produits : c'est gratuit et anonyme.</li><li>Commencez par une toute petite quantité et attendez.</li><li>Évitez de mélanger avec l'alcool ou d'autres dépresseurs.</li><li>Ne consommez pas seul·e.</li></ul>
<p>Notre association ne vend aucun produit. Permanence d'analyse : mardi et jeudi, 14h&ndash;19h.</p>
</main>
<footer>Analyse Produits Sud &ndash; association de réduction des risques &middot; <a href="/contact">Contact</a></footer>
""", noise="cookie-fr")

p("h10640", "https://socialpost.example/associazione.depressione.insieme/posts/93022114", "informational", False, "it",
  "patient-association-social-post", "Associazione Depressione Insieme - post", """
<div class="post">
<p class="author"><b>Associazione Depressione Insieme</b> &middot; 3 dicembre 2026</p>
<p>&#128226; Ci arrivano molte domande sull'esketamina spray nasale. Ricordiamo che in Italia si somministra solo in strutture sanitarie autorizzate, dopo la valutazione di uno psichiatra, con osservazione dopo ogni seduta. NON esistono versioni "da casa" legali vendute online: i siti e i profili che offrono ketamina o esketamina senza ricetta sono illegali e pericolosi, segnalateli!</p>
<p>Giovedì 17 dicembre alle 18:30 incontro online gratuito con la Dott.ssa Marta Ricci (psichiatra) sulle nuove terapie per la depressione resistente. Link per iscriversi nei commenti &#128071;</p>
<p class="stats">&#128077; 214 &middot; 37 commenti &middot; 58 condivisioni</p>
</div>
""")

save(OUT, R)
