# Held-out part 31 of the eval2 set: 40 hand-written pages by an independent author, 2026-12-07.
# The author had not read the scorer, its rules, vocabulary, models, the other eval sets or any
# measurement. Committed before any scorer run; never tune on it.
# Angle: adversarial and borderline. Sellers that try to look legitimate or hide (padded medical
# text, fake "reviewed by Dr." badges and pharmacy seals, coded product names, a seller posing as
# telehealth, sparse pages where only the URL, a sidebar or a payment method gives them away) and
# legitimate pages that look suspicious (telehealth carts with promo codes and "discreet packaging",
# clinics with WhatsApp booking and package prices, a harm-reduction shop selling test kits, news,
# court reports, forums and regulators quoting sellers at length).
# Mix: 14 seller, 9 telehealth, 8 clinic, 9 informational; 24 English, 16 others
# (es 3, de 3, fr 3, nl 3, pt 2, it 2).
# Shapes: padded article with fake doctor-review badge; coded-word shop ("kitty flakes"); URL-only
# out-of-stock product page; plain-text snippets (seller, telehealth, directory); payment page
# with no product name; fake-seal "online pharmacy" selling Spravato on a questionnaire; research-
# chemical catalogue; seller dressed as at-home therapy; Spanish home page and snippet; German
# contact page; French FAQ (PCS/Transcash coupons); Dutch shipping page; Italian padded blog with a
# product sidebar; telehealth checkout with promo code; telehealth landing with "discreet
# packaging"; telehealth FAQ refusing crypto; state-availability navigation page; session-pack
# order page; German, Portuguese and Spanish telehealth; clinic with WhatsApp booking and packages;
# clinic holiday promo code; REMS centre saying "not for home use"; navigation-heavy KAP practice;
# French (Montreal), Italian, Dutch and Portuguese clinics; news of a dark-web bust quoting a
# listing; sentencing report quoting a Telegram menu; scam forum thread; harm-reduction test-kit
# shop; regulator warning list; German customs news; French law firm; Dutch harm-reduction advice.
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "score-dev-hand"))
from hand import write, save
OUT = os.path.join(HERE, "part31")
R = []
def p(*a, **k): R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers (14)

p("e3101", "https://mindwellness-resources.example/blog/ketamine-depression-complete-guide/", "seller", True, "en",
  "padded-fake-doctor",
  "Ketamine for Depression: The Complete 2026 Guide | MindWellness Resources",
  """<header><nav><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/shop/">Shop</a> <a href="/track-order/">Track Order</a> <a href="/contact/">Contact</a></nav></header>
<main>
<article>
<h1>Ketamine for Depression: The Complete 2026 Guide</h1>
<div class="reviewed"><img src="/img/badge-md.png" alt="Medically reviewed"> Medically reviewed by Dr. Samuel Okafor, MD, PhD &middot; Board Certified Psychiatrist &middot; Updated November 2026</div>
<p>Ketamine was first synthesised in 1962 and approved as an anaesthetic in 1970. For decades it was used in operating rooms and on battlefields because it keeps breathing and blood pressure stable. In the early 2000s researchers at Yale noticed that a single low dose could lift the mood of people with severe depression within hours.</p>
<h2>How does ketamine work?</h2>
<p>Unlike SSRIs, which act on serotonin, ketamine blocks NMDA receptors and triggers a surge of glutamate. This is thought to promote synaptogenesis &mdash; the growth of new connections between neurons &mdash; in regions of the brain that shrink under chronic stress. Many patients describe the effect as a "reset".</p>
<h2>Is ketamine safe?</h2>
<p>At therapeutic doses ketamine has a well-established safety profile. Common side effects include dissociation, nausea, dizziness and a temporary rise in blood pressure. Long-term, frequent use at high doses has been linked to bladder problems. As with any medication, it is important to know the quality and purity of what you are taking.</p>
<h2>Esketamine vs racemic ketamine</h2>
<p>Esketamine (Spravato) is the S-enantiomer of ketamine and was approved in 2019 as a nasal spray. Racemic ketamine contains both the S- and R-forms. Some researchers believe the R-form may have longer-lasting antidepressant effects with less dissociation.</p>
<h2>Dosage</h2>
<p>Studies on depression typically use 0.5 mg/kg. Users who self-administer usually start with 30&ndash;50 mg intranasally and adjust. Always use a milligram scale &mdash; never eyeball a dose.</p>
<h2>Who may benefit?</h2>
<p>Research has focused on treatment-resistant depression, meaning depression that has not improved after at least two adequate trials of antidepressants. Smaller studies have looked at post-traumatic stress disorder, obsessive-compulsive disorder, bipolar depression, suicidal ideation and chronic pain syndromes such as fibromyalgia and complex regional pain syndrome. Results are promising but many trials were small and short.</p>
<h2>Routes of administration</h2>
<p>Ketamine can be given intravenously, intramuscularly, intranasally, orally or as a sublingual lozenge (troche). Intravenous infusion has the highest bioavailability and is the best studied. Oral ketamine has a bioavailability of around 20% because much of it is broken down by the liver into norketamine, which is itself active. Intranasal use has a bioavailability of roughly 45&ndash;50%.</p>
<h2>How long do the effects last?</h2>
<p>The dissociative effects wear off within one to two hours. The antidepressant effect of a single dose often fades after a week, which is why clinical protocols usually involve a series of six treatments over two to three weeks followed by maintenance doses. Integration &mdash; talking through the experience afterwards &mdash; may help make the benefits last.</p>
<h2>Interactions</h2>
<p>Benzodiazepines and lamotrigine may blunt the antidepressant effect. Combining ketamine with alcohol, opioids or other sedatives increases the risk of breathing problems and accidents. People with uncontrolled high blood pressure, a history of psychosis or active substance use disorder should be cautious.</p>
<h2>Frequently asked questions</h2>
<p><b>Is ketamine addictive?</b> Ketamine has a potential for misuse, particularly at high, frequent doses. In controlled settings the risk appears low.</p>
<p><b>Will I hallucinate?</b> Many people experience changes in perception, a sense of floating or detachment from the body. These effects are usually pleasant and pass quickly.</p>
<p><b>Can I drive afterwards?</b> No. Wait at least until the next day.</p>
<h2>Conclusion</h2>
<p>Ketamine is one of the most exciting developments in psychiatry in decades. If conventional treatments have failed you, it may be worth exploring.</p>
</article>
<aside class="product-box">
<h3>Pharmaceutical-grade Ketamine HCl</h3>
<p>99.7% purity, lab tested. Crystal or fine powder.</p>
<table><tr><td>5 g</td><td>$145</td></tr><tr><td>10 g</td><td>$260</td></tr><tr><td>25 g</td><td>$540</td></tr></table>
<p><a class="btn" href="/shop/ketamine-hcl/">Order now</a> &mdash; discreet delivery, 10% off when you pay with BTC or USDT</p>
</aside>
</main>
<footer><p>&copy; 2026 MindWellness Resources. Information on this site is for educational purposes. <a href="/refund-policy/">Reshipping policy</a> &middot; <a href="/faq/">FAQ</a></p></footer>""",
  noise="cookie")

