# Batch 116 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Warnings and imitations". Legitimate clinics and telehealth services warn patients about
# impostors and scam sellers (quoting the scam ads, fake Telegram handles, WhatsApp numbers and prices
# they have seen); news, government, consumer-protection, drug-checking, forum and directory pages
# report on fake online pharmacies. On the other side, sellers imitate legitimate care: fake clinics
# that ship vials, "telehealth" sites whose approval is a two-minute quiz, a seller copying a real
# clinic's staff page, vendors who post their own "beware of scammers, we are the only real vendor"
# notices, a scam-review doorway, a research-chemical "verify your batch" page, a vet shop that sells
# to anyone, social bios and classifieds.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages
# (help-centre articles, notices, forum threads, product pages) and six short plain-text excerpts
# (social bio, classified ad, patient e-mail, clinic FAQ entry, scam-tracker report, agency bulletin).
# Author: independent. Date: 2026-12-07.
# Run: python3 batch116.py (writes batch116/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch116")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers imitating care / warning about "fakes"

p("h11601", "https://ketadirect-official.example/", "seller", True, "en",
  "vendor-home-beware-of-clones-notice", "KetaDirect OFFICIAL | Beware of fake KetaDirect sites", """
<header>
<div class="alert-strip">&#9888; SCAM WARNING: ketadirect.example, keta-direct.example and ketadirectshop.example are NOT us. Bookmark this page.</div>
<a class="logo" href="/">KetaDirect<sup>&reg;</sup> <small>Official store since 2019</small></a>
<nav><a href="/">Home</a> <a href="/products">Products</a> <a href="/verify">Verify a seller</a> <a href="/reviews">Reviews</a> <a href="/track">Track order</a> <a href="/cart">Cart (0)</a></nav>
</header>
<main>
<section class="warning-box">
<h1>Read this before you order: we are the ONLY real KetaDirect</h1>
<p>Over the last few months at least six copycat shops have stolen our name, our logo and even our product photos. They take your Bitcoin and you never hear from them again. We get angry messages every week from people who paid a clone and think it was us. Please check these points before sending a single satoshi:</p>
<ol>
<li>Our ONLY Telegram is <b>@KetaDirect_Official</b> (blue star in the bio). <b>@KetaDirect_Support</b>, <b>@KetaDirectHelp</b> and <b>@ketadirect_admin2</b> are scammers.</li>
<li>We never ask for payment through Cash App, PayPal or Zelle. Real orders are paid in BTC, XMR or LTC through the checkout on this site.</li>
<li>Nobody from our team will DM you first. If "KetaDirect" contacts you with a 50% off deal, it is a fake.</li>
<li>Our prices are below. If someone offers 10 g for $90, ask yourself why.</li>
</ol>
<p>Still not sure? Send the wallet address you were given to @KetaDirect_Official and we will tell you if it is ours.</p>
</section>
<section class="products">
<h2>Current menu (restocked 2 Dec)</h2>
<table>
<tr><th>Product</th><th>Size</th><th>Price</th><th></th></tr>
<tr><td>Ketamine HCl crystal (needle shard, tested 99%)</td><td>5 g</td><td>$175</td><td><button>Add to cart</button></td></tr>
<tr><td>Ketamine HCl crystal</td><td>10 g</td><td>$310</td><td><button>Add to cart</button></td></tr>
<tr><td>Ketamine HCl crystal</td><td>28 g</td><td>$690</td><td><button>Add to cart</button></td></tr>
<tr><td>Ketamine 50 mg/ml, 10 ml vials (box of 5)</td><td>5 x 10 ml</td><td>$260</td><td><button>Add to cart</button></td></tr>
<tr><td>Esketamine nasal spray 28 mg device (2-pack)</td><td>2 devices</td><td>$220</td><td><button>Add to cart</button></td></tr>
</table>
<p class="small">No prescription or account needed. Lab report for every batch available on request.</p>
</section>
<section class="shipping">
<h2>Shipping</h2>
<p>Domestic US: vacuum-sealed, double stealth, no signature, 2&ndash;4 days. EU and UK: 6&ndash;10 days from our EU warehouse. Free reship if lost or seized (one time per customer). Tracking number sent within 24 h of payment confirmation.</p>
</section>
<section class="reviews">
<h2>What real customers say</h2>
<blockquote>"Got burned by a clone first, then found the real site. Arrived in 3 days, great quality." &ndash; mike_t</blockquote>
<blockquote>"Thanks for confirming that wallet was fake, saved me $400." &ndash; anon</blockquote>
</section>
</main>
<aside class="sidebar">
<h3>Verified mirrors</h3>
<ul><li>ketadirect-official.example</li><li>kd-official.example (backup)</li></ul>
<h3>Payment</h3><p>BTC &middot; XMR &middot; LTC. 10% off with Monero.</p>
</aside>
<footer><p>&copy; 2026 KetaDirect Official. All products sold for lawful purposes. Buyers are responsible for local laws.</p>
<p><a href="/terms">Terms</a> &middot; <a href="/refund">Refund policy</a> &middot; Telegram @KetaDirect_Official</p></footer>
""", noise="cookie")

p("h11602", "https://harborview-ketamine-wellness.example/home-infusion-kits", "seller", True, "en",
  "fake-clinic-ships-vials", "At-Home Ketamine Infusion Kits | Harborview Ketamine Wellness Clinic", """
<header class="clinic-header">
<div class="contact-bar">Call or text (555) 014-2290 &middot; Mon&ndash;Sat 8am&ndash;8pm &middot; info@harborview-ketamine-wellness.example</div>
<a href="/" class="brand">Harborview Ketamine Wellness Clinic</a>
<nav><a href="/">Home</a> <a href="/about">About Us</a> <a href="/conditions">Conditions We Treat</a> <a href="/home-infusion-kits">Home Kits</a> <a href="/team">Our Doctors</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<section class="hero">
<h1>Clinic-quality ketamine therapy, delivered to your door</h1>
<p>Why drive to a clinic and sit in a waiting room? Harborview ships the same pharmaceutical-grade ketamine we use in our infusion suites straight to your home, so you can heal on your own schedule.</p>
<a class="btn" href="#order">Order your kit</a>
</section>
<section>
<h2>Who we help</h2>
<p>Depression, PTSD, anxiety, chronic pain, fibromyalgia, CRPS, OCD, migraines. Our patients tell us ketamine changed their lives after years of antidepressants that did nothing.</p>
</section>
<section id="order">
<h2>Home infusion kits</h2>
<div class="kit"><h3>Starter Kit</h3><p>5 vials Ketamine HCl 500 mg/10 ml, 10 syringes, alcohol swabs, dosing guide PDF</p><p class="price">$289</p></div>
<div class="kit"><h3>Recovery Kit</h3><p>10 vials Ketamine HCl 500 mg/10 ml, 20 syringes, butterfly needles, dosing guide</p><p class="price">$499</p></div>
<div class="kit"><h3>Maintenance Kit</h3><p>25 vials, supplies for 3 months</p><p class="price">$1,090</p></div>
<p><b>No prescription required.</b> Just fill in our short intake form (name, shipping address, what you are treating) and our pharmacy desk will confirm your order by text.</p>
<p>Payment: Zelle, Cash App, Bitcoin or Apple gift cards. Card payments are not available because of our bank's policy on medical products.</p>
</section>
<section>
<h2>Discreet shipping</h2>
<p>Every kit ships in plain packaging with no clinic name on the label. Overnight to all 50 states, 5&ndash;9 days internationally (Canada, UK, Australia, EU). If customs holds your package we resend free of charge.</p>
</section>
<section class="faq">
<h2>Frequently asked questions</h2>
<p><b>Do I need to visit the clinic?</b> No. Most of our patients never set foot in the building.</p>
<p><b>Will a doctor call me?</b> Our team reviews every intake form. A call is only needed if something in your form is unclear.</p>
<p><b>Is this legal?</b> Ketamine is an FDA-approved medication used in hospitals every day.</p>
<p><b>I saw another site with our name asking for payment first.</b> Beware of fake Harborview pages! Only orders confirmed from (555) 014-2290 are real.</p>
</section>
</main>
<footer>
<p>Harborview Ketamine Wellness Clinic &middot; 1400 Harbor Blvd, Suite 3, Long Beach, CA</p>
<p>&copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/hipaa">HIPAA Notice</a></p>
</footer>
""", noise="cookie")

p("h11603", "https://mindliftrx.example/get-started", "seller", True, "en",
  "two-minute-quiz-telehealth-imitation", "MindLift Rx | At-home ketamine, approved in 2 minutes", """
<header>
<a class="logo" href="/">mindlift<span>rx</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/science">The science</a> <a href="/reviews">Reviews</a> <a class="btn" href="/get-started">Start quiz</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again. Ketamine tablets at home, no appointments.</h1>
<p>Skip the waitlists, the psychiatrist intake and the 90-minute video calls. Answer 7 quick questions and get an instant decision. 97% of people who finish the quiz are approved.</p>
<ul class="badges"><li>&#10003; No video visit</li><li>&#10003; No insurance needed</li><li>&#10003; Ships in 24 h</li><li>&#10003; Cancel anytime</li></ul>
</section>
<section class="quiz">
<h2>Your 2-minute assessment</h2>
<form>
<p>1. How old are you? <input type="number"></p>
<p>2. Over the last two weeks, how often have you felt down or hopeless? <select><option>Not at all</option><option>Several days</option><option>More than half the days</option><option>Nearly every day</option></select></p>
<p>3. Have you tried an antidepressant before? <label><input type="radio">Yes</label> <label><input type="radio">No</label> <label><input type="radio">Prefer not to say</label></p>
<p>4. Do you have high blood pressure? <label><input type="radio">Yes</label> <label><input type="radio">No</label></p>
<p>5. Are you pregnant? <label><input type="radio">Yes</label> <label><input type="radio">No</label></p>
<p>6. Which plan do you want?</p>
<p>7. Shipping state</p>
<button>See my result</button>
</form>
<p class="note">Your answers are checked by our automated clinical engine and countersigned by an affiliated physician within minutes. You will not be contacted unless you answer "Yes" to question 5.</p>
</section>
<section class="pricing">
<h2>Plans</h2>
<div class="plan"><h3>Try it</h3><p>8 ketamine sublingual tablets 100 mg</p><p class="price">$119</p><button>Add to cart</button></div>
<div class="plan popular"><h3>Monthly</h3><p>16 tablets 150 mg, auto-refill every 30 days</p><p class="price">$199/mo</p><button>Add to cart</button></div>
<div class="plan"><h3>Quarterly</h3><p>48 tablets 150 mg, ships at once</p><p class="price">$499</p><button>Add to cart</button></div>
<p>Higher strengths (200 mg, 300 mg) unlocked after your first order. Refills are approved automatically.</p>
</section>
<section class="trust">
<h2>Not all ketamine sites are the same</h2>
<p>Some providers make you wait weeks for a "psychiatric evaluation" and a video call with a stranger. Others are outright scams that never ship. MindLift is different: real medicine, real pharmacy, real fast. Watch out for sites copying our name &ndash; the only real MindLift is mindliftrx.example.</p>
</section>
</main>
<footer>
<p>MindLift Rx is a technology platform. Prescriptions are issued by independent affiliated physicians. Results not guaranteed. This site is not intended for emergencies &ndash; call 988.</p>
<p>&copy; 2026 MindLift Health Ltd. &middot; <a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy</a></p>
</footer>
""")

