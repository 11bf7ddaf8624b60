# Batch 11 of the hand-written dev set: 50 BLIND pages, written 2026-12-06 by an author who had not
# seen the scorer's rules, vocabulary or any earlier measurement, and committed before the scorer was
# run on them. Mix: 16 sellers, 10 telehealth, 12 clinics, 12 informational; about 60% English, the
# rest es/de/fr/nl/pt. Sellers often avoid the plain word (K, ket, keta, vitamin K, horse tranq,
# Ketalar/Ketaset/Vetalar, "dissociative research compound", "esketamine nasal solution") or show
# only a price list, a payment page or a contact page. Legit pages talk about prices, packages,
# kits, memberships and shipping. Run: python3 batch11.py (writes batch11/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch11")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def nav(*items):
    return "<header><nav><ul>" + "".join(f'<li><a href="#">{i}</a></li>' for i in items) + "</ul></nav></header>"

def foot(text):
    return f'<footer><p>{text}</p></footer>'

# ================================================================== sellers (16)

p("h1101", "https://vitamin-k-labs.example/product/crystal-shards-1g", "seller", True, "en", "product",
  "Crystal Shards (1g) – Vitamin K Labs",
  nav("Home", "Shop", "Shards", "Powder", "Liquids", "Track order", "Cart (0)") + """
<main>
<div class="breadcrumb">Home / Shop / Shards / Crystal Shards</div>
<div class="product">
  <img src="/img/shards-1g.jpg" alt="clear crystal shards in a zip bag">
  <h1>Crystal Shards – "Vitamin K"</h1>
  <div class="rating">★★★★★ (212 reviews)</div>
  <p class="price">$55.00 – $780.00</p>
  <select name="qty"><option>1g – $55</option><option>3.5g – $170</option><option>7g – $310</option><option>14g – $560</option><option>28g – $780</option></select>
  <button class="add">Add to cart</button>
  <p class="small">Needle-point shards, washed twice. Smooth come-up, clean hole. Tested 98% by reagent.</p>
</div>
<section class="tabs">
  <h2>Description</h2>
  <p>Our flagship K. Large glassy shards that crush down easily. Vacuum sealed, smell-proof, shipped in a decoy envelope.</p>
  <h2>Shipping</h2>
  <p>Orders placed before 2pm ship the same day. USA 2–3 days, worldwide 7–14 days. Reship once if seized.</p>
  <h2>Reviews</h2>
  <p>"best trip I've had in months, will reorder" – j***r</p>
  <p>"arrived in 3 days, no issues" – m***k</p>
</section>
</main>""" + foot("© Vitamin K Labs · Payments: BTC, XMR, LTC · All products sold for lab use"))

p("h1102", "https://arylcyclo-research.test/catalog/dissociatives", "seller", True, "en", "research-chemical",
  "Dissociatives | ArylCyclo Research",
  nav("Catalog", "Dissociatives", "Stimulants", "Benzodiazepines", "Lab supplies", "COA library", "Login") + """
<main>
<h1>Dissociative research compounds</h1>
<p class="notice">All compounds are supplied strictly as analytical reference standards. NOT FOR HUMAN CONSUMPTION. Buyers must be 21+.</p>
<table class="catalog">
<tr><th>Compound</th><th>Form</th><th>Purity</th><th>10g</th><th>50g</th><th>100g</th></tr>
<tr><td>2-FDCK</td><td>crystalline powder</td><td>&gt;99%</td><td>$120</td><td>$450</td><td>$800</td></tr>
<tr><td>Deschloro-K</td><td>powder</td><td>&gt;98%</td><td>$140</td><td>$520</td><td>$900</td></tr>
<tr><td>Classic arylcyclohexylamine (HCl salt, "the original")</td><td>needles</td><td>&gt;99%</td><td>$190</td><td>$700</td><td>$1,250</td></tr>
<tr><td>3-MeO-PCP</td><td>powder</td><td>&gt;99%</td><td>$160</td><td>$600</td><td>$1,050</td></tr>
</table>
<p>Minimum order 10g. Bulk discounts from 500g – contact sales.</p>
<p>Dispatch from EU warehouse, vacuum sealed, neutral sender name. Payment by bank transfer or crypto only.</p>
</main>""" + foot("ArylCyclo Research does not provide usage or dosage information. Questions about dosing will be ignored."))

p("h1103", "https://northbridge-supply.example/contact", "seller", True, "en", "contact",
  "Contact – Northbridge Supply",
  """<main><h1>Get in touch</h1>
<p>Fastest reply on Telegram: <b>@northbridge_ks</b> · Wickr: nbsupply · Session ID on request.</p>
<p>We don't answer calls. All parcels go out in plain packaging, no names on the outside.</p></main>""")

p("h1104", "https://rx-nordic-meds.example/payment-methods", "seller", True, "en", "payment",
  "Payment methods – Nordic Meds Online",
  nav("Home", "Anesthetics", "Pain relief", "Sleep & anxiety", "Men's health", "Payment", "Shipping", "Contact") + """
<main>
<h1>How to pay</h1>
<h2>Bitcoin / USDT (recommended) – 15% discount</h2>
<p>After checkout you will receive a wallet address. Orders are processed after 2 network confirmations.</p>
<h2>Zelle / Cash App</h2>
<p>Send the exact order amount, write ONLY your order number in the memo. Do not write the product name.</p>
<h2>Gift cards</h2>
<p>We accept Apple, Steam and Amazon gift cards at 80% of face value. Send photos of the card front and back to our support email.</p>
<h2>Western Union / MoneyGram</h2>
<p>Available for orders above $300. Receiver name is given by your agent.</p>
<p><b>No prescription is required for any product in our catalogue.</b> Reshipment guarantee if your parcel is held by customs.</p>
</main>""" + foot("Nordic Meds Online · Licensed partner pharmacies overseas · 24/7 support"), noise="cookie")

PAD_EN = """
<h2>What is ketamine therapy?</h2>
<p>Ketamine was first synthesised in the early 1960s as a safer successor to phencyclidine and was approved as an anaesthetic in 1970. It is on the World Health Organization's list of essential medicines because it keeps breathing and blood pressure stable, which makes it valuable in field hospitals and in places without advanced monitoring.</p>
<p>In the last twenty years researchers noticed that a single low dose, far below what is used for surgery, could lift severe depression within hours. Most antidepressants act on serotonin; ketamine instead blocks the NMDA receptor and triggers a burst of glutamate signalling, which appears to help neurons grow new connections.</p>
<h2>How is it given?</h2>
<p>In clinics it is usually given as a slow intravenous infusion over forty minutes. Other routes include intramuscular injection, lozenges dissolved under the tongue, and a nasal spray containing esketamine, one of the two mirror-image forms of the molecule.</p>
<h2>What does it feel like?</h2>
<p>Many people describe a floating or dreamlike feeling, changes in the sense of time, and a detachment from their body. These effects fade within an hour or two. Mood improvements, when they come, often appear the next day.</p>
<h2>Side effects</h2>
<p>Common short-term effects are nausea, dizziness, blurred vision and a temporary rise in blood pressure. With frequent heavy use, bladder inflammation and memory problems have been reported.</p>
<h2>Who might benefit?</h2>
<p>Research has focused on treatment-resistant depression, suicidal thinking, post-traumatic stress, obsessive-compulsive disorder and chronic pain conditions such as complex regional pain syndrome.</p>
"""