p("e3102", "https://kittyflakes.example/shop/", "seller", True, "en", "coded-words-shop",
  "Kitty Flakes — Premium Vitamin K Shop",
  """<header><div class="logo">&#128049; KittyFlakes</div>
<nav><a href="/shop/">Shop</a> <a href="/reviews/">Reviews</a> <a href="/how-to-order/">How to order</a> <a href="https://t.me/kittyflakes_official">Telegram</a></nav></header>
<main>
<h1>Our Menu</h1>
<p>Top-shelf Vitamin K straight from the source. Every batch reagent-tested. No prescription, no questions, no drama.</p>
<div class="grid">
<div class="card"><h3>Vitamin K &mdash; Needle Shards</h3><p>Big glassy shards, Indian pharma origin.</p><p>3.5g $90 &middot; 7g $160 &middot; 14g $290 &middot; 28g $520</p><button>Add to cart</button></div>
<div class="card"><h3>Kitty Flakes (fishscale)</h3><p>Fluffy flakes, clean hole, fast come-up.</p><p>3.5g $100 &middot; 7g $180 &middot; 28g $600</p><button>Add to cart</button></div>
<div class="card"><h3>Special K Liquid</h3><p>Sealed 10ml vials, cook-your-own. Ketalar-equivalent 50mg/ml.</p><p>5 vials $175 &middot; 10 vials $320</p><button>Add to cart</button></div>
<div class="card"><h3>Tusi Pink</h3><p>Party blend. Limited stock.</p><p>5g $120</p><button>Add to cart</button></div>
</div>
<section><h2>How it works</h2>
<ol><li>Add to cart and check out &mdash; no account needed.</li><li>DM your order number to our Telegram or Wickr (kittyK).</li><li>Pay BTC, XMR or Cash App. Vacuum sealed, smell-proof, ships in 24h.</li></ol>
<p>Reship guaranteed if seized. Min order 3.5g.</p></section>
</main>
<footer>Shipping US, CA, UK, EU, AU. &copy; KittyFlakes 2026</footer>""")

p("e3103", "https://buyketamineonline-nopresc.example/product/ketamine-hcl-crystal-25g/", "seller", True, "en",
  "url-only-out-of-stock",
  "Product 25g – Shop",
  """<nav><a href="/">Home</a> / <a href="/product-category/dissociatives/">Dissociatives</a> / 25g</nav>
<div class="product">
<div class="gallery"><img src="/wp-content/uploads/2026/03/IMG_2231.jpg" alt=""></div>
<div class="summary"><h1>25g</h1>
<p class="price"><span>$</span>590.00</p>
<p class="stock out-of-stock">Out of stock</p>
<form><input type="email" placeholder="Email me when available"><button>Notify me</button></form>
<p class="meta">SKU: KC-25 &middot; Category: Dissociatives</p></div>
</div>
<section class="related"><h2>Related products</h2>
<ul><li>10g &ndash; $260.00 <a href="?add-to-cart=412">Add to cart</a></li><li>5g &ndash; $140.00 <a href="?add-to-cart=411">Add to cart</a></li><li>Liquid 10ml &ndash; $70.00 <a href="?add-to-cart=415">Add to cart</a></li></ul></section>
<footer><a href="/my-account/">My account</a> <a href="/cart/">Cart (0)</a></footer>""")

p("e3104", "https://vialsdirect-rx.example/ketalar", "seller", True, "en", "snippet-vials-zelle",
  "Ketalar vials", """Ketalar (ketamine hydrochloride) 500mg/10ml vials in stock — no prescription needed. Pay with Zelle, Cash App or Apple gift card; tracked delivery to USA, Canada and Australia in 3-5 days.""",
  ext="txt")

p("e3105", "https://k-pharmstore.example/payment-methods/", "seller", True, "en", "payment-page-no-product",
  "Payment Methods | KPharmStore",
  """<header><nav><a href="/">Home</a> <a href="/shop/">Products</a> <a href="/payment-methods/">Payment</a> <a href="/shipping/">Shipping</a> <a href="/contact/">Contact</a></nav></header>
<main>
<h1>Payment Methods</h1>
<p>After you place your order you will receive an email with the payment details for the method you chose. Orders are held for 48 hours.</p>
<h2>1. Bitcoin (BTC) &mdash; recommended, 15% discount</h2>
<p>Buy Bitcoin on any exchange or Bitcoin ATM and send the exact amount to the wallet address in your invoice. Do not write anything in the memo.</p>
<h2>2. USDT (TRC20)</h2>
<p>Lowest network fees. 10% discount.</p>
<h2>3. Western Union / MoneyGram</h2>
<p>Send to the receiver name in your invoice. Reason for transfer: "family support". Send us the MTCN and a photo of the receipt.</p>
<h2>4. Gift cards</h2>
<p>We accept Amazon, Steam and Apple gift cards (US only). Send clear photos of the front and back of the card with the code scratched.</p>
<p><strong>After payment</strong> send your order number and screenshot to our WhatsApp +44 7700 900 512. Your parcel is dispatched the same day in stealth packaging and tracking is sent within 24 hours.</p>
<p>We do NOT accept credit cards or PayPal because of the nature of our products.</p>
</main>
<footer>&copy; 2026 KPharmStore &mdash; ketamine, esketamine and anaesthetics for research and personal use.</footer>""")

p("e3106", "https://canadianhealthrx-pharmacy.example/spravato-nasal-spray-56mg.html", "seller", True, "en",
  "fake-seals-spravato-questionnaire",
  "Buy Spravato 56mg Nasal Spray Online | Canadian Health Rx",
  """<div class="topbar">&#128222; Toll free 1-888-555-0143 &middot; Free online doctor consultation &middot; 100% money back</div>
<header><nav><a href="/">Home</a> <a href="/bestsellers.html">Bestsellers</a> <a href="/category/anxiety.html">Anxiety</a> <a href="/category/pain.html">Pain Relief</a> <a href="/category/depression.html">Depression</a> <a href="/category/sleep.html">Sleep</a></nav></header>
<main>
<h1>Spravato (Esketamine) Nasal Spray 28mg / 56mg / 84mg</h1>
<div class="seals"><img alt="CIPA Certified"> <img alt="FDA Approved Pharmacy"> <img alt="Verified by LegitScript"> <img alt="Norton Secured"></div>
<table class="prices"><tr><th>Package</th><th>Price</th><th>Per device</th><th></th></tr>
<tr><td>28mg x 2 devices</td><td>$289</td><td>$144.50</td><td><button>Add to cart</button></td></tr>
<tr><td>56mg x 4 devices</td><td>$499</td><td>$124.75</td><td><button>Add to cart</button></td></tr>
<tr><td>84mg x 6 devices</td><td>$689</td><td>$114.83</td><td><button>Add to cart</button></td></tr></table>
<p><b>No prescription? No problem.</b> Fill in our short medical questionnaire at checkout and our partner physician will issue your prescription the same day. Use at home, at your own pace &mdash; no clinic visits.</p>
<h2>Description</h2>
<p>Spravato is a prescription medicine used with an oral antidepressant to treat treatment-resistant depression in adults. The active ingredient, esketamine, acts on the NMDA receptor.</p>
<h2>Also in Depression</h2>
<p>Zoloft &middot; Wellbutrin &middot; Ketamine troches 150mg &middot; Xanax 2mg &middot; Adderall 30mg &middot; Oxycodone 10mg</p>
<p>Worldwide shipping via EMS, discreet packaging, delivery 7&ndash;14 days. We accept Visa (processed abroad), Bitcoin and e-check.</p>
</main>
<footer>Canadian Health Rx &copy; 2012-2026. All trademarks belong to their respective owners.</footer>""",
  noise="cookie")