p("h11604", "https://pinecrest-ketamine-center.example/our-team", "seller", True, "en",
  "copied-clinic-staff-page-whatsapp-orders", "Our Medical Team | Pinecrest Ketamine & Wellness Center", """
<nav><a href="/">Home</a> | <a href="/treatments">Treatments</a> | <a href="/our-team">Our Team</a> | <a href="/order">Order Medication</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Meet the Pinecrest Medical Team</h1>
<p>Our physicians and nurses have more than 40 years of combined experience delivering ketamine therapy to patients with treatment-resistant depression, PTSD and chronic pain.</p>
<div class="staff">
<img src="/uploads/2026/03/team-photo-1-1024x683.jpg" alt="smiling doctor in white coat stock">
<h3>Dr. Allison R. Whitford, MD</h3>
<p>Medical Director. Board-certified anesthesiologist with fellowship training in pain medicine. Dr. Whitford has administered over 5,000 ketamine infusions and lectures nationally on interventional psychiatry.</p>
</div>
<div class="staff">
<img src="/uploads/2026/03/team-photo-2-1024x683.jpg" alt="nurse with tablet stock">
<h3>Marcus Delaney, CRNA</h3>
<p>Marcus is a certified registered nurse anesthetist who monitors each infusion and makes sure every patient feels safe and comfortable.</p>
</div>
<div class="staff">
<img src="/uploads/2026/03/team-photo-3-1024x683.jpg" alt="woman in scrubs">
<h3>Priya Natarajan, PMHNP-BC</h3>
<p>Priya is a psychiatric nurse practitioner who coordinates integration sessions and follow-up care.</p>
</div>
<section class="pharmacy-desk">
<h2>Pharmacy desk &ndash; order from home</h2>
<p>Can't come to Pinecrest in person? Our pharmacy desk ships ketamine vials, nasal spray and lozenges anywhere in the US and abroad. Returning clients do not need a new prescription, and new clients only need to send a photo ID.</p>
<p>Message our pharmacy desk on WhatsApp: <b>+1 555 0193 7742</b> (text only, no calls). Payment by Bitcoin, Zelle or Cash App. Orders before 2pm ship same day in discreet packaging.</p>
<p class="warning">&#9888; There are fake websites using the Pinecrest name. Our only WhatsApp line is the one above.</p>
</section>
</main>
<footer>&copy; Pinecrest Ketamine &amp; Wellness Center. All rights reserved.</footer>
""")

p("h11605", "https://social.example/@kplug.uk.verified", "seller", True, "en",
  "social-bio-only-real-account", "kplug.uk.verified (@kplug.uk.verified) profile", """
kplug.uk.verified ✅
⚠️ MANY CLONE ACCOUNTS STEALING MY PICS. THIS IS MY ONLY PAGE + backup tg @kplug_uk_real (NOT @kplug_uk or @kplugukk, they are scammers who take your money)
💎 K shards £25/g · 5g £100 · 10g £180 · liquid vials ask
🇬🇧 NDD UK · stealth packaging · reship if lost
💰 BTC / LTC / bank transfer for regulars only
📩 order on tg only, vouches in highlights
""", ext="txt")

p("h11606", "https://undernet-forum.example/t/psa-scammer-using-my-name-real-vendor-here.48812", "seller", True, "en",
  "forum-vendor-post-impersonation-psa", "PSA: scammer using my name - real vendor here | Vendors & Sourcing | Undernet Forum", """
<div class="forum-header"><a href="/">Undernet Forum</a> &rsaquo; <a href="/f/vendors">Vendors &amp; Sourcing</a> &rsaquo; Dissociatives</div>
<div class="thread">
<h1>PSA: scammer using my name &ndash; real vendor here</h1>
<div class="post op">
<div class="author">SpecialKitchen <span class="badge">Verified Vendor</span> &middot; 1,284 posts &middot; 212 vouches</div>
<div class="content">
<p>Ok so this needs saying. Someone made a Telegram called "SpecialKitchen Official" with my old logo and has been telling people in DMs that I "moved". I did NOT move. I have one Telegram (@spkitchen_k), same as the last three years, and one Session ID in my signature. If you paid the other guy, I'm sorry but I can't help you, I never got your money.</p>
<p>To make it up to the community, 10% off everything this week for anyone who mentions this thread.</p>
<p><b>Current list</b></p>
<ul>
<li>K (HCl, big shards, test pics in thread 47110) &ndash; 3.5 g $110 / 7 g $190 / 14 g $340 / 28 g $600</li>
<li>Pharma K 50 mg/ml 10 ml vials &ndash; $55 each, 5 for $240</li>
<li>2F-DCK &ndash; 5 g $80</li>
</ul>
<p>Domestic US only, ships Mon/Wed/Fri, priority mail, vac-sealed x3, no sig. BTC or XMR, escrow for first-timers over $200. Hit me on TG or Session, don't PM here, mods will nuke it.</p>
</div>
</div>
<div class="post">
<div class="author">wobbly_duck &middot; 88 posts</div>
<div class="content"><p>Can confirm the fake one, they tried to get me to pay in Apple gift cards lol. Real SK is legit, got mine last month.</p></div>
</div>
<div class="post">
<div class="author">hollowtones &middot; 412 posts</div>
<div class="content"><p>Vouch. Shards were clean on reagent test. Shipping took 4 days.</p></div>
</div>
<div class="post">
<div class="author">SpecialKitchen <span class="badge">Verified Vendor</span></div>
<div class="content"><p>Thanks guys. Restock on vials Thursday.</p></div>
</div>
</div>
<div class="forum-footer">Rules &middot; Vendor application &middot; Contact staff</div>
""")

p("h11607", "https://honest-keta-reviews.example/legit-vs-scam-ketamine-vendors-2026", "seller", True, "en",
  "scam-review-doorway-to-shop", "Legit or Scam? We Tested 11 Online Ketamine Vendors (2026 Update)", """
<header class="blog-header">
<a href="/" class="site-title">Honest Keta Reviews</a>
<p class="tagline">Independent reviews. No BS. Protecting buyers since 2021.</p>
<nav><a href="/">Home</a> <a href="/category/vendor-reviews">Vendor reviews</a> <a href="/category/scam-alerts">Scam alerts</a> <a href="/guides">Guides</a> <a href="/about">About</a></nav>
</header>
<article>
<h1>Legit or Scam? We Tested 11 Online Ketamine Vendors (2026 Update)</h1>
<p class="meta">By Jordan K. &middot; Updated 28 Nov 2026 &middot; 14 min read &middot; <span class="disclosure">This post contains affiliate links.</span></p>
<p>Buying ketamine online is a minefield. For every real vendor there are ten clone sites that take your crypto and vanish. We placed real orders with 11 shops that rank on Google and checked delivery times, purity and customer service. Here is what happened.</p>
<h2>The scams (avoid these)</h2>
<h3>1. ketaminepharmacy-usa.example &ndash; SCAM</h3>
<p>Paid $240 in BTC for "5 vials". After payment they asked for an extra $150 "customs insurance". Nothing arrived.</p>
<h3>2. buyspravatoonline.example &ndash; SCAM</h3>
<p>Promised Spravato devices at $89 each. Support went silent after payment. Domain registered 3 weeks before our order.</p>
<h3>3. "Dr. Keta" on Telegram (@drketa_store) &ndash; SCAM</h3>
<p>Fake tracking number that never updated. Blocked us when we asked.</p>
<h3>4&ndash;8. Various Shopify clones</h3>
<p>Same template, same stock photos, same "Licensed Pharmacy" badge copied from each other. All asked for gift cards.</p>
<h2>The mixed bag</h2>
<p>Two vendors delivered, but one sent something that tested negative for ketamine on our Mandelin kit, and the other took 5 weeks.</p>
<h2>Our #1 pick: KetaVault</h2>
<div class="winner-box">
<p><b>Rating: 9.6/10</b></p>
<p>KetaVault delivered in 3 days with perfect stealth. Shards tested clean. No prescription or ID needed, and they accept BTC, XMR and even bank transfer for repeat buyers. Prices start at $32/g and vials at $49.</p>
<p>Readers of this blog get 12% off with code <b>HONEST12</b>.</p>
<a class="cta" href="https://ketavault.example/?ref=honest12" rel="nofollow sponsored">Visit KetaVault &rarr;</a>
</div>
<h2>How to avoid getting scammed</h2>
<ul>
<li>Never pay with gift cards.</li>
<li>Check the domain age.</li>
<li>Be careful with anyone who DMs you first on Telegram.</li>
<li>Stick to vendors with a track record, like our #1 pick above.</li>
</ul>
<p>Have you been scammed by a ketamine site? Tell us in the comments and we will add it to the list.</p>
</article>
<aside><h3>Top rated vendor</h3><p>KetaVault &ndash; 9.6/10 <a href="https://ketavault.example/?ref=honest12">Shop now</a></p><h3>Latest scam alerts</h3><ul><li>ketamedsdirect.example</li><li>spravato-shop24.example</li></ul></aside>
<footer>&copy; 2026 Honest Keta Reviews. For harm reduction and educational purposes.</footer>
""", noise="cookie")

p("h11608", "https://nordchem-research.example/verify-your-product", "seller", True, "en",
  "research-chemical-anti-counterfeit-page", "Verify Your Product | NordChem Research - Beware of Counterfeits", """
<header><a href="/">NordChem Research</a> <nav><a href="/shop">Shop</a> <a href="/shop/arylcyclohexylamines">Arylcyclohexylamines</a> <a href="/verify-your-product">Verify</a> <a href="/coa">COAs</a> <a href="/cart">Basket</a></nav></header>
<main>
<h1>Counterfeit warning &amp; product verification</h1>
<p>NordChem products are being counterfeited. Fake sellers on marketplaces and Telegram are using our pouch design and even copies of our certificates of analysis. Counterfeit material has been found to contain mixtures of caffeine, benzocaine and unknown substances.</p>
<h2>How to verify</h2>
<ol>
<li>Every genuine NordChem pouch carries a 12-digit scratch code under the hologram.</li>
<li>Enter the code below. A genuine code returns the batch number, synthesis date and the HPLC purity.</li>
<li>A code can only be checked three times. If it says "already verified" and you didn't do it, contact us.</li>
</ol>
<form><input type="text" placeholder="XXXX-XXXX-XXXX"> <button>Verify</button></form>
<h2>Popular products</h2>
<ul>
<li>2-FDCK (2-fluorodeschloroketamine) crystalline &ndash; 5 g &euro;55 / 25 g &euro;190 &ndash; <a href="/shop/2-fdck">buy</a></li>
<li>DCK (deschloroketamine) &ndash; 5 g &euro;70 &ndash; <a href="/shop/dck">buy</a></li>
<li>O-PCE &ndash; 1 g &euro;40 &ndash; <a href="/shop/o-pce">buy</a></li>
<li>Ketamine HCl reference standard &ndash; 1 g &euro;45 &ndash; <a href="/shop/ketamine-ref">buy</a></li>
</ul>
<p>All products are sold for in-vitro research and analytical reference only. Not for human consumption. By ordering you confirm you are 18+.</p>
<p>Payment: Bitcoin, Litecoin, SEPA for orders over &euro;300. Shipped from within the EU in discreet, odour-proof packaging; free reship once if lost.</p>
</main>
<footer>NordChem Research &middot; support via Telegram @nordchem_support or e-mail &middot; &copy; 2026</footer>
""")