p("h1105", "https://ketamine-wellness-guide.example/", "seller", True, "en", "padded",
  "Ketamine Wellness Guide – everything about ketamine for depression",
  nav("Home", "What is ketamine", "Benefits", "Side effects", "Research", "Shop", "Contact") + """
<main>
<h1>Ketamine for depression: the complete guide</h1>
<p class="byline">Updated November 2026 · 9 min read</p>
""" + PAD_EN + """
<h2>The research so far</h2>
<p>Dozens of small trials and several larger ones have reported response rates of roughly fifty to seventy percent after a course of infusions in people who had not improved with at least two antidepressants. The effect of a single dose usually wears off within one to two weeks, which is why courses of six sessions and maintenance doses are common.</p>
<p>Scientists are still debating whether the antidepressant effect comes from NMDA blockade itself, from metabolites such as hydroxynorketamine, or from the psychological experience of the session.</p>
<h2>Ketamine compared with traditional antidepressants</h2>
<p>Selective serotonin reuptake inhibitors usually need four to six weeks before any benefit appears, and roughly a third of people never respond to them. Ketamine's effect, when it works, is measured in hours. On the other hand, SSRIs are cheap, taken as a daily pill and well studied over decades, while ketamine's long-term effects at repeated doses are still being investigated.</p>
<h2>Frequently asked questions</h2>
<p><b>Is ketamine addictive?</b> Ketamine can be habit-forming when used often and in high doses. In research settings with infrequent low doses, dependence has been uncommon.</p>
<p><b>How long does one dose last?</b> The acute effects last about an hour. An antidepressant effect, when present, may last from several days to a couple of weeks.</p>
<p><b>Can I drive afterwards?</b> No. Do not drive or operate machinery until the next day.</p>
<p><b>Can ketamine be combined with my other medications?</b> Benzodiazepines may blunt its effect and alcohol increases sedation. Lamotrigine and some stimulants may interact.</p>
<p><b>What about set and setting?</b> A calm room, an eye mask and gentle music are commonly recommended. Many people write down an intention before each session and journal afterwards.</p>
<h2>Skip the waiting lists</h2>
<p>Clinic infusions can cost hundreds of dollars per session and waiting lists run for months. We believe adults should be able to manage their own wellness.</p>
<div class="cta">
<h3>Ketalar 50mg/ml – 10ml multi-dose vial</h3>
<p>Genuine pharmaceutical grade, sealed with batch number. 1 vial $120 · 5 vials $520 · 10 vials $950.</p>
<p>No doctor's visit, no prescription, no questions. Discreet delivery in 3–6 business days.</p>
<p><a class="button" href="/shop/ketalar-10ml">Order now</a></p>
</div>
</main>""" + foot("Disclaimer: the information on this website is for educational purposes only and is not medical advice. © 2026 Ketamine Wellness Guide"), noise="cookie")

p("h1106", "https://nasalcalm-direct.example/products/esketamine-nasal-solution-56mg", "seller", True, "en", "product",
  "Esketamine Nasal Solution 56mg (2 devices) – NasalCalm Direct",
  nav("Shop all", "Depression", "Anxiety", "Sleep", "How it works", "Reviews", "Cart") + """
<main>
<h1>Esketamine Nasal Solution 56 mg – two-device pack</h1>
<p class="price">$349.00 <s>$420.00</s></p>
<ul>
<li>Same active ingredient as the brand-name spray used in clinics</li>
<li>Use at home, on your schedule – no two-hour clinic observation</li>
<li>Complete a 3-minute online health questionnaire at checkout; approval is instant</li>
<li>Ships in unmarked box, free overnight delivery on orders of 3+ packs</li>
</ul>
<button>Buy now</button>
<p class="small">Not evaluated by the FDA. Consult a healthcare professional if symptoms persist.</p>
</main>""")

p("h1107", "https://vetsupplyhub.example/anesthesia/ketaset-100-10ml", "seller", True, "en", "product",
  "Ketaset 100 mg/ml injection, 10 ml – VetSupplyHub",
  nav("Dogs", "Cats", "Horses", "Anesthesia", "Antibiotics", "Wormers", "My account") + """
<main>
<div class="breadcrumb">Home › Anesthesia › Injectables</div>
<h1>Ketaset 100 mg/ml injectable – 10 ml vial</h1>
<p class="sku">SKU VS-4471 · In stock: 340</p>
<p class="price">$38.50 each · 10+ vials $32.00 each · case of 50 $1,400</p>
<p>For use in cats, primates and horses as directed by a veterinarian.</p>
<p><b>No veterinary license or prescription upload required.</b> Retail customers welcome. Ships from Texas in an insulated mailer; domestic and international.</p>
<button>Add to basket</button>
<h2>Customers also bought</h2>
<p>Xylazine 100mg/ml · Acepromazine 10mg/ml · Butorphanol 10mg/ml · Syringes 3ml (100 pack)</p>
</main>""" + foot("VetSupplyHub · Payments by Zelle, crypto or cashier's check"))

p("h1108", "https://board-like.example/t/vendor-review-eu-keta/88412", "seller", True, "en", "forum-vendor", "",
  """[VENDOR] Fresh batch of keta in – needle shards, EU>EU
posted by lowtide_supplies

Back again after the summer break. New batch came in this week, proper needles not that chalky rubbish going round.
1g 30 / 5g 120 / 10g 210 / 25g 450 (euro)
EU tracked only, UK on request. NL stamp, stealth is vacuum + mylar + decoy.
Pay in XMR only. DM me here or on Session, ID in my profile.
No samples, no front. Reviews in the thread below.

  reply from k_hole_kev: got my 5 yesterday, legit, 10/10 would k-hole again
  reply from baltic_wren: mod note – vendor verified by 3 members""", ext="txt")

p("h1109", "https://fastlane-chems.example/price-list", "seller", True, "en", "price-list",
  "Price list",
  """<main><h1>Price list – updated weekly</h1>
<table>
<tr><th>Item</th><th>1g</th><th>5g</th><th>10g</th><th>28g</th></tr>
<tr><td>K (crystal)</td><td>$60</td><td>$250</td><td>$450</td><td>$900</td></tr>
<tr><td>K (powder, fine)</td><td>$50</td><td>$220</td><td>$400</td><td>$820</td></tr>
<tr><td>MD (rocks)</td><td>$70</td><td>$300</td><td>$520</td><td>–</td></tr>
<tr><td>Coke (fishscale)</td><td>$110</td><td>$480</td><td>$900</td><td>–</td></tr>
</table>
<p>Minimum order $150. Tracked overnight shipping $25, free over $500. Ships Mon–Fri.</p></main>""")

p("h1110", "https://classifieds-like.example/ads/8841276", "seller", True, "en", "classified", "",
  """Horse tranq available – real vet grade, sealed bottles. Liquid or cooked down to powder, your choice. Ship anywhere in the US, text 555-0192 for menu.""", ext="txt")

p("h1111", "https://tienda-disociativos.example/producto/keta-cristal-premium", "seller", True, "es", "product",
  "Keta cristal premium – Tienda Disociativos",
  nav("Inicio", "Tienda", "Cristales", "Líquidos", "Envíos", "Mi cuenta", "Carrito") + """
<main>
<h1>Keta cristal premium</h1>
<p class="precio">Desde 35,00 €</p>
<p>Cristal largo, limpio, sin cortes. Perfecto para fiestas y festivales. Pureza garantizada o te devolvemos el dinero.</p>
<form><label>Cantidad</label><select><option>1 g – 35 €</option><option>5 g – 150 €</option><option>10 g – 270 €</option></select>
<button>Añadir al carrito</button></form>
<h2>Envío</h2>
<p>Envío discreto a toda España en 24/48h y a Europa en 3–5 días. Embalaje sin logos, olor sellado al vacío.</p>
<h2>Pago</h2>
<p>Bitcoin, Monero o Bizum (solo pedidos pequeños).</p>
</main>""" + foot("© Tienda Disociativos · Productos vendidos como artículo de coleccionista"), noise="cookie-es")

p("h1112", "https://forschungschemikalien-direkt.example/esketamin-hcl-pulver", "seller", True, "de", "research-chemical",
  "Esketamin HCl Pulver – Forschungschemikalien Direkt",
  nav("Startseite", "Produkte", "Dissoziativa", "Cannabinoide", "Versand & Zahlung", "Kontakt") + """
<main>
<h1>Esketamin HCl – Pulver, Reinheit ≥ 99 %</h1>
<p class="preis">1 g 45 € · 5 g 190 € · 25 g 720 €</p>
<p><b>Nur für Forschungszwecke. Nicht für den menschlichen Konsum bestimmt.</b> Verkauf nur an Personen ab 18 Jahren.</p>
<p>Analysezertifikat (HPLC) liegt jeder Lieferung bei. Mindestbestellwert 40 €.</p>
<p>Versand aus den Niederlanden, neutral verpackt, Absender ohne Firmenbezug. Lieferung nach DE, AT, CH in 2–4 Werktagen.</p>
<p>Zahlung per Vorkasse (SEPA), Bitcoin oder Paysafecard.</p>
<button>In den Warenkorb</button>
</main>""" + foot("Forschungschemikalien Direkt · Impressum · AGB · Datenschutz"), noise="cookie-de")