p("e3107", "https://chemreference-labs.example/catalog/arylcyclohexylamines", "seller", True, "en",
  "rc-catalogue",
  "Arylcyclohexylamines – ChemReference Labs",
  """<header><nav><a href="/">Home</a> <a href="/catalog/">Catalog</a> <a href="/coa/">COA</a> <a href="/bulk/">Bulk &amp; wholesale</a> <a href="/terms/">Terms</a></nav></header>
<main>
<h1>Arylcyclohexylamines</h1>
<p class="disclaimer"><strong>All products are sold strictly for in-vitro research and analytical purposes. NOT FOR HUMAN CONSUMPTION.</strong> By purchasing you confirm you are 21+ and a qualified researcher.</p>
<table>
<tr><th>Compound</th><th>CAS</th><th>Purity</th><th>1g</th><th>5g</th><th>25g</th></tr>
<tr><td>Ketamine HCl (reference standard)</td><td>1867-66-9</td><td>&gt;99%</td><td>$45</td><td>$180</td><td>$650</td></tr>
<tr><td>2-FDCK</td><td>111982-50-4</td><td>&gt;99%</td><td>$30</td><td>$110</td><td>$400</td></tr>
<tr><td>Deschloroketamine (DCK)</td><td>7063-30-1</td><td>&gt;98%</td><td>$40</td><td>$150</td><td>$560</td></tr>
<tr><td>Methoxetamine (MXE)</td><td>1239943-76-0</td><td>&gt;99%</td><td>$55</td><td>$220</td><td>&mdash;</td></tr>
<tr><td>O-PCE</td><td>&mdash;</td><td>&gt;98%</td><td>$50</td><td>$200</td><td>&mdash;</td></tr>
</table>
<p>HPLC/GC-MS certificate with every batch. Minimum order 1g. Packed in mylar with no markings. Payment: BTC, LTC, XMR, SEPA. Ships from EU warehouse, worldwide.</p>
</main>""")

p("e3108", "https://calmathome-ketamine.example/start", "seller", True, "en", "seller-posing-as-telehealth",
  "Calm at Home – Ketamine Therapy Delivered",
  """<header><div class="logo">Calm at Home</div><nav><a href="#how">How it works</a> <a href="#pricing">Pricing</a> <a href="#faq">FAQ</a> <a class="btn" href="/start">Get started</a></nav></header>
<main>
<section class="hero"><h1>Ketamine therapy, delivered to your door.</h1>
<p>Skip the waiting rooms, the psychiatrists and the insurance forms. Answer 6 quick questions and your kit ships tonight.</p>
<a class="btn" href="/start/quiz">Take the 2-minute quiz</a></section>
<section id="how"><h2>How it works</h2>
<ol><li><b>Quiz.</b> Tell us how you feel. No video call, no ID upload.</li>
<li><b>Instant approval.</b> Our system approves 98% of applicants automatically.</li>
<li><b>Delivered.</b> 10 ml racemic ketamine nasal spray (100 mg/ml) or 20 x 150 mg troches, shipped discreetly in plain packaging.</li></ol></section>
<section id="pricing"><h2>Pricing</h2>
<p>Starter kit $149 &middot; 3-month supply $399 &middot; Refills anytime, no limits</p>
<p>Pay by card, crypto or Visa/Mastercard gift card. Ships to all 50 states and internationally.</p></section>
<section id="faq"><h2>FAQ</h2>
<p><b>Do I need a prescription?</b> No &mdash; your quiz answers are all we need.</p>
<p><b>Will anyone check in on me?</b> You can message our support team any time.</p></section>
</main>
<footer>Calm at Home is a wellness company. Statements have not been evaluated by the FDA.</footer>""",
  noise="cookie")

p("e3109", "https://ketamina-espana.example/", "seller", True, "es", "spanish-home",
  "Comprar Ketamina Online en España | Envío 24/48h",
  """<header><nav><a href="/">Inicio</a> <a href="/tienda/">Tienda</a> <a href="/envios/">Envíos</a> <a href="/pagos/">Formas de pago</a> <a href="/contacto/">Contacto</a></nav></header>
<main>
<h1>Comprar ketamina online sin receta</h1>
<p>Somos la tienda de referencia en España y Latinoamérica desde 2019. Ketamina de grado farmacéutico en cristal, polvo y líquido, con envío discreto en 24/48 horas a toda la Península y Baleares.</p>
<h2>Productos destacados</h2>
<ul><li>Ketamina cristal 5 g &mdash; 120 €</li><li>Ketamina cristal 10 g &mdash; 210 €</li><li>Ketamina líquida 10 ml (Ketolar) &mdash; 60 €</li><li>Pack fiesta: 5 g ketamina + 2 g MDMA &mdash; 170 €</li></ul>
<h2>¿Por qué elegirnos?</h2>
<p>Embalaje neutro sin remitente, seguimiento del envío, reenvío gratis si se pierde. Pago con Bitcoin, Bizum o transferencia. Atención por WhatsApp y Telegram las 24 horas.</p>
<h2>¿Qué es la ketamina?</h2>
<p>La ketamina es un anestésico disociativo utilizado en medicina humana y veterinaria. En dosis bajas se estudia como antidepresivo de acción rápida. Sus efectos duran entre 45 y 90 minutos.</p>
</main>
<footer>© 2026 Ketamina España · Pedido mínimo 2 g</footer>""",
  noise="cookie-es")

p("e3110", "https://t-me-redirect.example/ketaminaliquida_mx", "seller", True, "es", "snippet-telegram",
  "Ketamina líquida", """Ketamina líquida frasco 50 ml $1,800 MXN · cristal 1 g $450. Pedidos solo por Telegram, entregas en CDMX y envíos discretos a todo México. Pago en OXXO o USDT.""",
  ext="txt")

p("e3111", "https://k-direkt.example/kontakt", "seller", True, "de", "german-contact",
  "Kontakt – K-Direkt",
  """<header><nav><a href="/">Start</a> <a href="/shop">Shop</a> <a href="/versand">Versand</a> <a href="/faq">FAQ</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Kontakt</h1>
<p>Du hast Fragen zu deiner Bestellung oder willst größere Mengen anfragen? Wir antworten in der Regel innerhalb von 2 Stunden.</p>
<ul>
<li>Telegram: @kdirekt_support</li>
<li>Threema-ID: 8KX2M4PQ</li>
<li>Session: 05a3f9c1&hellip;</li>
<li>E-Mail (nur mit PGP): support@k-direkt.example</li>
</ul>
<p><b>Großhandel:</b> Ab 50 g Ketamin gewähren wir Staffelpreise. Für Mengen über 250 g bitte vorab per Threema anfragen.</p>
<p>Bitte keine Klarnamen in Nachrichten. Bezahlung ausschließlich in BTC oder XMR. Versand aus Deutschland und den Niederlanden, neutral verpackt.</p>
</main>
<footer>K-Direkt &middot; seit 2021</footer>""",
  noise="cookie-de")

p("e3112", "https://ketamine-france-livraison.example/faq", "seller", True, "fr", "french-faq-coupons",
  "FAQ – Questions fréquentes",
  """<header><nav><a href="/">Accueil</a> <a href="/boutique">Boutique</a> <a href="/faq">FAQ</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Questions fréquentes</h1>
<h3>Faut-il une ordonnance ?</h3>
<p>Non. Toutes nos commandes sont expédiées sans ordonnance.</p>
<h3>Comment payer ?</h3>
<p>Par coupons PCS, Transcash ou Neosurf (achetés en bureau de tabac) ou en Bitcoin. Envoyez les codes par e-mail avec votre numéro de commande.</p>
<h3>Quels sont les délais ?</h3>
<p>France métropolitaine : 48 à 72 h. Belgique, Suisse, Luxembourg : 3 à 5 jours. Colis discret, aucune mention du contenu.</p>
<h3>Et si mon colis est saisi par la douane ?</h3>
<p>Nous renvoyons gratuitement une fois. Au-delà, 50 % du prix.</p>
<h3>La kétamine est-elle de bonne qualité ?</h3>
<p>Notre kétamine est d'origine pharmaceutique, en cristaux ou en flacons de 10 ml. Minimum de commande : 3 g.</p>
</main>""",
  noise="cookie-fr")