p("h11609", "https://clinicaketasalud.example/tratamiento-en-casa", "seller", True, "es",
  "falsa-clinica-envia-viales", "Tratamiento con ketamina en casa | Clínica KetaSalud", """
<header>
<div class="top">Atención por WhatsApp 24 h: +34 600 000 318 &middot; Envíos a toda España, Portugal y Andorra</div>
<a class="logo" href="/">Clínica KetaSalud</a>
<nav><a href="/">Inicio</a> <a href="/quienes-somos">Quiénes somos</a> <a href="/tratamiento-en-casa">Tratamiento en casa</a> <a href="/precios">Precios</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<h1>Su tratamiento con ketamina, ahora sin salir de casa</h1>
<p>En Clínica KetaSalud llevamos años ayudando a personas con depresión resistente, ansiedad, dolor crónico y estrés postraumático. Ahora enviamos la misma ketamina de uso hospitalario directamente a su domicilio, para que pueda seguir el tratamiento con total privacidad.</p>
<h2>¿Cómo funciona?</h2>
<ol>
<li>Escríbanos por WhatsApp indicando su nombre, dirección y el motivo del tratamiento.</li>
<li>Le enviamos el presupuesto y los datos de pago.</li>
<li>Recibe su paquete en 24&ndash;72 h en embalaje neutro, sin logotipos.</li>
</ol>
<p><b>No necesita receta ni visita previa.</b> Nuestro equipo revisa su mensaje y le orienta sobre la dosis.</p>
<h2>Precios</h2>
<table>
<tr><td>Ketamina 50 mg/ml, 5 viales de 10 ml</td><td>220 &euro;</td></tr>
<tr><td>Ketamina 50 mg/ml, 10 viales de 10 ml</td><td>390 &euro;</td></tr>
<tr><td>Ketamina en polvo (uso oral/nasal), 10 g</td><td>280 &euro;</td></tr>
<tr><td>Kit de jeringas y agujas</td><td>incluido</td></tr>
</table>
<p>Formas de pago: Bizum, transferencia, tarjetas regalo o criptomonedas (10 % de descuento con Bitcoin).</p>
<div class="aviso">
<h3>&#9888; Aviso: desconfíe de imitaciones</h3>
<p>Hemos detectado páginas falsas que usan el nombre KetaSalud y cobran por adelantado sin enviar nada. Nuestro único número de WhatsApp es el que aparece en esta web. No tenemos cuenta en Telegram ni en Wallapop.</p>
</div>
</main>
<footer><p>Clínica KetaSalud &middot; Calle Ficticia 12, Madrid &middot; &copy; 2026 &middot; <a href="/aviso-legal">Aviso legal</a></p></footer>
""", noise="cookie-es")

p("h11610", "https://docketa24.example/de/online-rezept", "seller", True, "de",
  "fake-online-praxis-fragebogen", "Online-Rezept für Ketamin & Esketamin in 2 Minuten | DocKeta24", """
<header><a href="/de/">DocKeta24</a> <nav><a href="/de/so-funktionierts">So funktioniert's</a> <a href="/de/medikamente">Medikamente</a> <a href="/de/preise">Preise</a> <a href="/de/faq">FAQ</a> <a href="/de/warenkorb">Warenkorb</a></nav></header>
<main>
<h1>Ihr Rezept &ndash; ohne Wartezimmer, ohne Videocall</h1>
<p>Füllen Sie unseren medizinischen Fragebogen aus (ca. 2 Minuten). Unser System prüft Ihre Angaben sofort, und das Medikament wird noch am selben Tag aus unserer Partnerapotheke im EU-Ausland versendet. Ein Gespräch mit einem Arzt ist nicht nötig.</p>
<h2>Verfügbare Medikamente</h2>
<ul>
<li>Esketamin Nasenspray 28 mg, 3 Sprühgeräte &ndash; 189 &euro;</li>
<li>Ketamin Tropfen 50 mg/ml, 30 ml &ndash; 149 &euro;</li>
<li>Ketamin Lutschtabletten 150 mg, 20 Stück &ndash; 129 &euro;</li>
</ul>
<p>Zahlung per Bitcoin, Paysafecard oder Sofortüberweisung. Diskreter Versand in neutraler Verpackung nach Deutschland, Österreich und in die Schweiz. Zollgarantie: Bei Verlust senden wir kostenlos erneut.</p>
<h2>Vorsicht vor Nachahmern</h2>
<p>Leider gibt es inzwischen viele Seiten, die sich als DocKeta24 ausgeben. Bestellen Sie nur über docketa24.example. Unsere echten Ärzte fragen niemals per WhatsApp nach Zahlungen.</p>
<h2>Häufige Fragen</h2>
<p><b>Ist das legal?</b> Die Rezepte werden von einem im EU-Ausland zugelassenen Arzt ausgestellt, der Ihren Fragebogen automatisch freigibt.</p>
<p><b>Was, wenn ich schon Antidepressiva nehme?</b> Das ist kein Problem, geben Sie es einfach im Fragebogen an.</p>
</main>
<footer>DocKeta24 Ltd. &middot; Impressum &middot; Datenschutz &middot; &copy; 2026</footer>
""", noise="cookie-de")

p("h11611", "https://k-france-officiel.example/attention-arnaques", "seller", True, "fr",
  "vendeur-attention-arnaques-seul-officiel", "Attention aux arnaques – K-France, le seul vendeur officiel", """
<nav><a href="/">Accueil</a> · <a href="/boutique">Boutique</a> · <a href="/attention-arnaques">Attention arnaques</a> · <a href="/livraison">Livraison</a> · <a href="/contact">Contact</a></nav>
<main>
<h1>&#9888; Attention aux arnaques : nous sommes le SEUL K-France</h1>
<p>Depuis l'été, des escrocs copient notre site, nos photos et même nos avis clients. Plusieurs clients nous ont écrit après avoir payé un faux compte. Voici comment nous reconnaître :</p>
<ul>
<li>Notre seul Telegram : <b>@kfrance_officiel</b>. Les comptes <b>@kfrance_off</b>, <b>@k_france_vip</b> et <b>@kfrance.livraison</b> sont des FAUX.</li>
<li>Nous n'envoyons jamais de message en premier.</li>
<li>Nous n'acceptons pas les coupons PCS envoyés par photo : le paiement se fait uniquement via la page panier (crypto) ou sur demande pour les clients fidèles.</li>
</ul>
<h2>Nos vrais tarifs</h2>
<table>
<tr><td>Kétamine cristaux (aiguilles)</td><td>1 g : 40 &euro;</td><td>5 g : 170 &euro;</td><td>10 g : 300 &euro;</td></tr>
<tr><td>Kétamine liquide 50 mg/ml</td><td>flacon 10 ml : 60 &euro;</td><td>lot de 5 : 260 &euro;</td><td></td></tr>
</table>
<p>Sans ordonnance, sans inscription. Livraison discrète en France et en Belgique par Colissimo ou Mondial Relay, sous vide, sans nom d'expéditeur. Renvoi gratuit en cas de perte.</p>
<p>Si quelqu'un vous propose 10 g à 90 &euro;, c'est une arnaque. Dans le doute, envoyez-nous une capture d'écran sur Telegram.</p>
</main>
<footer>© 2026 K-France. Réservé aux majeurs.</footer>
""", noise="cookie-fr")

p("h11612", "https://dierenmedicijn-direct.example/ketamine-100-mg-ml-injectievloeistof", "seller", True, "nl",
  "dierenmedicijn-zonder-recept-geen-oplichters", "Ketamine 100 mg/ml injectievloeistof voor dieren 10 ml | DierenMedicijn Direct", """
<header><a href="/">DierenMedicijn Direct</a> <nav><a href="/honden">Honden</a> <a href="/katten">Katten</a> <a href="/paarden">Paarden</a> <a href="/anesthesie">Anesthesie</a> <a href="/winkelwagen">Winkelwagen</a></nav></header>
<main>
<p class="crumbs">Home &rsaquo; Anesthesie &rsaquo; Ketamine 100 mg/ml</p>
<h1>Ketamine 100 mg/ml injectievloeistof voor dieren &ndash; 10 ml</h1>
<p class="price">&euro; 39,95 per flacon &middot; 5 flacons &euro; 179,00 &middot; 10 flacons &euro; 329,00</p>
<p class="stock">Op voorraad &ndash; vandaag besteld, morgen in huis</p>
<button>In winkelwagen</button>
<h2>Productinformatie</h2>
<p>Ketamine is een dissociatief anestheticum voor honden, katten en paarden. Geschikt voor sedatie en kortdurende ingrepen.</p>
<h2>Recept nodig?</h2>
<p>Nee. Bij ons kunt u ook als particulier bestellen, zonder dierenarts en zonder registratie. U hoeft alleen aan te vinken dat het product voor dierlijk gebruik is.</p>
<h2>Pas op voor nepwebshops!</h2>
<p>Er zijn webshops die onze naam en foto's gebruiken en na betaling niets leveren. Wij zijn de enige echte DierenMedicijn Direct: al 6 jaar actief, meer dan 4.000 tevreden klanten. Betaal nooit via een link in WhatsApp. Bij ons betaalt u veilig met iDEAL, Bancontact of Bitcoin, en wij verzenden discreet in een neutrale doos naar Nederland, België en Duitsland.</p>
</main>
<footer>DierenMedicijn Direct &middot; Klantenservice via WhatsApp &middot; &copy; 2026</footer>
""", noise="cookie-nl")

p("h11613", "https://clinicarenova-cetamina-oficial.example/", "seller", True, "pt",
  "falsa-clinica-copia-nome-envia-frascos", "Clínica Renova Cetamina – Site Oficial | Tratamento em casa", """
<header><a href="/">Clínica Renova Cetamina <small>site oficial</small></a> <nav><a href="/">Início</a> <a href="/equipe">Equipe médica</a> <a href="/tratamento-em-casa">Tratamento em casa</a> <a href="/depoimentos">Depoimentos</a> <a href="/contato">Contato</a></nav></header>
<main>
<h1>Cetamina para depressão, agora com entrega em todo o Brasil</h1>
<p>A Clínica Renova é referência em terapia com cetamina em São Paulo. Para quem mora longe, criamos o programa Renova em Casa: enviamos frascos de cetamina de uso hospitalar com seringas e um guia de aplicação.</p>
<h2>Equipe</h2>
<p>Dr. Henrique Azevedo Lima &ndash; CRM-SP 000000 &ndash; anestesiologista<br>Dra. Camila Ferraz &ndash; CRM-SP 000001 &ndash; psiquiatra</p>
<h2>Valores</h2>
<ul>
<li>Kit 5 frascos cetamina 50 mg/ml (10 ml) &ndash; R$ 1.190</li>
<li>Kit 10 frascos &ndash; R$ 2.090</li>
<li>Spray de escetamina (3 unidades) &ndash; R$ 1.450</li>
</ul>
<p><b>Não é necessário receita nem consulta presencial.</b> Faça seu pedido pelo WhatsApp (11) 90000-4417, pague via Pix ou cripto e receba em embalagem discreta pelos Correios em até 5 dias úteis.</p>
<div class="alerta"><h3>Cuidado com golpes</h3><p>Existem perfis falsos usando o nome Renova no Instagram. O único WhatsApp oficial é o deste site. Nunca pagamos comissão a revendedores.</p></div>
</main>
<footer>Clínica Renova Cetamina &middot; Todos os direitos reservados &copy; 2026</footer>
""", noise="cookie-pt")

p("h11614", "https://annunci-liberi.example/salute-benessere/ketamina-originale-98211", "seller", True, "it",
  "annuncio-classificato-diffidate-imitazioni", "Ketamina originale – diffidate dalle imitazioni", """
KETAMINA ORIGINALE – DIFFIDATE DALLE IMITAZIONI
Pubblicato il 30/11 · Milano · Categoria: Salute e benessere
Siamo gli unici venditori seri, attivi dal 2020, tutti gli altri annunci con le nostre foto sono truffe. Cristalli e liquida in flaconi da 10 ml, qualità farmaceutica. 1 g 35 €, 5 g 150 €, flacone 55 €. Nessuna ricetta. Spedizione anonima in tutta Italia in 48 h, pagamento in crypto o ricarica. Contatto solo Telegram @ketaitalia_originale (attenzione a @ketaitalia_orig e @keta_italia: FALSI).
""", ext="txt")