PAD_FR = """
<h2>Qu'est-ce que la kétamine&nbsp;?</h2>
<p>La kétamine est un anesthésique général utilisé depuis les années 1970 en chirurgie, en médecine d'urgence et en médecine vétérinaire. Elle agit principalement en bloquant les récepteurs NMDA du glutamate.</p>
<p>À faible dose, elle a montré des effets antidépresseurs rapides chez des patients qui ne répondaient pas aux traitements classiques. L'eskétamine, une des deux formes de la molécule, existe sous forme de spray nasal.</p>
<h2>Effets indésirables</h2>
<p>Les effets indésirables les plus fréquents sont des vertiges, des nausées, une sensation de dissociation et une hausse passagère de la tension artérielle. Un usage répété et prolongé peut provoquer des atteintes de la vessie.</p>
<h2>Utilisation en psychiatrie</h2>
<p>En France, l'eskétamine en spray nasal est réservée à l'usage hospitalier et administrée sous surveillance. Des perfusions de kétamine sont aussi pratiquées dans certains services spécialisés. Les études récentes portent sur la dépression résistante, les idées suicidaires et le stress post-traumatique.</p>
<h2>Interactions</h2>
<p>L'association avec l'alcool, les benzodiazépines ou les opioïdes augmente le risque de sédation et de dépression respiratoire.</p>
<h2>Contre-indications</h2>
<p>Hypertension non contrôlée, antécédents de psychose, grossesse, maladie cardiaque sévère.</p>
"""

p("h1113", "https://pharmacie-sans-attente.example/ketalar-50mg", "seller", True, "fr", "padded-product",
  "Kétalar 50 mg/ml – Pharmacie Sans Attente",
  nav("Accueil", "Dépression", "Douleur", "Sommeil", "Anesthésiques", "Livraison", "Panier") + """
<main>
<h1>Kétalar 50 mg/ml, flacon de 10 ml</h1>
""" + PAD_FR + """
<h2>Commander</h2>
<p>Prix&nbsp;: 1 flacon 110 € · 3 flacons 300 € · 6 flacons 560 €.</p>
<p>Aucune ordonnance n'est demandée. Livraison discrète en France, Belgique, Suisse et au Canada sous 5 à 8 jours, colis sans mention du contenu.</p>
<p>Paiement par virement, coupons PCS / Transcash ou cryptomonnaie.</p>
<button>Ajouter au panier</button>
</main>""" + foot("Pharmacie Sans Attente · Service client via WhatsApp +33 6 55 55 01 23"), noise="cookie-fr")

p("h1114", "https://kk-feestwinkel.example/bestellen", "seller", True, "nl", "order-form",
  "Bestellen – KK Feestwinkel",
  """<main>
<h1>Bestelformulier</h1>
<form>
<label>Product</label>
<select><option>Special K – kristal</option><option>Special K – poeder</option><option>2C-B (10 st.)</option><option>XTC (25 st.)</option></select>
<label>Hoeveelheid (gram)</label><input type="number" min="2" value="2">
<p class="hint">Minimale bestelling 2 gram. Staffelkorting vanaf 10 gram.</p>
<label>Verzending</label>
<select><option>PostNL brievenbus (stealth) – € 7,50</option><option>Ophalen Amsterdam-Oost</option><option>Europa track &amp; trace – € 25</option></select>
<label>Betaalmethode</label>
<select><option>Bitcoin</option><option>Monero</option><option>Contant bij ophalen</option></select>
<button>Bestelling plaatsen</button>
</form>
<p>Vragen? Stuur ons een bericht op Telegram.</p>
</main>""", noise="cookie-nl")

p("h1115", "https://insta-like.example/p/cetamina.liquida.rj", "seller", True, "pt", "social", "",
  """cetamina.liquida.rj
🐴 Keta líquida frasco lacrado 50ml — original de clínica veterinária
Também tem em pó, grama ou 10g.
Entrega em mãos no Rio ou envio pra todo Brasil pelos Correios, embalagem discreta 📦
Pagamento só no pix. Chama no zap (21) 95555-0144
#keta #cetamina #rave #festa""", ext="txt")

p("h1116", "https://global-rx-outlet.example/category/anesthetics", "seller", True, "en", "nav",
  "Anesthetics – Global Rx Outlet",
  nav("Home", "Bestsellers", "ADHD", "Anxiety", "Pain", "Anesthetics", "Weight loss", "Payment", "Track") + """
<aside><h3>Categories</h3><ul>
<li>Alprazolam (12)</li><li>Oxycodone (8)</li><li>Adderall (6)</li><li>Anesthetics (5)</li><li>Modafinil (4)</li><li>Tramadol (9)</li></ul></aside>
<main>
<h1>Anesthetics</h1>
<div class="grid">
<div class="card"><h3>Ketamine Hydrochloride Injection 500mg/10ml</h3><p>$95.00</p><a>Select options</a></div>
<div class="card"><h3>Spravato 28mg Nasal Device (Genuine, sealed)</h3><p>$280.00</p><a>Select options</a></div>
<div class="card"><h3>Vetalar 100mg/ml</h3><p>$110.00</p><a>Select options</a></div>
<div class="card"><h3>Ketamine powder (pharma grade) 5g</h3><p>$260.00</p><a>Select options</a></div>
<div class="card"><h3>Propofol 1% 20ml</h3><p>$75.00</p><a>Select options</a></div>
</div>
</main>""" + foot("Global Rx Outlet · Worldwide shipping · 100% delivery guarantee · Orders without prescription accepted"))

# ================================================================== telehealth (10)

p("h1117", "https://hearthmind.example/pricing", "telehealth", False, "en", "telehealth-pricing",
  "Pricing | Hearthmind",
  nav("How it works", "Who it's for", "Our clinicians", "Pricing", "FAQ", "Log in", "Get started") + """
<main>
<h1>Simple, transparent pricing</h1>
<div class="plan"><h2>Starter</h2><p class="price">$279</p>
<p>First month: a 60-minute video evaluation with a psychiatric clinician, four prescribed ketamine lozenge sessions if approved, a blood-pressure cuff and a guided integration workbook.</p>
<button>Order your starter kit</button></div>
<div class="plan"><h2>Continuing care</h2><p class="price">$199 / month</p>
<p>Monthly follow-up visit with your prescriber, refills as clinically appropriate, and two group integration circles.</p>
<button>Subscribe</button></div>
<p class="fine">Medication is only dispensed if your Hearthmind clinician decides it is safe for you after the evaluation. If you are not approved, your first payment is refunded in full. We need a photo ID and a person who will stay with you during your first session. Available in 24 states.</p>
</main>""" + foot("Hearthmind Health, PC · Medical Director: Marisol Teague, MD · Prescriptions are filled by licensed partner pharmacies."))

p("h1118", "https://lumenhome.example/how-it-works", "telehealth", False, "en", "how-it-works",
  "How it works – LumenHome",
  nav("Home", "How it works", "Safety", "Pricing", "Blog", "Start intake") + """
<main>
<h1>From first click to first session</h1>
<ol>
<li><b>Online intake (10 minutes).</b> Tell us about your history, current medications and what you've already tried. This is not an approval – it helps us decide whether a visit makes sense.</li>
<li><b>Video appointment.</b> A board-certified psychiatric nurse practitioner licensed in your state reviews your intake with you, screens for blood pressure problems, psychosis and substance use, and talks through risks.</li>
<li><b>Prescription, if appropriate.</b> If ketamine is a reasonable option, your prescriber sends a prescription for rapid-dissolve tablets to one of our partner compounding pharmacies. Many people are not prescribed ketamine, and we'll suggest other options.</li>
<li><b>Delivery.</b> The pharmacy ships to your home. An adult has to sign for the package.</li>
<li><b>Sessions and check-ins.</b> You report your blood pressure and a mood scale before and after each session in the app, and meet your clinician again after your second and fourth dose.</li>
</ol>
</main>""" + foot("LumenHome Medical Group · Not for emergencies – call or text 988"))