p("e3113", "https://dutchk-shop.example/verzending", "seller", True, "nl", "dutch-shipping",
  "Verzending en levering | DutchK",
  """<header><nav><a href="/">Home</a> <a href="/producten">Producten</a> <a href="/verzending">Verzending</a> <a href="/betalen">Betalen</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Verzending</h1>
<p>Alle bestellingen die vóór 15:00 betaald zijn, worden dezelfde dag verzonden.</p>
<table><tr><th>Land</th><th>Levertijd</th><th>Kosten</th></tr>
<tr><td>Nederland</td><td>1 werkdag</td><td>€ 7,50</td></tr>
<tr><td>België</td><td>1-2 werkdagen</td><td>€ 10</td></tr>
<tr><td>Duitsland, Frankrijk</td><td>2-4 werkdagen</td><td>€ 15</td></tr>
<tr><td>Rest van Europa</td><td>4-8 werkdagen</td><td>€ 25</td></tr>
<tr><td>VS, Canada, Australië</td><td>7-14 werkdagen</td><td>€ 40</td></tr></table>
<h2>Stealth verpakking</h2>
<p>Je ketamine wordt vacuüm geseald, in een geurdichte zak en verstopt in een neutrale brievenbuspakket. Geen afzender, geen logo. Track &amp; trace via ons Telegram-kanaal.</p>
<p>Betalen kan met Bitcoin, Monero of contant per post.</p>
</main>""",
  noise="cookie-nl")

p("e3114", "https://benessere-mente.example/blog/ketamina-depressione-ricerca", "seller", True, "it",
  "italian-padded-blog-sidebar",
  "La ketamina nella depressione: cosa dice la ricerca | Benessere Mente",
  """<header><nav><a href="/">Home</a> <a href="/blog/">Blog</a> <a href="/negozio/">Negozio</a> <a href="/spedizioni/">Spedizioni</a></nav></header>
<div class="layout">
<main><article>
<h1>La ketamina nella depressione: cosa dice la ricerca</h1>
<p class="autore">A cura della redazione, rivisto dal Dott. M. Ferretti</p>
<p>Negli ultimi vent'anni la ketamina, nata come anestetico, è diventata uno dei farmaci più studiati in psichiatria. Diversi studi clinici hanno mostrato un effetto antidepressivo rapido, già entro 24 ore, in pazienti che non avevano risposto ad almeno due antidepressivi.</p>
<p>Nel 2019 l'esketamina spray nasale è stata approvata negli Stati Uniti e poi in Europa per la depressione resistente. In Italia viene somministrata in centri autorizzati sotto osservazione medica.</p>
<p>Gli effetti collaterali più frequenti sono dissociazione, nausea e aumento della pressione. L'uso prolungato e ad alte dosi può danneggiare la vescica.</p>
<p>La ricerca continua: sono in corso studi sulla ketamina orale e sulla combinazione con la psicoterapia.</p>
</article></main>
<aside class="sidebar">
<h3>I nostri prodotti</h3>
<ul><li>Ketamina cristalli 5 g &ndash; € 120 <a href="/negozio/ketamina-5g">Acquista</a></li>
<li>Ketamina cristalli 10 g &ndash; € 220 <a href="/negozio/ketamina-10g">Acquista</a></li>
<li>Esketamina spray 28 mg &ndash; € 95 <a href="/negozio/esketamina">Acquista</a></li></ul>
<p>Spedizione anonima in tutta Europa &middot; Nessuna ricetta richiesta &middot; Pagamento in crypto</p>
</aside>
</div>""")

# ---------------------------------------------------------------- telehealth (9)

p("e3115", "https://lumenmind-health.example/checkout?plan=monthly&promo=FIRSTMONTH", "telehealth", False, "en",
  "telehealth-checkout-promo",
  "Checkout – LumenMind Health",
  """<header><div class="logo">LumenMind</div><div class="secure">&#128274; Secure checkout</div></header>
<main class="checkout">
<h1>Your order</h1>
<div class="line"><span>At-home ketamine program &mdash; Monthly membership</span><span>$249.00</span></div>
<div class="line"><span>Includes: initial psychiatric evaluation (video), 2 follow-ups/month, integration coaching, medication if prescribed</span></div>
<div class="line promo"><span>Promo code FIRSTMONTH</span><span>&minus;$100.00</span></div>
<div class="line total"><span>Due today</span><span>$149.00</span></div>
<form><label>Promo code <input value="FIRSTMONTH"></label><label>Card number <input></label><label>HSA/FSA cards accepted <input type="checkbox"></label><button>Continue to medical intake</button></form>
<p class="small">You will not be charged for medication. If prescribed, your medication is filled by our licensed partner pharmacy and shipped to you; pharmacy costs are shown before you confirm. Ketamine is only prescribed if your LumenMind clinician (a licensed psychiatrist or psychiatric nurse practitioner in your state) determines it is medically appropriate after your evaluation. Full refund if you are not a candidate. Available in 28 states.</p>
</main>
<footer><a href="/terms">Terms</a> &middot; <a href="/privacy">Privacy (HIPAA)</a> &middot; <a href="/clinicians">Our clinicians</a></footer>""")

p("e3116", "https://haven-ketamine.example/", "telehealth", False, "en", "telehealth-landing-discreet",
  "Haven – At-Home Ketamine Therapy for Depression & Anxiety",
  """<header><nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Clinicians</a> <a href="/safety">Safety</a> <a href="/blog">Blog</a> <a class="btn" href="/get-started">Order now</a></nav></header>
<main>
<section class="hero"><h1>Feel like yourself again.</h1><p>Clinician-guided ketamine therapy from the comfort of home. Free shipping. Discreet packaging. Cancel anytime.</p><a class="btn" href="/get-started">See if you qualify</a></section>
<section><h2>How Haven works</h2>
<ol><li><b>Online assessment.</b> Share your mental-health history and complete standard screening questionnaires (PHQ-9, GAD-7).</li>
<li><b>Video visit with a licensed provider.</b> A board-certified clinician reviews your history, vitals and medications and decides whether ketamine is right for you. Not everyone qualifies.</li>
<li><b>Treatment at home.</b> If prescribed, sublingual ketamine tablets are sent from a licensed US pharmacy in discreet packaging, with a blood-pressure cuff and a guided-session journal.</li>
<li><b>Ongoing care.</b> Check-ins after every session and a follow-up visit every month. A trusted sitter must be present for your first sessions.</li></ol></section>
<section><h2>Simple pricing</h2><p>$199 first month, then $179/month. Includes clinician visits and medication. No insurance needed; superbill available.</p></section>
<section class="reviews"><p>"I had tried seven antidepressants. After four weeks with Haven I started gardening again." &mdash; Lisa, 41, Oregon</p></section>
</main>
<footer><p>Haven Medical Group, P.C. &middot; Ketamine is not FDA-approved for depression; treatment is prescribed off-label. If you are in crisis, call or text 988.</p></footer>""",
  noise="cookie")