# ---------------------------------------------------------------- telehealth services warning about impostors

p("h11615", "https://clearmind-telepsychiatry.example/security/impersonation-alert", "telehealth", False, "en",
  "telehealth-impersonation-alert-quoting-scam-ads", "Impersonation alert: Clearmind does not sell ketamine on Telegram | Clearmind Telepsychiatry", """
<header class="site-header">
<a href="/" class="logo">Clearmind <span>Telepsychiatry</span></a>
<nav><a href="/how-it-works">How it works</a> <a href="/ketamine-treatment">At-home ketamine treatment</a> <a href="/clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/states">States we serve</a> <a href="/login">Patient login</a></nav>
</header>
<main>
<p class="crumbs"><a href="/security">Trust &amp; safety</a> / Impersonation alert</p>
<h1>Impersonation alert: people are pretending to be Clearmind</h1>
<p class="updated">Last updated December 3, 2026</p>
<p>Over the past two months, several patients and people on our waitlist have forwarded us ads and messages that use our name and logo to sell ketamine without any medical evaluation. These are not from Clearmind. We want to show you exactly what they look like so you can recognise them.</p>
<h2>What the scam messages say</h2>
<p>Here are real examples we have received (we have removed the phone numbers of the people targeted):</p>
<blockquote>"Clearmind ketamine troches, NO consult needed &#128138; 20 x 200mg for $99, ships today. DM @clearmind_rx_support on Telegram"</blockquote>
<blockquote>"Hi, this is the Clearmind pharmacy team. Your refill is ready but your card was declined. Please pay $145 in Bitcoin to release your package."</blockquote>
<blockquote>"Clearmind Wellness Store &ndash; Spravato nasal spray 56mg kit $180, no prescription, worldwide stealth shipping" (seen on a Facebook page called "Clearmind Health Official")</blockquote>
<p>We do not own any Telegram, WhatsApp or Facebook account that sells medication. We never ask for payment by cryptocurrency, gift cards, Zelle or Cash App. We never sell Spravato: esketamine can only be given under observation at a certified treatment centre.</p>
<h2>How real Clearmind care works</h2>
<ol>
<li><b>Video evaluation.</b> Every new patient has a 60-minute video assessment with a board-certified psychiatrist or psychiatric nurse practitioner licensed in your state. We review your history, current medications and blood pressure readings.</li>
<li><b>Prescription only if appropriate.</b> About a third of people we evaluate are not prescribed ketamine; some are referred to in-person care instead.</li>
<li><b>Licensed pharmacy.</b> If you are prescribed ketamine, the prescription is sent to our partner, Lakeshore Compounding Pharmacy (licensed in all states we serve), which ships to you with signature required.</li>
<li><b>Monitoring.</b> A support person must be present during your first sessions, and your clinician follows up by video before each refill.</li>
</ol>
<p>Membership is $229 per month after the $250 initial evaluation, billed by card through your patient portal. Medication is billed separately by the pharmacy.</p>
<h2>If you were contacted</h2>
<ul>
<li>Do not pay or send photos of your ID.</li>
<li>Forward the message or a screenshot to <a href="mailto:trust@clearmind-telepsychiatry.example">trust@clearmind-telepsychiatry.example</a>.</li>
<li>Report the account on the platform where you saw it, and report fraud to your local consumer-protection agency.</li>
<li>If you already paid, contact your bank straight away.</li>
</ul>
</main>
<aside class="sidebar">
<h3>Verify a message</h3>
<p>Our messages only come from the patient portal or from @clearmind-telepsychiatry.example addresses. Not sure? Call our care team at (555) 010-4477.</p>
<h3>Related</h3>
<ul><li><a href="/security/phishing">Phishing and fake refill texts</a></li><li><a href="/clinicians">Verify your clinician's licence</a></li></ul>
</aside>
<footer>
<p>Clearmind Telepsychiatry, PC &middot; Medical services provided by licensed clinicians in CA, CO, IL, NY, TX, WA. If you are in crisis call or text 988.</p>
<p>&copy; 2026 &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/nondiscrimination">Non-discrimination notice</a></p>
</footer>
""", noise="cookie")

p("h11616", "https://verdant-ketamine-care.example/blog/real-telehealth-vs-quiz-sites", "telehealth", False, "en",
  "telehealth-blog-quiz-sites-vs-real-evaluation", "Why we don't approve anyone in two minutes | Verdant Ketamine Care", """
<nav><a href="/">Verdant</a> <a href="/program">Our program</a> <a href="/team">Prescribers</a> <a href="/blog">Blog</a> <a href="/apply">Apply</a></nav>
<article>
<h1>Why we don't approve anyone in two minutes</h1>
<p class="byline">By Dr. Renata Okafor, MD, Chief Medical Officer &middot; November 19, 2026</p>
<p>Every week someone on our waitlist asks why they should wait for a video appointment when "other sites" approve at-home ketamine after a seven-question quiz. The honest answer is that a quiz cannot tell whether ketamine is safe for you, and a site that approves 97% of people is not evaluating anyone.</p>
<p>We looked at a few of these sites. One promised "no video visit, instant decision, refills approved automatically". Another sold "unlocked" higher doses after the first purchase. Several took gift cards. None named a single prescriber.</p>
<h2>What our evaluation includes</h2>
<ul>
<li>A live video visit (45&ndash;60 minutes) with one of our named prescribers, licensed in your state.</li>
<li>Validated screening (PHQ-9, GAD-7, PCL-5 where relevant), plus questions about psychosis, substance use and heart disease.</li>
<li>Recent blood pressure readings and a medication reconciliation.</li>
<li>A safety plan and a designated sitter for the first sessions.</li>
</ul>
<p>About 30% of applicants are not prescribed ketamine after this visit. That is what a real evaluation looks like.</p>
<h2>Check who is prescribing</h2>
<p>Our prescribers are listed by name with their licence numbers on our <a href="/team">team page</a>, and you can look each one up on your state medical board's website. If a site cannot tell you who will write your prescription, do not give it your card details.</p>
<p>Prescriptions go only to Birchwood Pharmacy, a licensed 503A pharmacy, and nothing is shipped until your prescriber signs off. The Verdant membership is $199/month and covers follow-up video visits every four weeks.</p>
</article>
<footer>Verdant Ketamine Care &middot; Telehealth services in AZ, FL, NV, OR, UT &middot; &copy; 2026</footer>
""")

p("h11617", "https://help.lumen-mentalhealth.example/articles/discount-text-ketamine-is-this-you", "telehealth", False, "en",
  "telehealth-help-centre-scam-text", "I got a text offering 40% off ketamine. Is it from Lumen? – Lumen Help Center", """
<div class="hc-header"><a href="/">Lumen Help Center</a> <input type="search" placeholder="Search articles"> <a href="https://lumen-mentalhealth.example/login">Sign in</a></div>
<div class="hc-crumbs">Lumen Help Center &rsaquo; Account &amp; security &rsaquo; Scams and suspicious messages</div>
<article>
<h1>I got a text offering 40% off ketamine. Is it from Lumen?</h1>
<p>No. Lumen never sends discount offers on medication, and we never sell ketamine directly. Several members have reported texts like this one:</p>
<pre>LUMEN HEALTH: Flash sale! 40% off ketamine lozenges, no appointment needed. Reply YES or order at lumen-rx-deals.example. Pay by Apple gift card for fastest shipping.</pre>
<p>This message is a scam. lumen-rx-deals.example is not our website and has nothing to do with us.</p>
<h3>How you can tell a message is really from us</h3>
<ul>
<li>Appointment reminders come from the short code 55123 and only mention the date and time of your visit with your clinician.</li>
<li>Prescription updates appear in the Lumen app. The message will name your prescriber and our partner pharmacy, and the pharmacy ships only after your prescriber has approved a refill at a follow-up video visit.</li>
<li>We never ask for payment by text. Membership fees are charged to the card saved in your account.</li>
</ul>
<h3>What to do</h3>
<p>Don't click the link. Forward the text to 7726 (SPAM) and to security@lumen-mentalhealth.example. If you entered card details, call your bank. If you're not sure whether a message is real, contact your care team in the app.</p>
</article>
<div class="hc-related"><h4>Related articles</h4><ul><li>How prescriptions are sent to our partner pharmacy</li><li>Preparing for your first video evaluation</li><li>Changing your membership plan</li></ul></div>
<div class="hc-footer">Was this article helpful? <button>Yes</button> <button>No</button></div>
""")

p("h11618", "https://mail-archive.example/northwind-telehealth/2026-11-security-notice", "telehealth", False, "en",
  "telehealth-patient-email-lookalike-domain", "Security notice: lookalike website using our name", """
Subject: Security notice: a lookalike website is using the Northwind name

Dear Northwind patient,
We have learned that a website at northwlnd-health.example (with a lowercase "l" instead of the "i") copies our home page and offers "ketamine refills without a visit" for $89, payable in Bitcoin. It is not us. Your Northwind prescriptions are only written by your clinician after a video follow-up, and they are only filled by Riverside Specialty Pharmacy, which will call you before shipping. If you have any doubt, message your care team in the portal or call 555-0107.
Dr. Samuel Ortiz, Medical Director, Northwind Telehealth
""", ext="txt")

p("h11619", "https://halcyon-virtual-psychiatry.example/esketamine", "telehealth", False, "en",
  "virtual-psychiatry-spravato-referral-fake-sellers", "Esketamine (Spravato) through Halcyon Virtual Psychiatry", """
<header><a href="/">Halcyon Virtual Psychiatry</a> <nav><a href="/services">Services</a> <a href="/esketamine">Esketamine</a> <a href="/providers">Providers</a> <a href="/insurance">Insurance</a> <a href="/book">Book a video visit</a></nav></header>
<main>
<h1>Esketamine (Spravato) for treatment-resistant depression</h1>
<p>Halcyon's psychiatrists see patients by secure video in Pennsylvania, New Jersey and Delaware. If you have tried at least two antidepressants without enough relief, your psychiatrist may recommend esketamine nasal spray.</p>
<h2>How it works with us</h2>
<ol>
<li><b>Video evaluation</b> with a Halcyon psychiatrist (about 60 minutes). We confirm the diagnosis, review past treatments and check for conditions that make esketamine unsafe.</li>
<li><b>Referral to a partner treatment centre.</b> Esketamine is only given in a REMS-certified healthcare setting, where you self-administer the spray under observation and stay for at least two hours. We refer you to our partner, Keystone Interventional Psychiatry, which has sites in Philadelphia, Allentown and Wilmington, and we handle the insurance prior authorisation.</li>
<li><b>Ongoing care by video.</b> Your Halcyon psychiatrist keeps managing your other medications and sees you monthly.</li>
</ol>
<h2>A warning about "Spravato for sale" websites</h2>
<p>Patients sometimes show us sites offering Spravato devices by mail, often for $150&ndash;$250 per device and usually paid by cryptocurrency. Spravato is never dispensed to patients to take home. Anything sold this way is either counterfeit or diverted, and you have no way to know what is in it. Please don't buy it, and tell your psychiatrist if you already have.</p>
<p>Our providers: Dr. Leah Brandt, MD; Dr. Omar Haddad, MD; Jessica Moy, PMHNP-BC. Most commercial insurance and Medicare accepted.</p>
</main>
<footer>Halcyon Virtual Psychiatry, LLC &middot; &copy; 2026 &middot; Crisis? Call or text 988</footer>
""")