p("h1119", "https://rivercalm-virtual.example/about", "telehealth", False, "en", "telehealth-boundary",
  "About us – RiverCalm Virtual Psychiatry",
  nav("About", "Services", "Ketamine at home", "Spravato referrals", "Insurance", "Contact") + """
<main>
<h1>About RiverCalm</h1>
<p>RiverCalm is a virtual psychiatry group of six psychiatrists and four nurse practitioners. We see patients by secure video in Oregon, Washington and Idaho.</p>
<p>For some adults with depression that hasn't improved on other treatments, our prescribers offer an at-home oral ketamine program with regular video check-ins. When home treatment is not a good fit – for example, if you live alone or have high blood pressure – we refer you to an in-person partner: an infusion clinic or a certified Spravato treatment center near you, and we keep managing your other medications.</p>
<p>We do not sell medication. Prescriptions go to licensed pharmacies.</p>
</main>""" + foot("RiverCalm Virtual Psychiatry, LLC · Portland, OR · (503) 555-0170"))

p("h1120", "https://kindred-keta.example/faq", "telehealth", False, "en", "faq",
  "FAQ | Kindred",
  nav("Programs", "Clinicians", "FAQ", "Pricing", "Sign in") + """
<main>
<h1>Frequently asked questions</h1>
<h3>Do I need a prescription from my own doctor?</h3>
<p>No – one of Kindred's licensed prescribers will evaluate you over video. If they prescribe, the prescription comes from them. We'll ask for permission to update your primary care doctor.</p>
<h3>Is the packaging discreet?</h3>
<p>Medication ships from our partner pharmacy in plain packaging. It must be signed for by an adult and can't be left at the door.</p>
<h3>Can I pay with HSA/FSA?</h3>
<p>Yes, most HSA and FSA cards work at checkout. We do not accept insurance directly but can provide a superbill.</p>
<h3>Can I share my medication?</h3>
<p>No. Your prescription is for you only. Sharing or reselling a controlled substance is illegal and can be dangerous, and we will end treatment if it happens.</p>
<h3>What if I have a bad session?</h3>
<p>Message your care team any time; a clinician replies within a few hours on weekdays. In a crisis call 988.</p>
</main>""")

p("h1121", "https://mindvale-health.example/our-clinicians", "telehealth", False, "en", "team",
  "Our clinicians | Mindvale Health",
  nav("Home", "Treatment", "Our clinicians", "Pricing", "Start") + """
<main>
<h1>Meet the people who will care for you</h1>
<div class="person"><h3>Dr. Anselm Okafor, MD</h3><p>Board-certified psychiatrist. Licensed in NY, NJ, CT, PA. Fifteen years in mood disorders; leads Mindvale's at-home ketamine protocol.</p></div>
<div class="person"><h3>Priya Venkataraman, PMHNP-BC</h3><p>Psychiatric nurse practitioner. Licensed in NY and FL. Conducts evaluations and dose reviews.</p></div>
<div class="person"><h3>Corin Haldane, LCSW</h3><p>Integration therapist. Runs weekly video integration sessions for patients using prescribed ketamine at home.</p></div>
<p>Every Mindvale patient has one named prescriber. You will never be prescribed medication without a live video visit.</p>
</main>""")

p("h1122", "https://serenpath.example/blog/is-at-home-ketamine-safe", "telehealth", False, "en", "provider-blog",
  "Is at-home ketamine safe? What we tell every new patient | SerenPath",
  nav("Treatment", "Pricing", "Blog", "Our team", "Get started") + """
<main>
<article>
<h1>Is at-home ketamine safe? What we tell every new patient</h1>
<p class="byline">By the SerenPath clinical team · medically reviewed by Dr. Helena Voss, MD · 7 min read</p>
<p>It's the question we hear more than any other. The honest answer is: for carefully selected people, with the right preparation and a clinician watching the numbers, the risks are low – but they aren't zero, and home treatment is not for everyone.</p>
<h2>Who we don't treat at home</h2>
<p>We do not prescribe home ketamine for people with uncontrolled high blood pressure, a history of psychosis or mania, active substance use problems, pregnancy, or serious heart disease. We also ask that a sober adult – a "sitter" – is in the home during the first sessions. If you live alone and can't arrange one, we refer you to an in-person clinic.</p>
<h2>How the dose is chosen</h2>
<p>Home doses are lower than clinic infusion doses and are taken as dissolving tablets, which the body absorbs more slowly. Your prescriber starts low and only adjusts after reviewing how you felt, your blood pressure readings and your questionnaire scores.</p>
<h2>What a session looks like</h2>
<p>Most people lie down with an eye mask and a playlist, in a quiet room, for about an hour. You log your blood pressure before and after. You should not drive, work or make important decisions for the rest of the day.</p>
<h2>Warning signs we watch for</h2>
<p>Taking extra doses, craving sessions, bladder pain or blood in the urine, and worsening mood between sessions are reasons to pause treatment. We check in after every session in the first month and will stop prescribing if we think the risks outweigh the benefits.</p>
<h2>Storage and safety</h2>
<p>Keep your tablets in the lockbox we send with your first order, away from children and guests. Never share them. Return unused tablets to a pharmacy take-back program.</p>
<h2>What the research does and doesn't tell us</h2>
<p>Most of the published evidence for ketamine in depression comes from intravenous infusions in clinics, and from the esketamine nasal spray. Studies of oral and sublingual ketamine taken at home are smaller and shorter. Early results are encouraging, but we are upfront with patients that the long-term data is thin, and we collect outcome scores so we can see how each person is actually doing.</p>
<h2>What it costs</h2>
<p>An evaluation is $149. If you're prescribed treatment, the monthly program is $189 and includes your medication, shipping from our partner pharmacy, two clinician visits and unlimited messaging. There is no long-term contract, and we will tell you honestly if we think you'd be better served somewhere else.</p>
<h2>How this compares to a clinic</h2>
<p>Clinic infusions and the esketamine nasal spray come with on-site monitoring, which some people need. Home treatment trades that for convenience and lower cost. Some of our patients do both: an infusion series first, then home maintenance with us.</p>
<div class="cta"><p>Ready to see if SerenPath is right for you? <a class="button">Book an evaluation – $149</a></p></div>
</article>
</main>""" + foot("SerenPath Medical, PA · Clinicians licensed in TX, FL, AZ, CO, NV · Privacy · Terms"), noise="cookie")

p("h1123", "https://mentesana-online.example/ketamina-en-casa", "telehealth", False, "es", "telehealth",
  "Ketamina en casa con seguimiento médico | MenteSana Online",
  nav("Inicio", "Tratamientos", "Equipo médico", "Precios", "Preguntas", "Agendar") + """
<main>
<h1>Tratamiento con ketamina sublingual en casa</h1>
<p>Si tienes depresión resistente y vives en México, nuestras psiquiatras pueden valorarte por videollamada. La consulta inicial dura 50 minutos y cuesta $1,200 MXN.</p>
<p>Sólo si la especialista lo considera seguro, emitirá una receta electrónica para tabletas sublinguales que prepara una farmacia autorizada. Recibirás instrucciones, un baumanómetro y un plan de seguimiento semanal.</p>
<p>Equipo médico: Dra. Lucía Benavides Orozco (cédula profesional en psiquiatría) y Dr. Tomás Iturbide (psiquiatra).</p>
<p><a class="button">Agendar valoración</a></p>
</main>""" + foot("MenteSana Online · Aviso de privacidad · No es un servicio de urgencias"), noise="cookie-es")