p("e3117", "https://reliefwell-telehealth.example/faq/payments-and-prescriptions", "telehealth", False, "en",
  "telehealth-faq-no-crypto",
  "Payments & Prescriptions FAQ | ReliefWell",
  """<nav><a href="/">Home</a> &rsaquo; <a href="/faq">FAQ</a> &rsaquo; Payments &amp; prescriptions</nav>
<main>
<h1>Payments &amp; prescriptions</h1>
<h3>Can I buy ketamine from ReliefWell without a consultation?</h3>
<p>No. Ketamine is a Schedule III controlled substance. Every patient has a live video evaluation with one of our licensed prescribers, and we verify your identity with a government ID before any prescription is written.</p>
<h3>Do you accept cryptocurrency or gift cards?</h3>
<p>No. We accept major credit and debit cards and HSA/FSA cards. If anyone contacts you claiming to be ReliefWell and asks for crypto, gift cards or a wire transfer, it is a scam &mdash; please report it to us.</p>
<h3>Do you ship internationally?</h3>
<p>No. Prescriptions are filled by our partner pharmacy and shipped only to a verified address in a state where your prescriber is licensed. Signature required on delivery.</p>
<h3>How much does it cost?</h3>
<p>The initial evaluation is $250. If treatment is appropriate, the monthly plan is $220 including follow-ups; medication is typically $40&ndash;$90 per month, billed by the pharmacy.</p>
<h3>Can I get a refill early?</h3>
<p>Refills require a check-in with your prescriber. We do not provide early refills.</p>
</main>""")

p("e3118", "https://nuvia-care.example/ketamine", "telehealth", False, "en", "snippet-telehealth",
  "Nuvia at-home ketamine", """Start at-home ketamine treatment from $129/month. Board-certified clinicians evaluate you by video first; if prescribed, sublingual tablets ship from a licensed 503A compounding pharmacy.""",
  ext="txt")

p("e3119", "https://evenkeel-health.example/locations", "telehealth", False, "en", "telehealth-states-nav",
  "Where we treat | EvenKeel Health",
  """<header><nav><a href="/">Home</a> <a href="/ketamine">Ketamine therapy</a> <a href="/spravato">Spravato</a> <a href="/medication-management">Medication management</a> <a href="/locations">Locations</a> <a href="/login">Patient login</a> <a href="/book">Book</a></nav></header>
<main>
<h1>Where we treat</h1>
<p>Our clinicians are licensed in the states below. Choose your state to see available providers.</p>
<ul class="states"><li><a href="/locations/arizona">Arizona</a></li><li><a href="/locations/california">California</a></li><li><a href="/locations/colorado">Colorado</a></li><li><a href="/locations/connecticut">Connecticut</a></li><li><a href="/locations/florida">Florida</a></li><li><a href="/locations/illinois">Illinois</a></li><li><a href="/locations/new-jersey">New Jersey</a></li><li><a href="/locations/new-york">New York</a></li><li><a href="/locations/texas">Texas</a></li><li><a href="/locations/washington">Washington</a></li></ul>
<p>Not in your state yet? <a href="/waitlist">Join the waitlist</a>.</p>
</main>
<footer><a href="/about">About</a> <a href="/careers">Careers</a> <a href="/privacy">Privacy</a> &middot; EvenKeel Health, PLLC</footer>""")

p("e3120", "https://reverie-therapeutics.example/shop/ketamine-session-pack", "telehealth", False, "en",
  "telehealth-session-pack-cart",
  "6-Session Ketamine Pack | Reverie",
  """<header><nav><a href="/">Reverie</a> <a href="/shop">Treatments</a> <a href="/refer">Refer a friend &mdash; get $50</a> <a href="/cart">Cart (1)</a></nav></header>
<main class="product">
<h1>6-Session Ketamine Pack</h1>
<p class="price">$399 <s>$474</s></p>
<p>Six guided at-home sessions with sublingual ketamine (RDT), preparation and integration calls, and unlimited messaging with your care team.</p>
<ul><li>&#10003; Medical evaluation by a licensed clinician (required)</li><li>&#10003; Medication shipped by our pharmacy partner if prescribed</li><li>&#10003; Pulse oximeter and eye mask included</li><li>&#10003; Refund if you are not medically approved</li></ul>
<button>Add to cart</button>
<p class="small">Adding this pack to your cart does not guarantee a prescription. After checkout you will book a video evaluation. Prescribing decisions are made solely by your clinician. Use code SPRING15 for 15% off your first pack.</p>
</main>""")

p("e3121", "https://kliniq-online.example/de/ketamin-therapie-zuhause", "telehealth", False, "de",
  "german-telehealth",
  "Ketamin-Therapie zu Hause – ärztlich begleitet | Kliniq Online",
  """<header><nav><a href="/de/">Start</a> <a href="/de/behandlungen">Behandlungen</a> <a href="/de/ablauf">Ablauf</a> <a href="/de/kosten">Kosten</a> <a href="/de/aerzte">Unsere Ärzt:innen</a> <a class="btn" href="/de/termin">Erstgespräch buchen</a></nav></header>
<main>
<h1>Ketamin-Therapie zu Hause &ndash; ärztlich begleitet</h1>
<p>Für Erwachsene mit therapieresistenter Depression bieten wir eine ärztlich begleitete Behandlung mit Ketamin-Lutschtabletten an. Die Behandlung beginnt immer mit einem ausführlichen Video-Erstgespräch mit einer Fachärztin oder einem Facharzt für Psychiatrie und Psychotherapie.</p>
<h2>Ablauf</h2>
<ol><li>Online-Fragebogen und Upload Ihrer Befunde</li><li>Video-Erstgespräch (50 Minuten) &ndash; 180 €</li><li>Bei Eignung: Rezept an unsere Partner-Versandapotheke, Lieferung per DHL gegen Unterschrift</li><li>Die ersten Einnahmen erfolgen per Video unter ärztlicher Aufsicht</li><li>Wöchentliche Verlaufsgespräche</li></ol>
<p>Ketamin ist in Deutschland für die Behandlung der Depression nicht zugelassen; die Verordnung erfolgt im Off-Label-Use nach Aufklärung. Die Kosten werden in der Regel nicht von der gesetzlichen Krankenkasse übernommen.</p>
</main>
<footer>Kliniq Online GmbH &middot; Impressum &middot; Datenschutz</footer>""",
  noise="cookie-de")

p("e3122", "https://mentebem-telemedicina.example/cetamina", "telehealth", False, "pt",
  "portuguese-telehealth-whatsapp",
  "Tratamento com cetamina por telemedicina | MenteBem",
  """<header><nav><a href="/">Início</a> <a href="/cetamina">Cetamina</a> <a href="/equipe">Equipe médica</a> <a href="/valores">Valores</a> <a href="https://wa.me/5511900000000">Agendar pelo WhatsApp</a></nav></header>
<main>
<h1>Tratamento com cetamina com acompanhamento médico</h1>
<p>A MenteBem é uma clínica de telemedicina registrada no CRM-SP. Nossos psiquiatras avaliam cada paciente em consulta online antes de qualquer prescrição.</p>
<h2>Como funciona</h2>
<ol><li>Agende sua consulta pelo site ou pelo WhatsApp.</li><li>Consulta com psiquiatra por vídeo (R$ 450).</li><li>Se houver indicação, a receita de controle especial é enviada a uma farmácia de manipulação parceira, que entrega a cetamina sublingual no seu endereço.</li><li>Retornos semanais no primeiro mês.</li></ol>
<h2>Planos</h2>
<p>Plano mensal com 4 retornos: R$ 1.200. Parcelamos em até 3x no cartão. Pix aceito.</p>
<p>Responsável técnico: Dr. Rafael Nunes &mdash; CRM 123456 / RQE 78910.</p>
</main>""",
  noise="cookie-pt")