p("h11620", "https://seelenklar-online.example/de/sicherheit/warnung-fake-profile", "telehealth", False, "de",
  "telemedizin-warnung-fake-profile", "Warnung vor Fake-Profilen und falschen Shops | Seelenklar Online-Sprechstunde", """
<header>
<a class="logo" href="/de/">Seelenklar <small>Online-Sprechstunde für Psychiatrie</small></a>
<nav><a href="/de/behandlung">Behandlung</a> <a href="/de/esketamin">Esketamin-Therapie</a> <a href="/de/aerztinnen">Unsere Ärztinnen und Ärzte</a> <a href="/de/kosten">Kosten</a> <a href="/de/login">Patientenportal</a></nav>
</header>
<main>
<h1>Warnung: Betrüger geben sich als Seelenklar aus</h1>
<p class="stand">Stand: 2. Dezember 2026</p>
<p>Uns haben in den letzten Wochen mehrere Hinweise erreicht, dass auf Instagram, Telegram und in Kleinanzeigen Profile unter dem Namen „Seelenklar“ auftreten und Ketamin oder Esketamin-Nasenspray ohne ärztliche Untersuchung verkaufen. Mit uns haben diese Angebote nichts zu tun.</p>
<h2>So sahen die Angebote aus</h2>
<ul>
<li>Telegram-Kanal <b>@seelenklar_shop</b>: „Esketamin Spray 3 Stück 170 €, ohne Rezept, Versand aus NL, Zahlung per Paysafecard“</li>
<li>Kleinanzeige: „Ketamin-Tropfen von Seelenklar, ärztlich geprüft, 30 ml für 120 €, Abholung oder Versand“</li>
<li>Instagram-Profil <b>seelenklar.official.de</b> mit kopierten Fotos unserer Ärztinnen</li>
</ul>
<p>Wir haben Anzeige erstattet und die Plattformen informiert. Bitte zahlen Sie nichts und geben Sie keine Ausweisdaten weiter.</p>
<h2>Wie die Behandlung bei Seelenklar wirklich abläuft</h2>
<ol>
<li><b>Video-Erstgespräch</b> mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie (in Deutschland approbiert, 50 Minuten).</li>
<li><b>Befunde</b> Ihrer Hausarztpraxis, aktueller Blutdruck und Medikamentenplan werden vor jeder Therapieentscheidung geprüft.</li>
<li><b>Esketamin</b> wird nie verschickt. Wenn eine Behandlung sinnvoll ist, überweisen wir Sie an eine Partnerpraxis in Ihrer Nähe, wo das Nasenspray unter Aufsicht angewendet wird. Andere Medikamente verordnen wir per E-Rezept, das Sie in einer Apotheke Ihrer Wahl einlösen.</li>
<li><b>Verlaufskontrollen</b> finden weiterhin per Video statt.</li>
</ol>
<p>Unsere Ärztinnen und Ärzte: Dr. med. Katrin Vogelsang, Dr. med. Jonas Beermann, Dr. med. Aylin Demir. Sie können die Approbation bei der zuständigen Landesärztekammer prüfen.</p>
<h2>Verdächtige Nachricht erhalten?</h2>
<p>Leiten Sie sie an sicherheit@seelenklar-online.example weiter. Unsere echten Nachrichten kommen ausschließlich über das Patientenportal.</p>
</main>
<aside><h3>Kosten</h3><p>Erstgespräch 120 &euro; (GOÄ), Folgetermine 60 &euro;. Private Krankenversicherungen erstatten in der Regel.</p></aside>
<footer>Seelenklar Telemedizin GmbH &middot; Impressum &middot; Datenschutz &middot; In einer Krise: Telefonseelsorge 0800 111 0 111</footer>
""", noise="cookie-de")

p("h11621", "https://mentevital-telemedicina.example/aviso-suplantacion", "telehealth", False, "es",
  "telemedicina-aviso-suplantacion-whatsapp", "Aviso importante: suplantación de identidad por WhatsApp | MenteVital Telemedicina", """
<nav><a href="/">MenteVital</a> <a href="/como-funciona">Cómo funciona</a> <a href="/ketamina">Ketamina asistida</a> <a href="/especialistas">Especialistas</a> <a href="/agenda">Agendar videoconsulta</a></nav>
<main>
<h1>Aviso importante: están suplantando a MenteVital por WhatsApp</h1>
<p>Hemos recibido reportes de pacientes en Ciudad de México, Guadalajara y Monterrey que fueron contactados desde el número <b>+52 55 0000 7781</b>, que usa nuestro logotipo como foto de perfil. Les ofrecen un "paquete de 6 sesiones de ketamina en casa por $4,500 MXN, sin consulta, enviado por paquetería" y piden el pago por depósito en OXXO o transferencia.</p>
<p><b>Ese número no pertenece a MenteVital.</b> Nosotros nunca enviamos ketamina sin una valoración médica, nunca pedimos depósitos en tiendas de conveniencia y nunca escribimos primero por WhatsApp para vender.</p>
<h2>Cómo trabajamos realmente</h2>
<ul>
<li>Primera videoconsulta de 60 minutos con un psiquiatra con cédula profesional y de especialidad verificables.</li>
<li>Si el tratamiento es adecuado, la receta se envía a nuestra farmacia aliada, que entrega únicamente con receta vigente y confirma la identidad del paciente.</li>
<li>Seguimiento por videollamada antes de cada nuevo ciclo.</li>
</ul>
<p>Nuestros especialistas: Dra. Mariana Quiroga Ruiz, Dr. Esteban Lozano, Dra. Fernanda Ibarra. Puede verificar sus cédulas en el registro nacional de profesiones.</p>
<p>Si recibió un mensaje sospechoso, envíe una captura a seguridad@mentevital-telemedicina.example y no realice ningún pago.</p>
</main>
<footer>MenteVital Telemedicina S.C. &middot; Aviso de privacidad &middot; &copy; 2026</footer>
""", noise="cookie-es")

p("h11622", "https://psyche-online.example/nl/let-op-nepberichten", "telehealth", False, "nl",
  "online-psychiatrie-nepmails-esketamine", "Let op: nepberichten uit naam van Psyche Online", """
<nav><a href="/nl/">Psyche Online</a> <a href="/nl/behandelingen">Behandelingen</a> <a href="/nl/esketamine">Esketamine</a> <a href="/nl/behandelaars">Behandelaars</a> <a href="/nl/aanmelden">Aanmelden</a></nav>
<main>
<h1>Let op: nepberichten uit naam van Psyche Online</h1>
<p>Sommige cliënten hebben e-mails en sms'jes ontvangen waarin "Psyche Online" esketamine-neusspray aanbiedt voor &euro; 95 per stuk, zonder intake, te betalen via een Tikkie of in bitcoin. Deze berichten komen niet van ons.</p>
<p>Wij verkopen geen medicijnen. Psyche Online is een online ggz-praktijk: u heeft eerst een video-intake met een BIG-geregistreerde psychiater. Als esketamine een passende behandeling lijkt, verwijzen wij u naar een behandelcentrum waar het middel onder toezicht wordt toegediend. Esketamine wordt nooit naar huis gestuurd.</p>
<p>Onze psychiaters: drs. Maaike de Groot, dr. Thijs van Leeuwen en drs. Samira El Idrissi. Hun BIG-registratie kunt u controleren in het openbare BIG-register.</p>
<p>Twijfelt u? Bel ons op 085 000 1122 of stuur de verdachte mail door naar phishing@psyche-online.example. Heeft u al betaald, neem dan contact op met uw bank en doe aangifte.</p>
</main>
<footer>Psyche Online B.V. &middot; Klachtenregeling &middot; Privacyverklaring</footer>
""", noise="cookie-nl")

p("h11623", "https://tidewell-health.example/shipping-and-pharmacy", "telehealth", False, "en",
  "telehealth-shipping-pharmacy-page-unsolicited-package", "Shipping & pharmacy | Tidewell Health", """
<nav><a href="/">Tidewell Health</a> <a href="/ketamine">At-home ketamine therapy</a> <a href="/membership">Membership</a> <a href="/faq">FAQ</a></nav>
<main>
<h1>Shipping &amp; pharmacy</h1>
<p>Tidewell doesn't keep or ship medication itself. After your video evaluation, if your Tidewell clinician prescribes ketamine, the prescription is sent electronically to Meridian Pharmacy Services, a licensed pharmacy in each state we serve. Meridian ships in temperature-stable, tamper-evident packaging with adult signature required, usually within 3 business days.</p>
<p>Refills are only sent after your clinician has seen you again by video and renewed the prescription. Your membership ($219/month) covers those visits; Meridian bills medication separately, usually $60&ndash;$110 per month.</p>
<h2>Did you get a package you didn't expect?</h2>
<p>If a package claiming to be from Tidewell arrives without a visit, or someone asks you to pay for "Tidewell medication" through Telegram, Venmo or gift cards, it is not from us. Don't use it. Contact our care team at care@tidewell-health.example and we'll help you report it.</p>
</main>
<footer>&copy; 2026 Tidewell Health Medical Group</footer>
""")

# ---------------------------------------------------------------- clinics warning about copies and scam sellers

p("h11624", "https://cedarbrook-infusion.example/blog/someone-copied-our-team-page", "clinic", False, "en",
  "infusion-clinic-blog-copied-team-page", "Someone copied our team page. Here's how to tell the real Cedarbrook apart | Cedarbrook Infusion Center", """
<header>
<div class="topbar">Cedarbrook Infusion Center &middot; 2210 Maple Ave, Suite 140, Richmond, VA &middot; (555) 016-3300 &middot; <a href="/book">Book a consultation</a></div>
<nav><a href="/">Home</a> <a href="/ketamine-infusions">Ketamine infusions</a> <a href="/spravato">Spravato</a> <a href="/pricing">Pricing</a> <a href="/our-team">Our team</a> <a href="/blog">Blog</a> <a href="/patient-portal">Pay my bill</a></nav>
</header>
<main>
<article>
<h1>Someone copied our team page. Here's how to tell the real Cedarbrook apart</h1>
<p class="meta">Posted by Cedarbrook Infusion Center &middot; October 27, 2026</p>
<p>Last week a patient called us, upset. She had found a website that showed Dr. Whitaker's photo and biography word for word, next to an offer to "ship ketamine vials for home infusion, no prescription needed for returning clients." She wanted to know if we had started mailing medication. We haven't, and we never will.</p>
<p>Since then we've found three sites that copied our staff page, including our nurses' first names and the photo of our infusion suite. One of them lists a WhatsApp number for its "pharmacy desk", another asks for Bitcoin or Zelle. We've reported them to the hosting companies, the state Board of Medicine and the DEA diversion hotline, but new copies pop up faster than they come down.</p>
<h2>What the copies get wrong</h2>
<ul>
<li><b>We only treat people in person.</b> Every ketamine infusion at Cedarbrook is given here in Richmond, through an IV, with a nurse at your side and continuous monitoring of your heart rate, blood pressure and oxygen.</li>
<li><b>We don't sell ketamine.</b> Not vials, not lozenges, not nasal spray. No legitimate infusion clinic mails IV ketamine to patients.</li>
<li><b>We don't use WhatsApp or Telegram for orders.</b> You can reach us by phone, through our patient portal, or by email.</li>
<li><b>We take card, HSA/FSA and CareCredit.</b> We will never ask for cryptocurrency, Zelle or gift cards.</li>
</ul>
<h2>How to check our team</h2>
<p>Our medical director, Dr. Elaine Whitaker, MD, is a board-certified anesthesiologist licensed in Virginia; you can look up her licence on the Virginia Department of Health Professions website. Our nurse practitioner, Daniel Cho, PMHNP-BC, and our infusion nurses are listed on our <a href="/our-team">team page</a>, which lives only at cedarbrook-infusion.example.</p>
<h2>What a visit here actually involves</h2>
<p>New patients have a consultation (in person or by video) followed by an in-person medical screening. A typical initial series is six infusions over two to three weeks, each about 40 minutes plus recovery time, and you need someone to drive you home. Pricing is listed on our <a href="/pricing">pricing page</a>: $475 per infusion, or $2,550 for a series of six paid in advance.</p>
<p>If you see our name or our staff on a site that sells medication, please email <a href="mailto:office@cedarbrook-infusion.example">office@cedarbrook-infusion.example</a> with the link. Thank you to everyone who has already sent us screenshots.</p>
</article>
</main>
<aside class="sidebar">
<h3>Recent posts</h3>
<ul><li>What to expect at your first infusion</li><li>Ketamine and blood pressure: why we check</li><li>Spravato now covered by more plans in Virginia</li></ul>
<h3>Office hours</h3><p>Mon&ndash;Thu 7:30&ndash;5:00, Fri 7:30&ndash;1:00</p>
</aside>
<footer><p>&copy; 2026 Cedarbrook Infusion Center, PLLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/nondiscrimination">Non-discrimination</a></p></footer>
""", noise="cookie")