p("h1124", "https://seelenarzt-online.example/ketamin-therapie", "telehealth", False, "de", "telehealth",
  "Ketamin-Therapie mit Videosprechstunde – SeelenArzt Online",
  nav("Start", "Behandlungen", "Ablauf", "Kosten", "Ärzteteam", "Termin") + """
<main>
<h1>Ketamin-Lutschtabletten – ärztlich begleitet zu Hause</h1>
<p>Unser Psychiaterteam bietet Patientinnen und Patienten mit therapieresistenter Depression eine Behandlung mit Ketamin-Lutschtabletten an. Voraussetzung ist ein ausführliches Erstgespräch per Video und ein aktueller Befund Ihrer Hausärztin.</p>
<p>Die Verordnung erfolgt als Betäubungsmittelrezept durch die behandelnde Fachärztin, die Abgabe über eine Partnerapotheke. Die ersten beiden Einnahmen finden mit Videobegleitung statt.</p>
<h2>Kosten</h2>
<p>Erstgespräch 180 € (Privatrechnung nach GOÄ), Folgetermine 90 €. Die Medikamentenkosten rechnet die Apotheke separat ab.</p>
</main>""" + foot("SeelenArzt Online GmbH · Ärztliche Leitung: Dr. med. Friederike Lanz · Impressum"), noise="cookie-de")

p("h1125", "https://psiqueonline.example/cetamina-sublingual", "telehealth", False, "pt", "telehealth-pricing",
  "Cetamina sublingual com acompanhamento online | PsiqueOnline",
  nav("Início", "Como funciona", "Médicos", "Planos", "Contato") + """
<main>
<h1>Cetamina sublingual com acompanhamento psiquiátrico online</h1>
<p>Consulta por vídeo com psiquiatra (CRM ativo). Se houver indicação, você recebe receita digital para cetamina manipulada em farmácia parceira, com entrega em casa mediante assinatura.</p>
<h2>Planos</h2>
<p>Avaliação inicial: R$ 450. Plano mensal de acompanhamento: R$ 690, inclui duas consultas e mensagens com a equipe. O medicamento é pago diretamente à farmácia.</p>
<p>Responsável técnico: Dr. Renato Albuquerque Faria – CRM-SP 000000.</p>
</main>""" + foot("PsiqueOnline Serviços Médicos Ltda."), noise="cookie-pt")

p("h1126", "https://teleesprit.example/programme", "telehealth", False, "fr", "telehealth",
  "Programme | TéléEsprit",
  """<main>
<h1>Programme d'accompagnement à distance</h1>
<p>TéléEsprit réunit des psychiatres inscrits à l'Ordre des médecins du Québec. Après une évaluation par vidéo, certains patients adultes reçoivent une ordonnance de kétamine en comprimés sublinguaux, préparée par une pharmacie partenaire.</p>
<p>Chaque prise est précédée d'une mesure de la tension et suivie d'un questionnaire dans l'application. Votre psychiatre ajuste ou arrête le traitement au besoin.</p>
</main>""" + foot("TéléEsprit inc. · Montréal · 514 555-0133"), noise="cookie-fr")

# ================================================================== clinics (12)

p("h1127", "https://cedar-hollow-infusions.example/packages", "clinic", False, "en", "clinic-pricing",
  "Infusion packages | Cedar Hollow Infusion Center",
  nav("Home", "Conditions", "IV ketamine", "Spravato", "Packages", "Team", "Book") + """
<main>
<h1>Buy an infusion package</h1>
<div class="pkg"><h2>Initial series – 6 IV infusions</h2><p>$2,850 (save $450)</p><button>Add to cart</button></div>
<div class="pkg"><h2>Booster – single infusion</h2><p>$475</p><button>Add to cart</button></div>
<div class="pkg"><h2>Booster 3-pack</h2><p>$1,300</p><button>Add to cart</button></div>
<p>All infusions take place at our center on Maple Street, with an anesthesia provider and a registered nurse monitoring you throughout. A consultation with our medical director is required before your first infusion; packages are fully refundable if you are not a candidate.</p>
<p>Financing available through CareCredit. HSA/FSA accepted.</p>
</main>""" + foot("Cedar Hollow Infusion Center · 812 Maple St, Suite 4 · (555) 010-4432"))

PAD_CLINIC = """
<h2>What is Spravato?</h2>
<p>Spravato (esketamine) is a nasal spray approved for adults with treatment-resistant depression, used together with an oral antidepressant, and for depressive symptoms in adults with major depressive disorder with acute suicidal thoughts or behaviour. It can only be given at a healthcare setting certified under the Spravato REMS program.</p>
<h2>What happens at an appointment</h2>
<p>You arrive, we take your blood pressure, and you self-administer the spray under the direct observation of our nurse. You then rest in a private recliner while we monitor you for at least two hours. Most patients listen to music or rest with an eye mask. You will need someone to drive you home.</p>
<h2>Treatment schedule</h2>
<p>Induction: twice a week for four weeks. Maintenance: weekly for four weeks, then weekly or every two weeks depending on your response. Your psychiatrist reviews your progress regularly.</p>
<h2>Insurance</h2>
<p>Most commercial plans and Medicare cover Spravato after prior authorisation. Our benefits coordinator handles the paperwork and will tell you your expected costs before you start. The manufacturer's savings program may reduce copays for commercially insured patients.</p>
<h2>Side effects</h2>
<p>Dissociation, dizziness, nausea, sleepiness and increased blood pressure are common and usually fade during the observation period. Our staff are trained to respond if they don't.</p>
"""

p("h1128", "https://harborview-behavioral.example/spravato", "clinic", False, "en", "spravato-rems",
  "Spravato treatment | Harborview Behavioral Health",
  nav("About", "Services", "Spravato", "TMS", "Medication management", "Insurance", "Locations", "Patient portal") + """
<main>
<h1>Spravato® (esketamine) treatment center</h1>
<p class="lead">Harborview Behavioral Health is a certified Spravato REMS treatment center. Treatment is given in our office and every patient is observed by clinical staff.</p>
""" + PAD_CLINIC + """
<h2>Frequently asked questions</h2>
<p><b>Can I take Spravato at home?</b> No. Under the REMS program the spray stays at our center and every dose is given here.</p>
<p><b>Can I work afterwards?</b> You should not drive or operate machinery until the next day after a restful night's sleep.</p>
<p><b>Do I have to stop my antidepressant?</b> No – Spravato is used together with an oral antidepressant, which your psychiatrist will prescribe or continue.</p>
<p><b>How much does it cost without insurance?</b> Our self-pay team can give you a quote that includes the medication, the visit and the monitoring time.</p>
<h2>Getting started</h2>
<p>Your own psychiatrist can refer you, or you can request an evaluation with one of ours. Bring your insurance card and a list of antidepressants you have tried.</p>
<p><a class="button">Request an evaluation</a> · Call (555) 013-7720</p>
</main>""" + foot("Harborview Behavioral Health · 3 locations · Spravato is not dispensed for home use."), noise="cookie")

p("h1129", "https://oakline-kap.example/our-approach", "clinic", False, "en", "kap-practice",
  "Our approach | Oakline Ketamine-Assisted Psychotherapy",
  nav("Approach", "Team", "Fees", "Contact") + """
<main>
<h1>Ketamine-assisted psychotherapy at Oakline</h1>
<p>Oakline is a small group practice of two psychiatrists and three licensed therapists. Our medicine sessions take place in our office: after two preparation sessions, you receive an intramuscular dose from our physician and your therapist stays with you for the full two hours.</p>
<p>Between in-office sessions, some clients are prescribed a low-dose lozenge by our psychiatrist to use at home with a support person, followed by a video integration call the next day. Home dosing is an add-on to in-person care, never a replacement for it.</p>
<p>Fees: preparation session $180 · medicine session $650 · integration $160. Sliding-scale spots are available.</p>
</main>""" + foot("Oakline KAP · 44 Birch Row, Asheville · (555) 019-2210"))

p("h1130", "https://stmarguerite-hospital.example/psychiatry/interventional", "clinic", False, "en", "hospital",
  "Interventional Psychiatry Service – St. Marguerite University Hospital",
  nav("Find a doctor", "Locations", "Departments", "Patients & visitors", "Research", "Careers", "Give", "MyChart") + """
<main>
<div class="breadcrumb">Departments › Psychiatry › Interventional Psychiatry</div>
<h1>Interventional Psychiatry Service</h1>
<p>The service offers electroconvulsive therapy, transcranial magnetic stimulation, intravenous ketamine and esketamine nasal spray to adults with depression that has not responded to standard treatment.</p>
<h2>Referrals</h2>
<p>We accept referrals from psychiatrists and primary care physicians. Fax the referral form to (555) 014-9900.</p>
<h2>Location</h2>
<p>Pavilion B, 4th floor. Valet parking at the main entrance.</p>
<h2>Related</h2>
<ul><li>Mood Disorders Clinic</li><li>Clinical trials in depression</li><li>Support groups</li></ul>
</main>""" + foot("St. Marguerite University Hospital · Notice of nondiscrimination · Price transparency · Privacy"))