p("e3123", "https://serenamente.example/es/ketamina-en-casa", "telehealth", False, "es",
  "spanish-telehealth-plans",
  "Ketamina en casa con supervisión médica | SerenaMente",
  """<header><nav><a href="/es/">Inicio</a> <a href="/es/ketamina-en-casa">Ketamina en casa</a> <a href="/es/planes">Planes</a> <a href="/es/medicos">Nuestros médicos</a> <a href="/es/preguntas">Preguntas</a></nav></header>
<main>
<h1>Tratamiento con ketamina en casa, con tu psiquiatra en línea</h1>
<p>Atendemos a adultos con depresión resistente en Colombia. Antes de iniciar, un psiquiatra con registro médico vigente te evalúa por videollamada y revisa tu historia clínica. Si la ketamina no es adecuada para ti, te lo diremos y te orientaremos a otras opciones.</p>
<h2>Planes</h2>
<table><tr><th>Plan</th><th>Incluye</th><th>Precio</th></tr>
<tr><td>Evaluación</td><td>Consulta psiquiátrica de 60 min</td><td>$280.000 COP</td></tr>
<tr><td>Mensual</td><td>4 sesiones acompañadas por videollamada, medicamento formulado y despachado por farmacia autorizada</td><td>$1.450.000 COP</td></tr></table>
<p>Soporte por WhatsApp para dudas administrativas. Las decisiones médicas se toman solo en consulta.</p>
</main>""",
  noise="cookie-es")

# ---------------------------------------------------------------- clinics (8)

p("e3124", "https://sunrise-infusion.example/pricing", "clinic", False, "en", "clinic-whatsapp-packages",
  "Pricing & Packages | Sunrise Ketamine Infusion Center, Tampa",
  """<header><nav><a href="/">Home</a> <a href="/conditions">Conditions</a> <a href="/pricing">Pricing</a> <a href="/team">Our Team</a> <a href="/contact">Contact</a></nav>
<a class="whatsapp" href="https://wa.me/18135550127">&#128172; Book on WhatsApp</a></header>
<main>
<h1>Pricing &amp; Packages</h1>
<table><tr><th>Service</th><th>Price</th></tr>
<tr><td>Free phone consultation</td><td>$0</td></tr>
<tr><td>Medical intake with our physician</td><td>$150 (credited to your first infusion)</td></tr>
<tr><td>Single IV ketamine infusion (depression, 40 min)</td><td>$450</td></tr>
<tr><td>Induction package &mdash; 6 infusions over 2&ndash;3 weeks</td><td>$2,400 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$400</td></tr>
<tr><td>Chronic pain infusion (4 hours)</td><td>$750</td></tr>
<tr><td>Spravato treatment</td><td>Billed to insurance</td></tr></table>
<p>We accept all major cards, HSA/FSA, CareCredit and Cherry financing. Payment is due on the day of treatment.</p>
<p>All infusions are given in our Westshore office by an anesthesiologist-led team with continuous monitoring. You will need a driver to take you home.</p>
<p>Message us on WhatsApp or call (813) 555-0127 to book your consultation.</p>
</main>
<footer>Sunrise Ketamine Infusion Center &middot; 4100 W Kennedy Blvd, Suite 210, Tampa, FL 33609</footer>""",
  noise="cookie")

p("e3125", "https://clearpath-ketamine.example/holiday-special", "clinic", False, "en", "clinic-promo-code",
  "Holiday Special – $100 off your first infusion | ClearPath",
  """<nav><a href="/">ClearPath Ketamine &amp; Wellness</a> <a href="/book">Book now</a></nav>
<main><h1>Give yourself the gift of relief this season</h1>
<p>Through December 31, new patients save $100 on their first IV ketamine infusion with code <b>CALM100</b>. Gift cards are also available in $100, $250 and $500 amounts &mdash; redeemable for infusions, IV vitamin therapy or integration coaching.</p>
<p>Every new patient has a medical screening with our nurse practitioner before treatment. Offer cannot be combined with package pricing. Our clinic: 88 Maple Ave, Morristown, NJ.</p>
<a class="btn" href="/book">Claim offer</a></main>""")

p("e3126", "https://northside-psych.example/spravato", "clinic", False, "en", "rems-not-home-use",
  "Spravato (esketamine) Treatment Center | Northside Psychiatry",
  """<header><nav><a href="/">Home</a> <a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/providers">Providers</a> <a href="/patient-forms">Patient forms</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Northside Psychiatry is a certified Spravato REMS treatment center. Spravato is approved for adults with treatment-resistant depression and for depressive symptoms with acute suicidal ideation, together with an oral antidepressant.</p>
<h2>Is Spravato available for home use?</h2>
<p>No. Spravato is never dispensed to take home and cannot be shipped to patients. Each dose is self-administered in our office under the direct observation of our staff, and you will stay with us for at least two hours while we monitor your blood pressure and sedation. Websites that offer to mail Spravato or "esketamine spray" to your home are not legitimate.</p>
<h2>Treatment schedule</h2>
<p>Weeks 1&ndash;4: twice weekly. Weeks 5&ndash;8: once weekly. Week 9 onwards: weekly or every two weeks.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato with prior authorization. Our staff handle the paperwork. The Janssen savings program may reduce your copay.</p>
<p>Do not drive or operate machinery until the day after your treatment.</p>
</main>
<footer>Northside Psychiatry &middot; 2250 N Clark St, Chicago, IL &middot; (312) 555-0190</footer>""")

p("e3127", "https://openfield-kap.example/", "clinic", False, "en", "kap-nav-heavy",
  "Openfield – Ketamine-Assisted Psychotherapy, Portland",
  """<header>
<nav class="main"><a href="/">Home</a> <a href="/about">About</a> <a href="/kap">Ketamine-Assisted Psychotherapy</a> <a href="/kap/individual">Individual KAP</a> <a href="/kap/group">Group KAP</a> <a href="/kap/couples">Couples</a> <a href="/integration">Integration</a> <a href="/therapists">Therapists</a> <a href="/fees">Fees</a> <a href="/faq">FAQ</a> <a href="/resources">Resources</a> <a href="/contact">Contact</a></nav>
</header>
<main>
<h1>Ketamine-assisted psychotherapy in Southeast Portland</h1>
<p>Licensed therapists and a psychiatric nurse practitioner, in person, in our quiet treatment rooms.</p>
<a class="btn" href="/contact">Request a consultation</a>
</main>
<footer>
<nav><a href="/kap">KAP</a> &middot; <a href="/fees">Fees</a> &middot; <a href="/good-faith-estimate">Good Faith Estimate</a> &middot; <a href="/privacy">Notice of Privacy Practices</a> &middot; <a href="/accessibility">Accessibility</a></nav>
<p>Openfield Therapy Collective &middot; 3330 SE Division St, Portland, OR 97202 &middot; (503) 555-0148</p>
</footer>""")

p("e3128", "https://clinique-eveil.example/fr/tarifs", "clinic", False, "fr", "montreal-clinic-whatsapp",
  "Tarifs – Clinique Éveil, perfusions de kétamine à Montréal",
  """<header><nav><a href="/fr/">Accueil</a> <a href="/fr/traitements">Traitements</a> <a href="/fr/equipe">Équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/fr/nous-joindre">Nous joindre</a> <a href="/en/pricing">EN</a></nav></header>
<main>
<h1>Tarifs</h1>
<ul>
<li>Évaluation médicale initiale : 250 $</li>
<li>Perfusion intraveineuse de kétamine : 600 $</li>
<li>Forfait de 6 perfusions : 3 200 $</li>
<li>Séance d'intégration avec psychologue : 180 $</li>
</ul>
<p>Les perfusions sont administrées à la clinique, sous la supervision d'un médecin anesthésiste, avec surveillance continue. Un proche doit vous raccompagner.</p>
<p>Prise de rendez-vous par téléphone au 514 555-0166 ou par WhatsApp. Reçus pour votre assurance collective fournis. Paiement par carte de crédit, débit ou virement Interac.</p>
</main>
<footer>Clinique Éveil &middot; 1250, boul. René-Lévesque O., Montréal (Québec)</footer>""",
  noise="cookie-fr")