p("h11625", "https://riverside-rems-psychiatry.example/spravato/cant-buy-online", "clinic", False, "en",
  "spravato-rems-center-cannot-buy-online", "Can I buy Spravato online? | Riverside Psychiatric Associates", """
<nav><a href="/">Riverside Psychiatric Associates</a> <a href="/spravato">Spravato treatment</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/contact">Contact</a></nav>
<main>
<h1>Can I buy Spravato online?</h1>
<p>We hear this question more and more, usually from patients who have seen ads promising "Spravato without a prescription" or "esketamine kits shipped overnight". The short answer is no. Spravato (esketamine) nasal spray is only available through the Spravato REMS programme, which means it is shipped only to certified healthcare settings like ours and is never handed to a patient to take home.</p>
<p>At our Columbus office you use the spray yourself under the direct observation of our staff, and then stay with us for at least two hours while a nurse checks your blood pressure and how you feel. You cannot drive until the next day, so we ask every patient to arrange a ride.</p>
<h2>What about the websites selling it?</h2>
<p>A patient recently showed us a listing for "Spravato 84 mg kit, $210, Bitcoin only, worldwide shipping". Whatever that package contains, it did not come through the REMS supply chain. It may be counterfeit, stolen or simply not arrive. We report these listings when we see them.</p>
<h2>Starting treatment with us</h2>
<p>Riverside Psychiatric Associates is a REMS-certified treatment centre. To start, you need a diagnosis of treatment-resistant depression or major depressive disorder with suicidal thoughts or behaviour, confirmed at an evaluation with one of our psychiatrists. We verify benefits and handle prior authorisation for most major insurers. Call (555) 018-2040 to schedule.</p>
</main>
<footer>Riverside Psychiatric Associates, Inc. &middot; 850 Riverside Dr, Columbus, OH &middot; &copy; 2026</footer>
""")

p("h11626", "https://solace-kap.example/faq#shipping", "clinic", False, "en",
  "clinic-faq-entry-do-you-ship", "FAQ: Do you ship ketamine? – Solace Ketamine-Assisted Psychotherapy", """
Do you ship ketamine or sell it to take home?
No. At Solace every ketamine session happens in our Portland office: a physician gives the ketamine by intramuscular injection and one of our therapists stays with you throughout. We have seen accounts on Instagram and Telegram using our logo to sell "Solace lozenges" for $80 a pack. Those are not ours, and we have reported them. If you have questions about whether a message is really from us, call the front desk at (555) 012-9081.
""", ext="txt")

p("h11627", "https://willowgate-kap.example/notice-fake-facebook-page", "clinic", False, "en",
  "kap-practice-fake-facebook-deposit-scam", "Notice: fake Facebook page asking for deposits | Willowgate Ketamine-Assisted Psychotherapy", """
<nav><a href="/">Willowgate KAP</a> <a href="/approach">Our approach</a> <a href="/team">Therapists &amp; physicians</a> <a href="/fees">Fees</a> <a href="/intake">Start intake</a></nav>
<main>
<h1>Notice: a fake Facebook page is asking for deposits in our name</h1>
<p>A Facebook page called "Willowgate Ketamine Therapy Booking" has been messaging people who comment on mental-health groups. It offers a "priority slot" for a $300 deposit paid in Apple or Google Play gift cards, and in some messages promises that "ketamine lozenges will be mailed before your first session".</p>
<p>This page is not ours. We have asked Facebook to remove it.</p>
<h2>How booking at Willowgate really works</h2>
<ol>
<li>You complete our intake form on this website.</li>
<li>Our intake coordinator calls you and schedules a medical evaluation with Dr. Hannah Pruitt, MD, at our Boulder office.</li>
<li>If ketamine-assisted psychotherapy is a good fit, your dosing sessions take place here, in person, with your therapist present. Dr. Pruitt or our nurse gives the ketamine in the office; we never mail medication.</li>
<li>Preparation and integration sessions can be in person or by video.</li>
</ol>
<p>We do take a $150 deposit to hold your first dosing session, but only through our secure patient billing portal by card or HSA card, and only after your medical evaluation. It is refundable up to 48 hours before the appointment.</p>
<p>If you paid the fake page, please report it to the FTC and contact the card issuer. You are welcome to call us at (555) 013-6612 and we will help where we can.</p>
</main>
<footer>Willowgate Ketamine-Assisted Psychotherapy, LLC &middot; 1820 Pearl St, Boulder, CO &middot; &copy; 2026</footer>
""")

p("h11628", "https://chu-fictif.example/psychiatrie/unite-esketamine/alerte-faux-site", "clinic", False, "fr",
  "chu-service-alerte-faux-site", "Alerte : faux site utilisant le nom de l'unité de traitement par eskétamine – CHU", """
<header><a href="/">Centre hospitalier universitaire</a> <nav><a href="/patients">Patients et visiteurs</a> <a href="/services">Services de soins</a> <a href="/psychiatrie">Pôle psychiatrie</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<p class="fil">Accueil &rsaquo; Pôle psychiatrie &rsaquo; Unité de traitement par eskétamine &rsaquo; Alerte</p>
<h1>Alerte : un faux site usurpe le nom de notre unité</h1>
<p>Le pôle de psychiatrie a été informé de l'existence d'un site internet et d'un compte Telegram qui reprennent le nom et le logo de l'unité de traitement par eskétamine du CHU. Ces supports proposent la vente de « Spravato 28 mg, boîte de 3 pulvérisateurs, 190 &euro;, livraison en 48 h » ainsi que de la « kétamine injectable pour usage à domicile ».</p>
<p><b>Le CHU ne vend aucun médicament en ligne.</b> L'eskétamine en pulvérisation nasale est administrée exclusivement dans notre unité, lors de séances encadrées par une équipe médicale et infirmière, avec une surveillance d'au moins deux heures après chaque administration. Le médicament n'est jamais remis au patient.</p>
<h2>Accéder aux soins</h2>
<p>L'orientation vers l'unité se fait sur courrier de votre psychiatre traitant, après échec d'au moins deux antidépresseurs. Une consultation d'évaluation est programmée avec un psychiatre du pôle. Les séances ont lieu du lundi au vendredi, au 3e étage du bâtiment B.</p>
<h2>Que faire si vous avez été contacté ?</h2>
<p>Ne communiquez aucune donnée bancaire. Signalez le site sur la plateforme officielle de signalement des contenus illicites et prévenez le secrétariat de l'unité au 05 00 00 41 20. Une plainte a été déposée par le CHU.</p>
</main>
<footer>CHU &middot; Mentions légales &middot; Accessibilité &middot; Urgences : 15</footer>
""", noise="cookie-fr")

p("h11629", "https://clinicaaurora-infusao.example/aviso-perfis-falsos", "clinic", False, "pt",
  "clinica-infusao-aviso-perfis-falsos", "Aviso: perfis falsos no Instagram | Clínica Aurora – Infusão de Cetamina", """
<nav><a href="/">Clínica Aurora</a> <a href="/tratamentos">Tratamentos</a> <a href="/cetamina">Infusão de cetamina</a> <a href="/equipe">Equipe</a> <a href="/agendamento">Agendamento</a></nav>
<main>
<h1>Aviso importante: perfis falsos usando o nome da Clínica Aurora</h1>
<p>Fomos informados de que perfis no Instagram (<b>@clinicaaurora.cetamina</b> e <b>@aurora_cetamina_oficial</b>) estão usando fotos da nossa equipe e do nosso espaço para vender "frascos de cetamina para aplicar em casa" por R$ 890 o kit, com pagamento via Pix.</p>
<p>Esses perfis não pertencem à Clínica Aurora. Nosso único perfil é <b>@clinicaaurora.bh</b>.</p>
<p>Na Clínica Aurora, a infusão de cetamina é feita exclusivamente em nossa unidade em Belo Horizonte, por via endovenosa, com monitorização contínua e acompanhamento de médico anestesiologista. Antes da primeira sessão, todo paciente passa por consulta com psiquiatra. Não vendemos nem enviamos medicamentos.</p>
<p>O agendamento pode ser feito pelo nosso WhatsApp oficial (31) 90000-2255 ou pelo telefone da recepção. O pagamento das sessões é feito na clínica, por cartão ou Pix, com emissão de nota fiscal.</p>
<p>Se você foi abordado por um desses perfis, não faça pagamentos e denuncie o perfil na própria rede social.</p>
<p class="rt">Responsável técnico: Dr. Rafael Monteiro Guedes &ndash; CRM-MG 00000</p>
</main>
<footer>Clínica Aurora &middot; Av. Exemplo, 1500, Belo Horizonte &ndash; MG &middot; &copy; 2026</footer>
""", noise="cookie-pt")

p("h11630", "https://ambulatorio-sanmarco.example/avvisi/truffa-whatsapp-esketamina", "clinic", False, "it",
  "ambulatorio-avviso-truffa-whatsapp", "Avviso: tentativi di truffa a nome del nostro ambulatorio | Ambulatorio San Marco", """
<nav><a href="/">Ambulatorio San Marco</a> <a href="/servizi">Servizi</a> <a href="/depressione-resistente">Depressione resistente</a> <a href="/terapia-del-dolore">Terapia del dolore</a> <a href="/prenotazioni">Prenotazioni</a></nav>
<main>
<h1>Avviso ai pazienti: tentativi di truffa a nome dell'ambulatorio</h1>
<p>Alcuni pazienti in lista d'attesa ci hanno segnalato messaggi WhatsApp da un numero che si presenta come "Segreteria Ambulatorio San Marco". I messaggi propongono di "saltare la lista d'attesa" ricevendo a casa lo spray di esketamina al prezzo di 250 euro, da pagare con ricarica di carta prepagata.</p>
<p>Si tratta di una truffa. Il nostro ambulatorio non spedisce farmaci e non chiede pagamenti tramite ricariche. L'esketamina spray nasale viene somministrata soltanto presso la nostra sede di Padova, sotto osservazione del personale sanitario, con un periodo di monitoraggio dopo ogni seduta.</p>
<p>Le prenotazioni si effettuano solo tramite il CUP, il nostro numero fisso 049 000 0000 o di persona allo sportello. Il ticket o la tariffa della prestazione si pagano allo sportello o con PagoPA.</p>
<p>Se ha ricevuto un messaggio sospetto, non risponda, blocchi il numero e lo segnali alla Polizia Postale. Per qualsiasi dubbio può contattare la segreteria negli orari di apertura (lun&ndash;ven 8:30&ndash;13:00).</p>
</main>
<footer>Ambulatorio San Marco &ndash; Struttura sanitaria accreditata &middot; Direttore sanitario: dott.ssa Giulia Ferrandi</footer>
""")