p("h1131", "https://clearpoint-ketamine.example/locations", "clinic", False, "en", "locations",
  "Locations | ClearPoint Ketamine Centers",
  nav("Treatments", "Locations", "Pricing", "Careers", "Book online") + """
<main>
<h1>Find a ClearPoint center</h1>
<ul class="locations">
<li><b>Denver – Cherry Creek</b><br>220 Fillmore St · (555) 011-3301 · IV ketamine, Spravato</li>
<li><b>Boulder</b><br>1401 Walnut St · (555) 011-3302 · IV ketamine</li>
<li><b>Colorado Springs</b><br>90 S Tejon St · (555) 011-3303 · IV ketamine, Spravato, KAP</li>
<li><b>Fort Collins</b><br>Opening spring 2027</li>
</ul>
<p>Every center is staffed by anesthesiologists or CRNAs and a registered nurse.</p>
</main>""")

p("h1132", "https://bluestem-wellness.example/iv-ketamine", "clinic", False, "en", "excerpt", "",
  """Our IV ketamine suite has four private rooms with zero-gravity recliners and continuous heart and oxygen monitoring. A nurse anesthetist is with you from the first drip until you're cleared to leave with your driver.""", ext="txt")

p("h1133", "https://summit-stillness.example/membership", "clinic", False, "en", "membership",
  "Maintenance membership | Summit Stillness Ketamine Clinic",
  nav("Home", "Infusions", "Membership", "Gift cards", "Contact") + """
<main>
<h1>Maintenance membership</h1>
<p>Finished your initial series with us? The membership keeps your booster infusions affordable.</p>
<ul><li>$99/month membership fee</li><li>Boosters at $350 instead of $495</li><li>One free integration coaching session per quarter</li></ul>
<p>All infusions are given in our clinic under medical supervision. Membership can be paused or cancelled any time.</p>
<h2>Gift cards</h2>
<p>Gift cards can be applied to consultations and infusions. <button>Buy a gift card</button></p>
</main>""" + foot("Summit Stillness · 17 Aspen Ct, Bend · (555) 018-6600"))

p("h1134", "https://clinica-alborada.example/unidad-ketamina", "clinic", False, "es", "service",
  "Unidad de ketamina y esketamina – Clínica Alborada",
  nav("La clínica", "Especialidades", "Unidad de ketamina", "Equipo", "Seguros", "Cita previa") + """
<main>
<h1>Unidad de ketamina y esketamina</h1>
<p>En nuestro hospital de día de Valencia administramos esketamina intranasal y perfusiones de ketamina a pacientes con depresión resistente, siempre bajo supervisión de psiquiatra y enfermería.</p>
<p>Tras cada sesión el paciente permanece en observación un mínimo de dos horas. No puede conducir ese día.</p>
<p>Trabajamos con las principales aseguradoras. Primera consulta: 120 €.</p>
<p>Pida cita en el 960 555 012 o a través del formulario.</p>
</main>""" + foot("Clínica Alborada · Av. del Puerto 00, Valencia"), noise="cookie-es")

p("h1135", "https://praxis-am-lindenplatz.example/esketamin", "clinic", False, "de", "practice",
  "Esketamin-Behandlung – Praxis am Lindenplatz",
  nav("Praxis", "Leistungen", "Esketamin", "Team", "Sprechzeiten", "Anfahrt") + """
<main>
<h1>Esketamin-Nasenspray in unserer Praxis</h1>
<p>Seit 2022 behandeln wir Patientinnen und Patienten mit therapieresistenter Depression mit Esketamin-Nasenspray. Die Anwendung erfolgt ausschließlich in unseren Praxisräumen; anschließend bleiben Sie mindestens zwei Stunden zur Beobachtung bei uns.</p>
<p>Die Kosten werden nach Prüfung in der Regel von der gesetzlichen Krankenkasse übernommen. Bitte bringen Sie eine Überweisung mit.</p>
<p>Sprechzeiten: Mo–Fr 8–13 Uhr, Di und Do 14–18 Uhr. Telefon 0221 555 0190.</p>
</main>""" + foot("Praxis am Lindenplatz · Fachärzte für Psychiatrie und Psychotherapie · Impressum · Datenschutz"), noise="cookie-de")

p("h1136", "https://chu-exemple.example/psychiatrie/centre-depression-resistante", "clinic", False, "fr", "hospital",
  "Centre expert dépression résistante – CHU",
  nav("Accueil", "Soins", "Services", "Psychiatrie", "Recherche", "Nous rejoindre") + """
<main>
<h1>Centre expert de la dépression résistante</h1>
<p>Le centre propose des bilans spécialisés et des traitements de deuxième ligne : stimulation magnétique transcrânienne, électroconvulsivothérapie, eskétamine par voie nasale et perfusions de kétamine en hôpital de jour.</p>
<p>Les soins sont réalisés par une équipe de psychiatres, d'anesthésistes et d'infirmiers. L'accès se fait sur adressage par votre psychiatre ou votre médecin traitant.</p>
<p>Secrétariat : 04 55 55 01 20, du lundi au vendredi.</p>
</main>""" + foot("CHU · Mentions légales · Accessibilité"), noise="cookie-fr")

p("h1137", "https://ggz-rivierenland-like.example/behandelingen/ketamine", "clinic", False, "nl", "service",
  "Ketaminebehandeling – GGZ Rivierland",
  nav("Home", "Hulp zoeken", "Behandelingen", "Locaties", "Verwijzers", "Werken bij") + """
<main>
<h1>Ketaminebehandeling bij depressie</h1>
<p>Bij onze polikliniek in Tiel kunt u, na verwijzing, behandeld worden met esketamine neusspray of ketamine-infusies. De behandeling vindt plaats op de afdeling, met een verpleegkundige en een psychiater in de buurt.</p>
<p>Na de behandeling blijft u minstens twee uur bij ons. U mag die dag niet zelf autorijden.</p>
<p>De behandeling wordt vergoed vanuit de basisverzekering; wel geldt uw eigen risico.</p>
</main>""" + foot("GGZ Rivierland · Telefoon 0344 555 010"), noise="cookie-nl")

p("h1138", "https://clinicaserena-sp.example/pacotes", "clinic", False, "pt", "clinic-pricing",
  "Pacotes de infusão | Clínica Serena",
  nav("Início", "Tratamentos", "Pacotes", "Equipe", "Agendar") + """
<main>
<h1>Pacotes de infusão de cetamina</h1>
<p>Protocolo inicial com 6 infusões endovenosas: R$ 9.600 (ou 10x sem juros). Sessão avulsa de manutenção: R$ 1.800.</p>
<p>Todas as sessões acontecem na clínica, em São Paulo, com anestesiologista e monitorização contínua. Antes do pacote é obrigatória a consulta com nosso psiquiatra.</p>
<p><button>Comprar pacote</button> <button>Agendar consulta</button></p>
</main>""" + foot("Clínica Serena · Rua Exemplo, 000 – Pinheiros · (11) 5555-0120 · Diretor técnico: Dr. Caio Menezes, CRM-SP 000000"), noise="cookie-pt")

# ================================================================== informational (12)

p("h1139", "https://courier-gazette.example/news/2026/11/telegram-ketamine-ring", "informational", False, "en", "news",
  "Three charged after police say ketamine ring took orders on Telegram",
  nav("News", "Local", "Crime", "Politics", "Sports", "Opinion", "Subscribe") + """
<main><article>
<h1>Three charged after police say ketamine ring took orders on Telegram</h1>
<p class="byline">By staff reporter · Nov. 28, 2026</p>
<p>Three men appeared in court Friday accused of running a delivery service that sold ketamine and cocaine through a Telegram channel with about 4,000 subscribers.</p>
<p>According to the charging documents, customers picked from a menu posted in the channel – ketamine at $35 a gram, or $250 for ten – and paid through a cash app or in cryptocurrency. Drivers then dropped the drugs at an address within the hour.</p>
<p>Officers seized about 3 kilograms of ketamine, 400 grams of cocaine and $61,000 in cash from a storage unit, police said. Defense attorneys declined to comment.</p>
<p>The case is one of several this year involving ketamine sold over messaging apps, according to the county prosecutor's office.</p>
</article></main>""" + foot("© 2026 Courier Gazette · Terms · Privacy"), noise="cookie")