p("e3129", "https://ospedale-sanmarco.example/psichiatria/depressione-resistente-esketamina", "clinic", False, "it",
  "italian-hospital-esketamine",
  "Ambulatorio depressione resistente – Esketamina | Ospedale San Marco",
  """<nav><a href="/">Ospedale San Marco</a> &rsaquo; <a href="/psichiatria/">Psichiatria</a> &rsaquo; Depressione resistente</nav>
<main>
<h1>Ambulatorio per la depressione resistente</h1>
<p>L'ambulatorio offre la terapia con esketamina spray nasale ai pazienti adulti con depressione resistente, su invio del medico curante o dello psichiatra territoriale. Il farmaco viene autosomministrato in ambulatorio sotto osservazione del personale per almeno due ore.</p>
<h2>Come accedere</h2>
<p>Prenotazione tramite CUP con impegnativa per visita psichiatrica. Il trattamento è a carico del Servizio Sanitario Nazionale secondo le indicazioni AIFA.</p>
<p>Orari: lunedì&ndash;venerdì 8:30&ndash;16:00, Padiglione C, piano 2.</p>
</main>""")

p("e3130", "https://ketaminekliniek-utrecht.example/tarieven", "clinic", False, "nl", "dutch-clinic-prices",
  "Tarieven | Ketaminekliniek Utrecht",
  """<header><nav><a href="/">Home</a> <a href="/behandeling">Behandeling</a> <a href="/tarieven">Tarieven</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Tarieven 2026</h1>
<table><tr><td>Intakegesprek met psychiater</td><td>€ 245</td></tr>
<tr><td>Ketaminebehandeling (per sessie, incl. nazorg op locatie)</td><td>€ 425</td></tr>
<tr><td>Behandeltraject 6 sessies</td><td>€ 2.400</td></tr>
<tr><td>Evaluatiegesprek</td><td>€ 145</td></tr></table>
<p>Voor een intake heeft u een verwijzing van uw huisarts of behandelend psychiater nodig. Wij zijn een zelfstandig behandelcentrum; vergoeding door de zorgverzekeraar is afhankelijk van uw polis. U ontvangt de factuur na afloop van elke sessie.</p>
<p>De behandelingen vinden plaats op onze locatie aan de Maliebaan onder toezicht van een arts en verpleegkundige. U mag na de behandeling niet zelf autorijden.</p>
</main>""",
  noise="cookie-nl")

p("e3131", "https://clinica-renascer.example/pt/cetamina-lisboa", "clinic", False, "pt", "lisbon-clinic-mbway",
  "Infusão de cetamina em Lisboa | Clínica Renascer",
  """<header><nav><a href="/pt/">Início</a> <a href="/pt/cetamina-lisboa">Cetamina</a> <a href="/pt/esketamina">Esketamina</a> <a href="/pt/precos">Preços</a> <a href="/pt/contactos">Contactos</a></nav></header>
<main>
<h1>Infusão de cetamina em Lisboa</h1>
<p>Na Clínica Renascer, a cetamina é administrada por via endovenosa em sala própria, com monitorização contínua e presença de médico anestesiologista. Antes de iniciar, todos os doentes têm consulta de psiquiatria.</p>
<h2>Preços</h2>
<ul><li>Consulta de psiquiatria: 120 €</li><li>Sessão de infusão: 380 €</li><li>Pacote de 6 sessões: 2.050 €</li></ul>
<p>Pagamento por MB Way, Multibanco ou cartão. Emitimos fatura com NIF para reembolso pelo seguro de saúde.</p>
<p>Marcações: 21 555 0190 ou WhatsApp. Av. da República 50, Lisboa.</p>
</main>""",
  noise="cookie-pt")

# ---------------------------------------------------------------- informational (9)

p("e3132", "https://tri-county-ledger.example/news/2026/11/dark-web-ketamine-vendor-charged", "informational", False, "en",
  "news-quoting-listing",
  "Valley man charged with running dark-web ketamine shop | Tri-County Ledger",
  """<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/crime">Crime</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article>
<h1>Valley man charged with running dark-web ketamine shop</h1>
<p class="byline">By Dana Whitcomb &middot; Nov. 18, 2026</p>
<p>A 29-year-old man was charged Tuesday with distributing ketamine through a dark-web storefront that prosecutors say shipped more than 40 kilograms to customers in 30 states.</p>
<p>According to the criminal complaint, the vendor, who went by "SpecialKSupply", advertised "Indian pharma ketamine, needle shards, 99% pure &mdash; 10g $240, 28g $560, 100g $1,700. Stealth shipping, reship on seizure. BTC and XMR only." Listings also offered ketamine in sealed 10ml vials and promised "no signature, no tracking to your name."</p>
<p>Investigators say the man bought postage in bulk and dropped parcels at mailboxes across three counties. Undercover agents made six purchases between March and August, paying in Bitcoin.</p>
<p>"These operations market themselves like any online store, with reviews and customer service," said the U.S. Attorney. "But what arrives is unregulated and often cut with other substances."</p>
<p>The man faces up to 10 years in federal prison if convicted. His attorney declined to comment.</p>
</article>
<aside><h3>Most read</h3><ul><li>School board approves new calendar</li><li>Route 9 bridge closure extended</li></ul></aside></main>
<footer>&copy; 2026 Tri-County Ledger</footer>""",
  noise="cookie")

p("e3133", "https://courtwatch-uk.example/sentencing/2026/telegram-ketamine-dealer-jailed", "informational", False, "en",
  "sentencing-quotes-menu",
  "Telegram ketamine dealer jailed for six years | CourtWatch",
  """<main><article>
<h1>Telegram ketamine dealer jailed for six years</h1>
<p>Crown Court, 2 December 2026. A 24-year-old who ran a ketamine delivery service through a Telegram channel with 3,100 subscribers has been jailed for six years and three months.</p>
<p>The court heard that the channel posted a daily "menu" reading: "K rocks 1g &pound;30, 3.5g &pound;90, 7g &pound;160. Same-day drop in zones 1&ndash;4, next-day post UK wide. Pay on bank or crypto. DM to order." Photos of scales, vacuum-sealed bags and a price board were recovered from his phone.</p>
<p>Prosecuting, counsel said the defendant also sold cocaine and MDMA from the same channel and used gift cards bought by customers to launder part of the proceeds. Police seized 1.2 kg of ketamine and &pound;18,400 in cash.</p>
<p>Passing sentence, the judge said ketamine "is not a harmless party drug" and referred to the bladder damage described in a victim statement from a former customer.</p>
<p>A proceeds-of-crime hearing will follow.</p>
</article></main>""")

p("e3134", "https://forum.dissociate-talk.example/t/scam-warning-ketamine-sites-that-want-western-union/4412", "informational", False, "en",
  "forum-scam-thread",
  "Scam warning: ketamine sites that want Western Union - Dissociate Talk",
  """<header><nav><a href="/">Dissociate Talk</a> <a href="/c/harm-reduction">Harm reduction</a> <a href="/c/therapy">Therapy</a> <a href="/c/scams">Scams</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Scam warning: ketamine sites that want Western Union</h1>
<div class="post"><b>nightjar_</b> &middot; 3d<p>Posting this so nobody else falls for it. Found a site that looked super professional, "reviewed by Dr. Somebody", said "Ketamine crystal 10g $260, pay BTC or Western Union, stealth shipping worldwide". Paid $300 by WU. Then they emailed saying customs stopped it and I need to pay a $450 "insurance fee". Obviously a scam. Never got anything.</p></div>
<div class="post"><b>mod_halcyon</b> &middot; 3d<p>Thanks. Reminder: sourcing talk is against the rules here and links will be removed. 99% of these clearnet "pharmacy" sites are advance-fee scams. If you're looking for treatment, see the pinned thread on finding a clinic or a telehealth provider with real prescribers.</p></div>
<div class="post"><b>greyfield</b> &middot; 2d<p>Same thing happened to me with one asking for Apple gift cards. They even had a fake LegitScript badge.</p></div>
<div class="post"><b>nightjar_</b> &middot; 2d<p>Reported to the FTC and IC3. Lesson learned.</p></div>
</main>
<footer>Dissociate Talk is a peer-support forum. Nothing here is medical advice.</footer>""")