p("h11631", "https://clinica-ketamina-palermo.example/aviso-estafas", "clinic", False, "es",
  "clinica-aviso-estafas-argentina", "Aviso sobre estafas | Clínica de Infusiones Palermo", """
<nav><a href="/">Clínica de Infusiones Palermo</a> <a href="/ketamina">Infusiones de ketamina</a> <a href="/dolor-cronico">Dolor crónico</a> <a href="/equipo">Equipo médico</a> <a href="/turnos">Pedir turno</a></nav>
<main>
<h1>Aviso sobre estafas con nuestro nombre</h1>
<p>Circulan publicaciones en Mercado Libre y en grupos de Facebook que ofrecen "ampollas de ketamina de la Clínica Palermo" a $85.000 la caja, con envío por moto o correo. También nos llegaron capturas de un perfil de Telegram que promete "tratamiento domiciliario sin receta".</p>
<p>Nada de eso es nuestro. La Clínica de Infusiones Palermo no vende ni envía medicamentos. Las infusiones de ketamina se realizan únicamente en nuestra sede de la Ciudad de Buenos Aires, con indicación médica, evaluación previa por psiquiatría o clínica del dolor y monitoreo durante toda la sesión.</p>
<p>Para pedir turno: por teléfono al 011 0000-4321 o por el formulario de esta web. Trabajamos con las principales prepagas y obras sociales; las sesiones particulares se abonan en recepción.</p>
<p>Si le ofrecieron ketamina en nuestro nombre, no pague y haga la denuncia. Podemos orientarlo: escriba a contacto@clinica-ketamina-palermo.example.</p>
</main>
<footer>Clínica de Infusiones Palermo &middot; Director médico: Dr. Martín Echeverría, MN 000000</footer>
""", noise="cookie-es")

# ---------------------------------------------------------------- informational: news, government, forums, drug checking

p("h11632", "https://health-protection-agency.example/alerts/2026/fake-online-pharmacies-ketamine", "informational", False, "en",
  "government-alert-fake-online-pharmacies", "Consumer alert: fake online pharmacies and 'telehealth' sites selling ketamine", """
<header>
<div class="gov-banner">An official website of the Health Protection Agency</div>
<a href="/" class="agency">Health Protection Agency</a>
<nav><a href="/alerts">Alerts &amp; recalls</a> <a href="/medicines">Medicines</a> <a href="/report">Report a problem</a> <a href="/about">About us</a></nav>
</header>
<main>
<p class="crumbs">Home / Alerts &amp; recalls / 2026</p>
<h1>Consumer alert: fake online pharmacies and "telehealth" sites selling ketamine and esketamine</h1>
<p class="date">Published 24 November 2026</p>
<h2>Summary</h2>
<p>The Agency is warning the public about websites, social-media accounts and messaging channels that sell ketamine, esketamine nasal spray and related substances without a valid prescription. Some pose as online pharmacies; others imitate clinics or telehealth providers, copying the names, logos and staff photographs of real practices.</p>
<h2>What we have found</h2>
<ul>
<li>Sites that claim to be "telehealth" but approve every applicant after a short online questionnaire, with no contact with a clinician.</li>
<li>Websites presenting themselves as infusion clinics that mail vials of injectable ketamine and syringes to consumers for home use.</li>
<li>Sellers offering esketamine nasal spray devices by post. Esketamine is only supplied to certified healthcare settings and is never dispensed for use at home.</li>
<li>Payment demanded in cryptocurrency, gift cards or peer-to-peer transfer apps, often followed by requests for additional "customs" or "insurance" fees.</li>
<li>Products that, when tested, contained no ketamine, the wrong amount, or other substances.</li>
</ul>
<h2>Risks</h2>
<p>Ketamine can raise blood pressure and heart rate, cause confusion and dissociation, and lead to bladder damage and dependence with repeated use. Taking it without medical supervision, or taking a product of unknown content, puts your health at risk. Buyers may also lose money and expose personal and financial data.</p>
<h2>Advice to consumers</h2>
<ul>
<li>A legitimate provider will assess you, either in person or through a live consultation with a licensed clinician, before prescribing.</li>
<li>Check that an online pharmacy appears on the national register of licensed pharmacies before you order.</li>
<li>Be suspicious of sites that do not require a prescription, offer "stealth shipping", or only accept cryptocurrency or gift cards.</li>
<li>If you have taken a product bought online and feel unwell, seek medical help and bring the packaging.</li>
</ul>
<h2>Advice to healthcare providers</h2>
<p>Clinics and telehealth services whose names are being used by impostors should report the sites to the Agency using the form below and inform their patients. Adverse events linked to products bought online should be reported through the usual reporting system.</p>
<p><a href="/report">Report a suspicious website</a></p>
</main>
<aside><h3>Related</h3><ul><li>How to check an online pharmacy is licensed</li><li>Counterfeit medicines: questions and answers</li><li>Reporting side effects</li></ul></aside>
<footer>Health Protection Agency &middot; Accessibility &middot; Privacy &middot; Contact</footer>
""")

p("h11633", "https://metrodaily-news.example/investigations/2026/12/ketamine-telehealth-impostors", "informational", False, "en",
  "news-investigation-fake-telehealth-telegram", "Inside the fake 'ketamine clinics' that ship vials to anyone | Metro Daily", """
<header class="masthead"><a href="/">Metro Daily</a> <nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/health">Health</a> <a href="/business">Business</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="btn">Subscribe</a></nav></header>
<article>
<p class="kicker">INVESTIGATION</p>
<h1>Inside the fake "ketamine clinics" that ship vials to anyone</h1>
<p class="dek">Websites copy the staff pages of real practices, promise "home infusion kits" and disappear when regulators come knocking. We ordered from three of them.</p>
<p class="byline">By Teresa Lindqvist, Health Reporter &middot; December 4, 2026</p>
<p>The website looked like a hundred other ketamine clinics: soft blue photos of an infusion chair, a smiling anesthesiologist, testimonials about "finally feeling like myself again." But the "Home Kits" page offered something no legitimate clinic does: ten vials of injectable ketamine, syringes and a "dosing guide PDF" for $499, no prescription required, payable by Zelle, Cash App, Bitcoin or Apple gift cards.</p>
<p>The anesthesiologist in the photo, it turned out, works at a real clinic in Virginia. "Our whole team page was copied word for word," her practice manager told Metro Daily. "Patients have called us asking whether we've started mailing ketamine."</p>
<p>Over six weeks, Metro Daily reporters identified 23 websites and 40 social-media and Telegram accounts selling ketamine or esketamine while presenting themselves as clinics, pharmacies or telehealth services. At least nine used the names, photos or licence numbers of real clinicians.</p>
<h2>"Approved in two minutes"</h2>
<p>A second category mimics telehealth. One site, which we are not naming because it remains online, promised ketamine tablets after a seven-question quiz and told visitors that "97% of people who finish the quiz are approved." A reporter answering the questions at random was approved in under two minutes and offered a "monthly" plan at $199. No clinician ever made contact.</p>
<p>"That is not a medical evaluation, it's a checkout page," said Dr. Renata Okafor, chief medical officer of a telehealth company that prescribes ketamine after video visits. "The legitimate services are being drowned out."</p>
<h2>"We are the only real vendor"</h2>
<p>Many sellers now post their own scam warnings. One Telegram channel, @KetaDirect_Official, pins a message naming four "fake" accounts and urging customers to pay only in Bitcoin or Monero through its website, where 10 grams of ketamine crystal are listed at $310. Prices across the channels we tracked ranged from $25 to $45 a gram and $49 to $60 for a 10 ml vial.</p>
<p>Of our three test orders, one never arrived; one arrived containing a white powder that a drug-checking service found to be mostly ketamine with traces of a cutting agent; the third asked for a further $150 "customs release fee" before going silent.</p>
<h2>What regulators say</h2>
<p>The Health Protection Agency issued a consumer alert last month. A spokesperson said the agency had referred several sites to law enforcement and hosting providers but that "for every one that comes down, another appears with a slightly different domain."</p>
<p>Legitimate providers say patients should expect to speak with a licensed clinician, in person or by live video, before any ketamine prescription, and should be wary of any seller that doesn't require one.</p>
<p class="note">If you or someone you know is struggling, call or text 988.</p>
</article>
<aside class="related"><h3>More from Investigations</h3><ul><li>The pharmacy that wasn't: how a Shopify template fooled thousands</li><li>Telehealth's compliance gap</li></ul></aside>
<footer>&copy; 2026 Metro Daily Media &middot; Terms &middot; Privacy &middot; Ethics policy</footer>
""", noise="cookie")

p("h11634", "https://recoverytalk-forum.example/threads/got-scammed-by-a-ketamine-clinic-that-wasnt.22107", "informational", False, "en",
  "forum-users-warn-about-fake-clinic", "Got scammed by a 'ketamine clinic' that wasn't — warning | RecoveryTalk Forums", """
<div class="forum-nav"><a href="/">RecoveryTalk</a> &rsaquo; <a href="/f/treatment">Treatment experiences</a> &rsaquo; <a href="/f/ketamine">Ketamine &amp; esketamine</a></div>
<h1>Got scammed by a "ketamine clinic" that wasn't &mdash; warning</h1>
<div class="post"><div class="user">lowtide_87</div>
<p>Posting so nobody else falls for this. I was on a 3-month waitlist for a real infusion clinic and found a site that said it was a clinic in Long Beach offering home kits. Sent $289 by Zelle for the "starter kit". Got a tracking number that never moved, then a text saying I needed to pay $120 more because customs held it. Obviously didn't pay. The address on their site is a UPS Store.</p></div>
<div class="post"><div class="user">marigold_m</div>
<p>I'm so sorry. Red flags for anyone reading: no real clinic mails you vials, and nobody legit takes Zelle or gift cards for medication. I got my treatment at an actual clinic and had to sit there with a nurse watching my BP the whole time.</p></div>
<div class="post"><div class="user">lowtide_87</div>
<p>Yeah, in hindsight the "no prescription required" line should have told me everything. I reported it to the FTC and the state AG.</p></div>
<div class="post"><div class="user">quietharbor</div>
<p>Same thing with the quiz sites. I did one that approved me instantly and I got scared and didn't pay. Ended up doing a telehealth program where a psychiatrist saw me on video for an hour first and actually said no at first because of my blood pressure. That's what it should look like.</p></div>
<div class="post mod"><div class="user">Moderator &ndash; RecoveryTalk</div>
<p>Reminder: posting links to sellers or asking where to buy is against forum rules and will be removed. Thread pinned as a warning.</p></div>
""")