p("h1140", "https://justice-like.example/usao/pr/online-pharmacy-operator-sentenced", "informational", False, "en", "press-release",
  "Online pharmacy operator sentenced for shipping ketamine without prescriptions",
  """<main>
<h1>Online Pharmacy Operator Sentenced for Shipping Ketamine Without Prescriptions</h1>
<p><b>FOR IMMEDIATE RELEASE</b></p>
<p>A 41-year-old man was sentenced today to 70 months in federal prison for operating websites that sold ketamine vials, esketamine nasal devices and other controlled substances to customers across the country without valid prescriptions.</p>
<p>According to court documents, customers filled out a short online form and paid with cryptocurrency or gift cards. The defendant shipped the drugs from a residence in packages labelled as cosmetics. Investigators made undercover purchases of Ketalar vials for $140 each.</p>
<p>"Buying controlled substances from websites like these is not healthcare," the U.S. Attorney said. The case was investigated by the DEA and the FDA Office of Criminal Investigations.</p>
</main>""")

p("h1141", "https://safer-nights.example/drugs/ketamine", "informational", False, "en", "harm-reduction",
  "K (ketamine) – Safer Nights",
  nav("Drugs A–Z", "Mixing", "Festivals", "Test your drugs", "Get support") + """
<main>
<h1>K / ket / ketamine</h1>
<p>Ketamine is a dissociative. It's usually sold as white crystals or powder and snorted, and a gram often costs somewhere between £20 and £40 depending on where you are.</p>
<h2>If you're going to use it</h2>
<ul>
<li>Start with a small bump and wait at least 20–30 minutes before taking more. It's easy to go from "fuzzy" to a k-hole.</li>
<li>Don't mix with alcohol, GHB/GBL, opioids or benzos – together they can stop your breathing.</li>
<li>Sit or lie down somewhere safe, with a sober friend. Falls and drowning are real risks.</li>
<li>Use your own straw and crush it fine to protect your nose.</li>
<li>Get it tested – drug checking services have found other substances sold as K.</li>
</ul>
<h2>Your bladder</h2>
<p>Regular use can seriously damage the bladder. Pain when peeing, needing to go all the time, or blood in your pee mean you should stop and see a doctor.</p>
<p>We don't judge and we don't sell anything. Free, confidential chat: 0800 555 0101.</p>
</main>""")

PAD_REHAB = """
<p>Ketamine misuse often starts socially – at parties, festivals or after-hours gatherings – and can turn into daily use surprisingly fast, because tolerance builds quickly and people need more to reach the same state. Some of the people we treat first met ketamine as a prescribed medicine and later began buying it elsewhere.</p>
<h2>Signs that use has become a problem</h2>
<ul><li>Using more often or in larger amounts than planned</li><li>Bladder pain, frequent urination or blood in the urine</li><li>Abdominal pain known as "K cramps"</li><li>Memory problems and low mood between uses</li><li>Spending a lot of money or time getting ketamine</li></ul>
<h2>Our residential program</h2>
<p>Our 30-, 60- and 90-day programs combine medical monitoring, individual therapy, group therapy, family sessions and urology referrals where needed. Because ketamine withdrawal is mostly psychological, the first days focus on sleep, mood and cravings.</p>
<h2>After treatment</h2>
<p>Every client leaves with an aftercare plan: outpatient therapy, peer support groups, and alumni events.</p>
<h2>Medical detox and withdrawal</h2>
<p>Stopping ketamine after heavy use can bring anxiety, depression, poor sleep, irritability and strong cravings. These symptoms are rarely dangerous physically, but they are a common reason people relapse in the first week. Our medical team monitors sleep, mood and blood pressure and treats bladder and abdominal symptoms.</p>
<h2>Co-occurring conditions</h2>
<p>Many people who misuse ketamine also live with depression, anxiety or trauma. Our psychiatrists assess for these at admission and build treatment for them into the program, because treating the substance use alone rarely works.</p>
<h2>Family program</h2>
<p>Weekend family workshops help loved ones understand addiction, set healthy boundaries and prepare for the return home.</p>
<h2>Insurance</h2>
<p>We are in-network with many major insurers. Verify your benefits online in two minutes, confidentially.</p>
"""

p("h1142", "https://pinecrest-recovery.example/ketamine-addiction-treatment", "informational", False, "en", "rehab",
  "Ketamine Addiction Treatment | Pinecrest Recovery Center",
  nav("Programs", "Detox", "Residential", "Outpatient", "What we treat", "Insurance", "Admissions") + """
<main>
<h1>Ketamine addiction treatment</h1>
<p class="lead">Call 24/7: (555) 016-4000 · Admissions today</p>
""" + PAD_REHAB + """
<p><a class="button">Verify insurance</a> <a class="button">Start admission</a></p>
</main>""" + foot("Pinecrest Recovery Center is licensed by the state department of health and accredited by a national accreditation body."), noise="cookie")

p("h1143", "https://discussboard-like.example/r/TRD/comments/kx81/clinic_vs_home", "informational", False, "en", "forum", "",
  """r/TRD · Posted by u/gravelroad_22

IV clinic vs at-home lozenges – real costs?

I've done 6 infusions at a clinic near me, paid $450 each out of pocket. Insurance won't touch it. Thinking of switching to one of the telehealth companies for maintenance, anyone know rough costs?

  u/saltmarsh_m: I pay around $200/month through a telehealth place, video visit with a NP every month. Works ok for me but the infusions hit harder.
  u/northernfen: Spravato was covered for me after prior auth, copay $40. You have to sit there for 2 hours though.
  u/gravelroad_22: Anyone tried those sites that sell it without a doctor? saw one offering vials for like $100
  u/saltmarsh_m: please don't. zero idea what you're getting, and people have been arrested over those sites. also no one watching your BP.
  u/AutoModerator: Reminder: sourcing discussion is not allowed here. Posts linking to sellers will be removed.""", ext="txt")

p("h1144", "https://brookside-compounding.example/ketamine-troches", "informational", False, "en", "compounding",
  "Ketamine troches & nasal spray | Brookside Compounding Pharmacy",
  nav("Home", "Services", "For prescribers", "For patients", "Refill", "Shop OTC", "Contact") + """
<main>
<h1>Compounded ketamine for prescribers and their patients</h1>
<p>Brookside is a state-licensed 503A compounding pharmacy. We prepare ketamine troches, rapid-dissolve tablets and nasal sprays on receipt of a valid prescription from a licensed practitioner.</p>
<p>Typical patient cost: 30 troches 100 mg – $85 to $140 depending on strength. We ship to patients in 19 states by signature-required courier.</p>
<p>We do not fill prescriptions from prescribers we cannot verify, and we never dispense controlled substances without a prescription.</p>
<p><a class="button">Order a refill</a> <a class="button">Prescriber portal</a></p>
</main>""" + foot("Brookside Compounding Pharmacy · PCAB accredited · Pharmacist in charge: Lena Morrow, PharmD"))