p("e3135", "https://safer-nights.example/shop/ketamine-reagent-test-kit", "informational", False, "en",
  "harm-reduction-test-kit-shop",
  "Ketamine Reagent Test Kit (Mandelin + Morris) | Safer Nights",
  """<header><nav><a href="/">Safer Nights</a> <a href="/drugs">Drug info</a> <a href="/shop">Test kits</a> <a href="/donate">Donate</a> <a href="/cart">Cart</a></nav></header>
<main class="product">
<h1>Ketamine Reagent Test Kit</h1>
<p class="price">$24.00</p>
<button>Add to cart</button>
<p>Contains Mandelin and Morris reagents. Tells you whether a sample reacts like ketamine and helps detect common substitutes such as 2-FDCK, PCP or MXE. It cannot tell you purity or dose.</p>
<h2>If you use ketamine</h2>
<ul><li>Start low &mdash; a "bump" of 10&ndash;20 mg is enough to judge strength.</li><li>Don't mix with alcohol, GHB or opioids.</li><li>Sit or lie down somewhere safe; never use alone in water.</li><li>Frequent use can damage your bladder. If it hurts to pee, stop and see a doctor.</li></ul>
<p>Safer Nights is a nonprofit harm-reduction project. We do not sell or source drugs. Kits ship in plain packaging; free kits are available for outreach programmes.</p>
</main>""")

p("e3136", "https://pharmacy-board-alerts.example/consumer/rogue-sites-esketamine", "informational", False, "en",
  "regulator-warning-list",
  "Consumer alert: websites offering esketamine and ketamine without a prescription",
  """<main>
<h1>Consumer alert: websites offering esketamine and ketamine without a prescription</h1>
<p>The Board has received complaints about websites that claim to sell Spravato (esketamine) nasal spray or ketamine for home use without a valid prescription. These sites are not licensed in this state. Examples of claims we have seen:</p>
<ul><li>"Buy Spravato 56mg online &mdash; no prescription needed, free doctor consultation"</li><li>"Ketamine HCl crystal, 99% pure, discreet worldwide shipping, pay with Bitcoin"</li><li>"FDA approved pharmacy" or "CIPA certified" badges that link nowhere</li></ul>
<p>Sites reported so far include spravato-without-prescription.example, ketahealthrx.example and bestmeds-247.example.</p>
<p>Spravato is only administered in certified healthcare settings and is never mailed to patients. Before buying medicine online, check that the pharmacy is licensed and requires a prescription. Report suspicious sites using our online complaint form.</p>
</main>""")

p("e3137", "https://compareketamine.example/clinics/denver-co", "informational", False, "en", "snippet-directory",
  "Ketamine clinics in Denver", """Compare 14 ketamine clinics near Denver, CO — prices from $400 per infusion. Read verified patient reviews, check insurance and book a consultation online.""",
  ext="txt")

p("e3138", "https://rhein-kurier.example/region/zoll-ketamin-paketzentrum", "informational", False, "de",
  "german-customs-news",
  "Zoll findet 30 Kilo Ketamin in Paketzentrum | Rhein-Kurier",
  """<header><nav><a href="/">Startseite</a> <a href="/region">Region</a> <a href="/politik">Politik</a> <a href="/sport">Sport</a> <a href="/abo">Abo</a></nav></header>
<main><article>
<h1>Zoll findet 30 Kilo Ketamin in Paketzentrum</h1>
<p class="meta">Von Jana Hoffmann &middot; 21.11.2026</p>
<p>Beamte des Hauptzollamts haben in einem Paketzentrum rund 30 Kilogramm Ketamin sichergestellt. Die Droge war in Sendungen aus Indien als "Pflanzendünger" deklariert.</p>
<p>Nach Angaben der Ermittler sollte das Ketamin über einen Onlineshop weiterverkauft werden, der mit Sätzen wie "Premium Ketamin, 25 Euro pro Gramm, diskreter Versand in ganz Europa, Zahlung in Bitcoin" warb. Der Shop ist inzwischen abgeschaltet.</p>
<p>Ketamin unterliegt in Deutschland als Arzneimittel der Verschreibungspflicht; der Handel ohne Erlaubnis ist strafbar. Gegen zwei Männer aus Köln wird ermittelt.</p>
</article></main>""",
  noise="cookie-de")

p("e3139", "https://cabinet-moreau-avocats.example/droit-penal/stupefiants-ketamine", "informational", False, "fr",
  "french-law-firm",
  "Kétamine : ce que risque un vendeur ou un acheteur | Cabinet Moreau Avocats",
  """<header><nav><a href="/">Cabinet</a> <a href="/droit-penal">Droit pénal</a> <a href="/honoraires">Honoraires</a> <a href="/contact">Contact</a></nav></header>
<main><article>
<h1>Kétamine : ce que risque un vendeur ou un acheteur</h1>
<p>La kétamine est classée comme stupéfiant en France depuis 1997. Sa cession ou son offre, y compris en ligne, est punie de cinq ans d'emprisonnement et de 75 000 euros d'amende ; le trafic en bande organisée relève de peines bien plus lourdes.</p>
<p>Nous défendons régulièrement des clients poursuivis après des achats sur des sites qui promettaient « kétamine pure, livraison discrète sous 48 h, paiement en coupons PCS ». Les enquêteurs remontent souvent aux acheteurs à partir des fichiers clients saisis.</p>
<p>L'achat pour usage personnel peut donner lieu à une amende forfaitaire délictuelle de 200 euros, mais aussi à des poursuites.</p>
<p>Première consultation : 150 € TTC. Contactez le cabinet pour un rendez-vous.</p>
</article></main>""",
  noise="cookie-fr")

p("e3140", "https://drugsvraagbaak.example/ketamine/online-kopen", "informational", False, "nl",
  "dutch-harm-reduction",
  "Ketamine online kopen: wat zijn de risico's? | Drugsvraagbaak",
  """<header><nav><a href="/">Home</a> <a href="/middelen">Middelen</a> <a href="/ketamine">Ketamine</a> <a href="/testen">Laten testen</a> <a href="/hulp">Hulp zoeken</a></nav></header>
<main>
<h1>Ketamine online kopen: wat zijn de risico's?</h1>
<p>Op internet vind je webshops die ketamine aanbieden "zonder recept, stealth verzonden, betalen met Bitcoin". Ketamine valt in Nederland onder de Opiumwet (lijst II); kopen en verkopen zonder recept is strafbaar.</p>
<ul><li>Je weet niet wat je krijgt: er zijn partijen gevonden met 2-FDCK of andere stoffen in plaats van ketamine.</li><li>Veel webshops zijn oplichters die na betaling niets leveren.</li><li>Je adresgegevens kunnen bij de politie terechtkomen.</li></ul>
<p>Gebruik je toch? Laat je middel anoniem testen bij een testservice, gebruik nooit alleen en combineer niet met alcohol. Wil je praten over je gebruik, bel dan de infolijn.</p>
</main>""",
  noise="cookie-nl")

save(OUT, R)