p("h11635", "https://safer-checks.example/results/2026-q4-online-ketamine", "informational", False, "en",
  "drug-checking-results-online-purchases", "What's really in 'ketamine' bought online? Q4 2026 drug-checking results | SaferChecks", """
<nav><a href="/">SaferChecks</a> <a href="/services">Our service</a> <a href="/results">Results</a> <a href="/alerts">Alerts</a> <a href="/volunteer">Volunteer</a></nav>
<main>
<h1>What's really in "ketamine" bought online? Q4 2026 results</h1>
<p>Between September and November we analysed 64 samples that people told us had been bought online as ketamine, esketamine or "pharmaceutical ketamine" from websites, Telegram channels and people claiming to be clinics. Samples were checked by FTIR spectroscopy, with immunoassay strips and, for 18 samples, confirmatory lab testing.</p>
<table>
<tr><th>What we found</th><th>Samples</th></tr>
<tr><td>Ketamine only</td><td>31</td></tr>
<tr><td>Ketamine plus a cutting agent (mostly creatine or MSM)</td><td>12</td></tr>
<tr><td>2F-DCK or another analogue, sold as ketamine</td><td>9</td></tr>
<tr><td>No psychoactive substance detected</td><td>7</td></tr>
<tr><td>Other (including one sample containing a benzodiazepine)</td><td>5</td></tr>
</table>
<p>Four "vials" sold as pharmaceutical ketamine 50 mg/ml contained water with a small amount of ketamine. Two "esketamine nasal spray" devices were refilled generic spray bottles.</p>
<h2>Patterns we noticed</h2>
<p>Sellers who described themselves as clinics or "telehealth" were no more reliable than those who said nothing. Several sellers whose channels carried "beware of scammers, we are the only real vendor" warnings supplied analogues instead of ketamine.</p>
<h2>If you are going to use anyway</h2>
<p>Get your substance checked, start with a small amount, do not mix with alcohol, opioids or benzodiazepines, and don't use alone. Our drop-in service is free and confidential; we don't ask where you bought it.</p>
</main>
<footer>SaferChecks is a community harm-reduction project. We do not sell or supply drugs.</footer>
""")

p("h11636", "https://scam-tracker.example/reports/884213", "informational", False, "en",
  "consumer-scam-tracker-report", "Scam Tracker report #884213: online purchase, ketamine 'clinic'", """
Scam Tracker · Report #884213 · Type: Online purchase · Amount lost: $420 · Reported 11/29/2026
Business name used: "Pinecrest Ketamine & Wellness Center pharmacy desk" (WhatsApp +1 555 0193 7742)
Description: I found what I thought was a clinic website with a staff page and doctors. They said I could order nasal spray and lozenges without visiting. I paid $420 by Cash App. They then asked for $200 more for "cold-chain shipping". I later called the real clinic listed on Google with that name and they said the website is fake and that they never ship medicine. The WhatsApp number blocked me.
Status: Published. Consumers are reminded not to buy prescription drugs from sellers who do not require a prescription.
""", ext="txt")

p("h11637", "https://ketamine-clinic-finder.example/about/how-we-verify-listings", "informational", False, "en",
  "directory-verification-policy-removed-listings", "How we verify listings (and why we removed 37 of them) | Ketamine Clinic Finder", """
<header><a href="/">Ketamine Clinic Finder</a> <nav><a href="/search">Find a provider</a> <a href="/telehealth">Telehealth</a> <a href="/spravato-centers">Spravato centres</a> <a href="/about">About</a> <a href="/for-providers">For providers</a></nav></header>
<main>
<h1>How we verify listings (and why we removed 37 of them)</h1>
<p>Ketamine Clinic Finder is a free directory. We don't provide treatment, sell medication or take referral fees. This page explains how a provider gets listed and why some are taken down.</p>
<h2>Before a listing goes live</h2>
<ul>
<li>We check the medical director's licence with the relevant state board.</li>
<li>For clinics, we confirm the physical address and call the front desk.</li>
<li>For telehealth services, we confirm that a licensed clinician evaluates patients by live video before prescribing, and we check which pharmacy fills prescriptions.</li>
<li>For Spravato centres, we confirm REMS certification.</li>
</ul>
<h2>Listings we removed this year</h2>
<p>In 2026 we removed 37 listings. Most fell into a few patterns:</p>
<ul>
<li>14 "clinics" whose websites offered to mail ketamine vials or "home infusion kits" without an appointment.</li>
<li>11 "telehealth" services that approved patients after an automated questionnaire with no clinician contact.</li>
<li>7 listings that had copied the name, address or staff of a real practice and gave a WhatsApp or Telegram number for orders.</li>
<li>5 that closed or lost their medical director.</li>
</ul>
<p>If you see a listing that looks wrong, use the "Report this listing" button on its page. If you are a provider whose name is being copied, email listings@ketamine-clinic-finder.example and we will add a verified badge and a warning to your profile.</p>
</main>
<footer>&copy; 2026 Ketamine Clinic Finder &middot; Editorial policy &middot; Privacy</footer>
""", noise="cookie")

p("h11638", "https://verbraucherschutz-portal.example/gesundheit/fake-shops-ketamin-esketamin", "informational", False, "de",
  "verbraucherschutz-fake-shops-ketamin", "Fake-Shops und falsche Online-Praxen: Vorsicht bei Ketamin und Esketamin | Verbraucherschutz-Portal", """
<header>
<a href="/" class="logo">Verbraucherschutz-Portal</a>
<nav><a href="/gesundheit">Gesundheit &amp; Pflege</a> <a href="/digitale-welt">Digitale Welt</a> <a href="/geld">Geld &amp; Versicherungen</a> <a href="/beratung">Beratung</a> <a href="/fakeshop-finder">Fakeshop-Finder</a></nav>
</header>
<main>
<p class="crumbs">Startseite &rsaquo; Gesundheit &amp; Pflege &rsaquo; Medikamente online kaufen</p>
<h1>Fake-Shops und falsche Online-Praxen: Vorsicht bei Ketamin und Esketamin</h1>
<p class="stand">Stand: 01.12.2026</p>
<p class="teaser">Im Netz werden Ketamin und Esketamin-Nasenspray angeboten &ndash; angeblich von Arztpraxen, Online-Ärzten oder Apotheken. Viele dieser Angebote sind unseriös oder Betrug. Wir erklären, woran Sie sie erkennen.</p>
<h2>Das Wichtigste in Kürze</h2>
<ul>
<li>Esketamin-Nasenspray ist verschreibungspflichtig und wird in Deutschland nur unter ärztlicher Aufsicht in einer Praxis oder Klinik angewendet. Ein Versand nach Hause ist nicht vorgesehen.</li>
<li>Ketamin unterliegt dem Betäubungsmittelrecht. Seiten, die es ohne Rezept verschicken, handeln illegal.</li>
<li>Ein „Rezept nach Fragebogen in zwei Minuten“ ersetzt keine ärztliche Untersuchung.</li>
</ul>
<h2>Typische Maschen</h2>
<p><b>Die falsche Online-Praxis:</b> Eine Website verspricht ein Rezept ohne Videosprechstunde. Der Fragebogen wird „automatisch freigegeben“, das Medikament kommt angeblich aus einer Apotheke im EU-Ausland. Bezahlt werden soll per Bitcoin oder Paysafecard.</p>
<p><b>Die kopierte Praxis:</b> Betrüger übernehmen Namen, Fotos und sogar Lebensläufe echter Ärztinnen und Ärzte. Bestellt wird dann über WhatsApp oder Telegram.</p>
<p><b>„Nur wir sind echt“:</b> Viele illegale Verkäufer warnen auf ihren Seiten selbst vor „Fake-Shops“ und „Nachahmern“, um vertrauenswürdig zu wirken. Eine solche Warnung ist kein Qualitätsmerkmal.</p>
<p><b>Nachforderungen:</b> Nach der Zahlung werden „Zollgebühren“ oder „Versicherungskosten“ verlangt. Die Ware kommt nie an.</p>
<h2>So prüfen Sie ein Angebot</h2>
<ul>
<li>Versandapotheken müssen im Versandhandelsregister eingetragen sein und das EU-Sicherheitslogo tragen, das auf den Registereintrag verlinkt.</li>
<li>Seriöse telemedizinische Anbieter nennen die behandelnden Ärztinnen und Ärzte mit Namen und führen ein Gespräch per Video, bevor sie etwas verordnen.</li>
<li>Prüfen Sie das Impressum. Fehlt es oder führt es ins Ausland ohne Handelsregistereintrag, ist Vorsicht geboten.</li>
</ul>
<h2>Schon bezahlt?</h2>
<p>Wenden Sie sich sofort an Ihre Bank, sichern Sie Screenshots und erstatten Sie Anzeige bei der Polizei. Unsere Beratungsstellen helfen Ihnen bei den nächsten Schritten.</p>
</main>
<aside><h3>Fakeshop-Finder</h3><p>Prüfen Sie eine Internetadresse, bevor Sie bestellen.</p><h3>Beratung vor Ort</h3><p>Termin in Ihrer Nähe vereinbaren</p></aside>
<footer>Verbraucherschutz-Portal &middot; Impressum &middot; Datenschutz &middot; Barrierefreiheit</footer>
""", noise="cookie-de")

p("h11639", "https://le-quotidien-sante.example/2026/11/faux-sites-ketamine-telegram", "informational", False, "fr",
  "article-presse-faux-sites-ketamine", "Kétamine : sur Telegram, les faux « centres de soins » prolifèrent | Le Quotidien Santé", """
<header><a href="/">Le Quotidien Santé</a> <nav><a href="/actualites">Actualités</a> <a href="/medicaments">Médicaments</a> <a href="/psychiatrie">Psychiatrie</a> <a href="/abonnement">S'abonner</a></nav></header>
<article>
<h1>Kétamine : sur Telegram, les faux « centres de soins » prolifèrent</h1>
<p class="chapo">Des vendeurs se présentent comme des cliniques ou des services de téléconsultation pour écouler kétamine et eskétamine sans ordonnance. Les autorités sanitaires appellent à la vigilance.</p>
<p class="auteur">Par Claire Moreau &middot; 21 novembre 2026</p>
<p>« Seul vendeur officiel, méfiez-vous des faux comptes. » Le message est épinglé en haut d'un canal Telegram qui compte plus de 8 000 abonnés. En dessous, une grille de tarifs : 40 euros le gramme de kétamine, 60 euros le flacon de 10 ml, livraison « discrète » par colis. Le canal se présente comme un « centre de bien-être ».</p>
<p>Ce type d'annonce se multiplie, constatent les spécialistes de l'addictologie. Certains sites reprennent même le nom d'unités hospitalières. Un CHU a récemment porté plainte après la découverte d'un faux site proposant des pulvérisateurs d'eskétamine à 190 euros.</p>
<p>« L'eskétamine n'est jamais remise au patient : elle est administrée à l'hôpital ou en cabinet, sous surveillance », rappelle une psychiatre interrogée par notre rédaction. « Tout produit vendu en ligne sous ce nom est, au mieux, de provenance inconnue. »</p>
<p>L'agence du médicament rappelle que l'achat de médicaments sur internet n'est autorisé que sur les sites de pharmacies autorisées et que les médicaments soumis à prescription ne peuvent pas y être vendus. Les sites illicites peuvent être signalés sur la plateforme officielle de signalement.</p>
</article>
<footer>© 2026 Le Quotidien Santé &middot; Mentions légales &middot; Gestion des cookies</footer>
""", noise="cookie-fr")

p("h11640", "https://agencia-vigilancia-sanitaria.example/alertas/2026/cetamina-venda-irregular", "informational", False, "pt",
  "alerta-agencia-sanitaria-venda-irregular", "Alerta: venda irregular de cetamina e escetamina pela internet", """
ALERTA DE VIGILÂNCIA SANITÁRIA – 27/11/2026
Assunto: venda irregular de cetamina e escetamina pela internet e redes sociais.
A Agência alerta a população sobre perfis e sites que se apresentam como clínicas ou serviços de telemedicina e oferecem frascos de cetamina e spray de escetamina para uso em casa, sem receita, com pagamento via Pix ou criptomoedas. Foram identificados perfis que copiam nomes, fotos e números de CRM de médicos e clínicas reais. A cetamina é substância controlada e o spray de escetamina deve ser administrado somente em serviço de saúde, sob supervisão. Não compre esses produtos. Denúncias podem ser feitas pelos canais oficiais da Agência e da polícia.
""", ext="txt")

save(OUT, R)