p("h1145", "https://openmed-encyclopedia.example/wiki/Esketamine", "informational", False, "en", "encyclopedia",
  "Esketamine – OpenMed Encyclopedia",
  nav("Main page", "Contents", "Random article", "About", "Log in") + """
<main>
<h1>Esketamine</h1>
<table class="infobox">
<tr><th>Trade names</th><td>Spravato, Ketanest (injection, some countries)</td></tr>
<tr><th>Routes</th><td>Intranasal, intravenous</td></tr>
<tr><th>Legal status</th><td>US: Schedule III · UK: Class B · DE: Anlage III BtMG · Rx-only</td></tr>
<tr><th>Drug class</th><td>NMDA receptor antagonist; general anaesthetic; antidepressant</td></tr>
</table>
<p><b>Esketamine</b> is the S(+) enantiomer of ketamine. It is used as a general anaesthetic and, as a nasal spray, for treatment-resistant depression in adults. It is about twice as potent as racemic ketamine at the NMDA receptor.</p>
<h2>Medical uses</h2>
<p>In depression it is given together with an oral antidepressant. Because of the risk of sedation, dissociation and misuse, the nasal spray is supplied only to certified healthcare settings and patients are observed after each dose. It is not dispensed to patients to take home.</p>
<h2>Adverse effects</h2>
<p>Dissociation, dizziness, nausea, sedation, vertigo, hypoaesthesia, anxiety, lethargy, increased blood pressure, vomiting and feeling drunk are the most frequently reported effects in trials.</p>
<h2>Pharmacology</h2>
<p>Esketamine is a non-competitive antagonist of the NMDA receptor. It is metabolised mainly by CYP2B6 and CYP3A4 to noresketamine. Intranasal bioavailability is about 48%.</p>
<h2>History</h2>
<p>Esketamine was introduced as an anaesthetic in Germany in 1997. The nasal spray for depression was approved in the United States in 2019 and in the European Union later that year.</p>
<h2>Society and culture</h2>
<p>Cost has been a point of debate; in the US the wholesale price of a month of induction treatment was several thousand dollars at launch. Websites claiming to sell esketamine nasal devices for home use without a prescription have been the subject of regulatory warnings.</p>
<h2>Recreational use</h2>
<p>Racemic ketamine, sold illicitly as "K" or "Special K", is used recreationally; esketamine itself is rarely found on illicit markets.</p>
<h2>Regulation</h2>
<p>In the United States the nasal spray is subject to a Risk Evaluation and Mitigation Strategy (REMS): the spray is dispensed only to certified treatment centers, patients are enrolled in a registry, and each dose is administered under supervision with at least two hours of monitoring. In the European Union the product information requires administration under the supervision of a healthcare professional. Several countries restrict the injectable form to hospital use.</p>
<h2>Research</h2>
<p>Trials have examined esketamine for suicidal ideation, bipolar depression, postpartum depression and as an adjunct in anaesthesia. A head-to-head trial against quetiapine augmentation reported higher remission rates with esketamine at eight weeks. Comparisons with intravenous racemic ketamine have been mostly indirect.</p>
<h2>See also</h2>
<ul><li>Ketamine</li><li>Arketamine</li><li>Treatment-resistant depression</li></ul>
<h2>References</h2>
<ol><li>Review of intranasal esketamine trials, journal of psychiatry, 2020.</li><li>Product labelling, 2025 revision.</li></ol>
</main>""" + foot("Text is available under a Creative Commons licence. This page was last edited on 2 December 2026."))

p("h1146", "https://health-agency-like.example/safety/compounded-ketamine-online-warning", "informational", False, "en", "government",
  "Safety communication: risks of compounded ketamine bought online",
  nav("Home", "Drugs", "Safety", "Recalls", "News", "About us") + """
<main>
<h1>Risks of compounded ketamine products obtained online</h1>
<p>The agency is warning patients and health care professionals about potential risks of compounded ketamine products, including oral formulations, obtained from telemedicine platforms and online sources for psychiatric disorders.</p>
<p>Compounded drugs are not reviewed for safety or effectiveness. Ketamine used at home without monitoring by a health care provider may cause sedation, dissociation, elevated blood pressure, respiratory depression and abuse.</p>
<p>Consumers should be wary of websites that offer ketamine or esketamine without a prescription, that do not require an exam, or that ship controlled substances internationally. Report suspicious sites to the agency's online reporting program.</p>
</main>""" + foot("An official website of the government · Accessibility · FOIA"))

p("h1147", "https://diario-levante-like.example/sucesos/2026/10/red-ketamina-telegram", "informational", False, "es", "news",
  "Desarticulada una red que vendía ketamina por Telegram en Alicante",
  nav("Portada", "Comunitat", "Sucesos", "Economía", "Deportes", "Suscríbete") + """
<main><article>
<h1>Desarticulada una red que vendía ketamina por Telegram en Alicante</h1>
<p>La Policía Nacional ha detenido a cinco personas acusadas de distribuir ketamina, cocaína rosa y éxtasis a través de un canal de Telegram. Según los investigadores, el gramo de ketamina se vendía a 30 euros y los pedidos se pagaban con Bizum o criptomonedas.</p>
<p>Los agentes intervinieron 1,2 kilos de ketamina, básculas de precisión y 18.000 euros en efectivo. El juzgado ha decretado prisión provisional para dos de los detenidos.</p>
</article></main>""" + foot("© Diario · Aviso legal · Política de cookies"), noise="cookie-es")

p("h1148", "https://kanzlei-btm-recht.example/ketamin-bestellt-post-vom-zoll", "informational", False, "de", "law",
  "Ketamin im Internet bestellt – Post vom Zoll? | Kanzlei für BtM-Recht",
  nav("Kanzlei", "Strafrecht", "Betäubungsmittelrecht", "Zollstrafverfahren", "Kontakt") + """
<main>
<h1>Ketamin online bestellt und jetzt Post vom Zoll?</h1>
<p>Immer mehr Mandanten melden sich bei uns, weil eine Sendung mit Ketamin oder Esketamin aus dem Ausland beim Zoll hängen geblieben ist. Ketamin unterliegt in Deutschland dem Arzneimittelgesetz, Esketamin dem Betäubungsmittelgesetz. Wer ohne Verschreibung bestellt, riskiert ein Ermittlungsverfahren.</p>
<p>Machen Sie keine Angaben gegenüber Polizei oder Zoll, bevor Sie mit einem Anwalt gesprochen haben. Häufig kann das Verfahren bei Ersttätern und geringen Mengen eingestellt werden.</p>
<p>Erstberatung telefonisch: 030 555 0144.</p>
</main>""" + foot("Rechtsanwaltskanzlei · Impressum · Datenschutz"), noise="cookie-de")

p("h1149", "https://revue-psy-like.example/articles/ketamine-depression-meta-analyse", "informational", False, "fr", "research",
  "Kétamine et dépression résistante : ce que disent les essais",
  """<main><article>
<h1>Kétamine et dépression résistante : ce que disent les essais</h1>
<p class="resume">Résumé — Nous avons analysé 31 essais contrôlés randomisés comparant la kétamine intraveineuse ou l'eskétamine intranasale à un placebo ou à un comparateur actif chez l'adulte souffrant de dépression résistante.</p>
<p>À 24 heures, la kétamine IV était associée à un taux de réponse nettement supérieur au placebo. L'effet de l'eskétamine était plus modeste. Après une semaine, les différences diminuaient et les données au-delà de quatre semaines restaient limitées.</p>
<p>Les auteurs soulignent l'absence de données sur l'usage à domicile et les risques d'usage détourné, et recommandent une surveillance médicale systématique.</p>
<p>Mots-clés : kétamine ; eskétamine ; dépression résistante ; méta-analyse</p>
</article></main>""")

p("h1150", "https://drugsinfo-like.example/drugs/ketamine", "informational", False, "nl", "reference",
  "Ketamine – Drugsinfo",
  nav("Drugs A-Z", "Combineren", "Testen", "Hulp", "Vragen") + """
<main>
<h1>Ketamine</h1>
<p>Ketamine (ook: K, keta, special K) is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Op straat kost een gram meestal tussen de 20 en 40 euro.</p>
<h2>Effecten</h2>
<p>In een lage dosis voel je je dronken en losgekoppeld van je lichaam. Bij een hogere dosis kun je in een 'K-hole' raken: je kunt je niet meer bewegen en verliest het contact met de omgeving.</p>
<h2>Risico's</h2>
<p>Vaak gebruik kan blaasschade geven. Combineren met alcohol of GHB is gevaarlijk. Ketamine valt in Nederland onder de Geneesmiddelenwet; verkopen zonder vergunning is strafbaar.</p>
<p>Vragen? Bel de infolijn 0900 555 0101 (werkdagen).</p>
</main>""", noise="cookie-nl")

save(OUT, R)
print(len(R), "pages")
