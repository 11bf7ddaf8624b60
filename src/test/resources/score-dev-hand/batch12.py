# Batch 12 of the hand-written dev set: 40 tuning pages, written 2026-12-06 by an author who had not
# seen the scorer's rules, vocabulary or any measurement, and committed before the scorer was run on
# them. Mix: 13 sellers, 8 telehealth, 10 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt.
# Shapes differ from batch 11: seller about-us, shipping-policy, cart, reviews and blog pages, a
# maintenance page, a spam message, a B2B listing, a Telegram channel menu; telehealth quiz, cart,
# state list, terms, referral and app-store pages; clinic forms, team, blog, pain-clinic and contact
# pages; study recruitment, red-flag guides, a podcast transcript, an insurer policy, news, forums.
# Run: python3 batch12.py (writes batch12/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch12")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def menu(*items):
    return '<div class="topbar">' + " | ".join(items) + "</div>"

def bottom(*lines):
    return '<div class="site-footer">' + "<br>".join(lines) + "</div>"

# ================================================================== sellers (13)

p("h1201", "https://anesthochem-global.example/about-us", "seller", True, "en", "about",
  "About Us – AnesthoChem Global",
  menu("HOME", "PRODUCTS", "ABOUT US", "SHIPPING", "TESTIMONIALS", "CONTACT") + """
<section>
<h1>Who we are</h1>
<p>AnesthoChem Global was founded in 2014 by a team of pharmacists and chemists who were tired of seeing patients and researchers priced out of essential anesthetic medicines. From our partner laboratory in Asia we supply pharmaceutical-grade ketamine hydrochloride – as powder, crystal and injectable solution – to private buyers, labs and clinics in more than 40 countries.</p>
<p>Every batch is produced under GMP conditions and checked by HPLC before dispatch. We publish the certificate of analysis for each lot on request.</p>
<h2>Why customers choose us</h2>
<ul>
<li><b>No paperwork.</b> We believe access should not depend on bureaucracy. Prescriptions and licenses are not required.</li>
<li><b>Privacy first.</b> Your details are deleted 30 days after delivery. We never write the contents on the parcel.</li>
<li><b>Guaranteed delivery.</b> If customs keep your order, we reship free of charge, once.</li>
<li><b>Flexible payment.</b> Bitcoin, Ethereum, USDT, bank transfer and Remitly.</li>
</ul>
<h2>Our mission</h2>
<p>We want every adult to have the freedom to choose their own path to wellbeing, whether that is relief from pain, from depression, or simply a new perspective. Thousands of repeat customers trust us to deliver on that promise.</p>
<p>Speak to an agent on WhatsApp: +1 (555) 017-9034, available 24/7.</p>
</section>""" + bottom("© 2014–2026 AnesthoChem Global", "Products are sold for research and veterinary purposes."))

p("h1202", "https://kfriendly.example/shipping-and-stealth", "seller", True, "en", "shipping-policy",
  "Shipping & Stealth",
  menu("Shop", "Shipping", "FAQ", "Track") + """
<section>
<h1>Shipping &amp; stealth</h1>
<p>Every order is weighed, vacuum-sealed twice and placed inside an ordinary-looking item (a greeting card, a phone case box, a book). The label carries a real-looking return address of a small online store.</p>
<p><b>Domestic (US):</b> USPS Priority, 2–4 days, tracking sent by encrypted message.<br>
<b>Europe &amp; UK:</b> dispatched from inside the EU, 3–6 days.<br>
<b>Australia &amp; Canada:</b> 10–18 days, higher risk, reship at 50%.</p>
<p>Don't sign for a package you don't expect, and never use your work address. If your package is late, wait 10 business days before contacting us.</p>
<p>Your K is only released from our warehouse after payment has 3 confirmations.</p>
</section>""")

p("h1203", "https://ket-depot.example/cart", "seller", True, "en", "checkout",
  "Your cart – Ket Depot",
  """<section>
<h1>Your cart</h1>
<table>
<tr><th>Item</th><th>Qty</th><th>Price</th></tr>
<tr><td>Ketamine HCl – crystal, 10 g</td><td>1</td><td>$410.00</td></tr>
<tr><td>Scale 0.001g (free with orders over $300)</td><td>1</td><td>$0.00</td></tr>
</table>
<p>Shipping: Stealth Express – $30.00<br>Subtotal: $440.00</p>
<p>Pay with: (•) Bitcoin (−10%) ( ) Monero (−12%) ( ) Cash by mail</p>
<p><input type="checkbox"> I confirm I am 18+ and purchase at my own risk.</p>
<button>Proceed to payment</button>
</section>""")

p("h1204", "https://specialk-express.example/reviews", "seller", True, "en", "reviews",
  "Customer reviews – SK Express",
  menu("Home", "Products", "Reviews", "How to order") + """
<section>
<h1>What our customers say</h1>
<div class="review">★★★★★ <b>Danny R., Ohio</b> – "third order now. came in 2 days, stealth was perfect, the shards are legit. good for the weekend 🤙"</div>
<div class="review">★★★★★ <b>Jess</b> – "way cheaper than the clinic near me charges for one infusion lol. I do my own 'therapy' now"</div>
<div class="review">★★★★☆ <b>anon</b> – "package was stuck a week but they reshipped. product is strong, go slow"</div>
<div class="review">★★★★★ <b>Marco, Toronto</b> – "international worked fine. paid in btc, tracking arrived on telegram"</div>
<p><a class="button">Order now</a></p>
</section>""" + bottom("SK Express – reviews are verified by order number"))

p("h1205", "https://homeketa-solutions.example/blog/at-home-ketamine-without-clinic", "seller", True, "en", "seller-blog",
  "How to use ketamine at home for depression (no clinic needed) – HomeKeta Solutions",
  menu("Blog", "Shop lozenges", "Shop nasal spray", "Dosage guide", "About") + """
<article>
<h1>How to use ketamine at home for depression – no clinic needed</h1>
<p class="meta">Posted by Team HomeKeta · 12 min read</p>
<p>If you have read about ketamine for depression, you have probably also read about the price: infusion clinics charge anywhere from four hundred to eight hundred dollars per session, and a first series often costs several thousand. Many people simply cannot afford that, and many live hours away from the nearest clinic.</p>
<p>The good news is that ketamine is a remarkably forgiving medicine when used sensibly. In this guide we walk through everything you need to know to run your own home protocol safely.</p>
<h2>A short history</h2>
<p>Ketamine has been used in operating rooms since 1970 and on battlefields since the Vietnam War. It is cheap, stable at room temperature and does not suppress breathing at ordinary doses, which is why it remains one of the most widely used anaesthetics in the world. In 2000 a small study at a university hospital noticed that depressed patients felt dramatically better the day after a low-dose infusion, and two decades of research followed.</p>
<h2>Why home use makes sense</h2>
<p>Depression doesn't keep office hours. The people who need help most are often the least able to take a half day off work, arrange a driver, and sit in a clinic waiting room. A familiar, safe environment – your own bed, your own music – is exactly what many therapists recommend for a good session anyway.</p>
<p>Of course, home use means taking responsibility. Read this guide to the end before you start, and keep your first sessions gentle.</p>
<h2>Step 1: Choose your form</h2>
<p>There are three practical options at home. <b>Lozenges</b> (troches) are held in the mouth for 10–15 minutes and are the easiest to dose. <b>Nasal spray</b> acts faster and is closer to the esketamine spray used in clinics. <b>Powder</b> can be weighed out with a milligram scale and dissolved in water, but requires more care.</p>
<h2>Step 2: Find your dose</h2>
<p>Most home users start around 100 mg by lozenge, or 25–50 mg intranasally, and increase by 25 mg each session until they reach a gentle dissociation. Keep a journal so you can track what works.</p>
<h2>Step 3: Set up your space</h2>
<p>Dim lighting, an eye mask, headphones and a pre-made playlist of instrumental music. Lie down. Have water nearby. It's nice, but not necessary, to have a friend in the house.</p>
<h2>Step 4: Frequency</h2>
<p>Twice a week for the first three weeks works well for most people, then once a week or as needed. If you notice you're wanting it every day, take a week off.</p>
<h2>Step 5: Integrate</h2>
<p>The hours after a session are a window of openness. Journal, walk, talk to someone you trust. Many people find their best insights arrive the following morning.</p>
<h2>Is it legal?</h2>
<p>Laws vary. We ship from a jurisdiction where our products can be sold as research preparations, and it is each customer's responsibility to know their local rules.</p>
<h2>Where to get it</h2>
<p>Our lozenges (100 mg × 20, $129) and nasal spray (10 ml, 100 mg/ml, $159) are made in a clean lab and shipped in discreet packaging. There's no appointment and no prescription – just fill out a short wellness form at checkout and we'll send your order within 24 hours.</p>
<p><a class="button">Shop lozenges</a> <a class="button">Shop nasal spray</a></p>
<h2>Frequently asked questions</h2>
<p><b>Do I need a doctor?</b> Not to order from us, but it's always a good idea to tell your doctor what you take.</p>
<p><b>Can I combine it with my antidepressant?</b> Many of our customers do. Avoid alcohol and benzodiazepines on session days.</p>
<p><b>Will it show up on a drug test?</b> Standard workplace panels don't test for it, but extended panels can.</p>
<p><b>How should I store it?</b> In a cool, dry place out of reach of children and pets. Lozenges keep for about a year.</p>
<p><b>How do I pay?</b> Card payments are processed through our partner as "wellness products". We also accept crypto with a 10% discount.</p>
</article>""" + bottom("The content of this blog is not medical advice.", "© HomeKeta Solutions"), noise="cookie")

p("h1206", "https://resale-market.example/listing/5531902", "seller", True, "en", "marketplace",
  "Spravato 84mg kit – unopened – Resale Market",
  """<section>
<div class="crumbs">Health &amp; Beauty › Medicine › Other</div>
<h1>Spravato 84mg kit (3 x 28mg devices) – unopened, sealed</h1>
<p class="price">$450 · or best offer</p>
<p>Leftover from my clinic treatment, they let me take the extra kit home. Never opened, expiry 09/2027. Will ship USPS in a padded box, or local pickup.</p>
<p>Seller: <b>treasure_trove_88</b> (41 sales, 98% positive) · Usually ships within 1 day</p>
<button>Buy it now</button> <button>Make offer</button> <button>Message seller</button>
</section>""")

p("h1207", "https://buy-ket-online.example/", "seller", True, "en", "maintenance",
  "Site under maintenance",
  """<section style="text-align:center">
<h1>We'll be back soon</h1>
<p>Our store is being upgraded. Existing customers can still place orders through our Telegram bot: <b>@ketonline_orderbot</b></p>
</section>""")

p("h1208", "https://mail-archive-like.example/spam/2026-11/msg00412", "seller", True, "en", "spam-email", "",
  """From: "Pharma Direct" <sales@pharmadirect-mail.example>
Subject: Re: your inquiry – weekly stock update

Hello valued customer,

This week in stock: Ketalar 50mg/ml 10ml (sealed) / Spravato 28mg devices / Oxycodone 30mg / Xanax 2mg bars / Adderall 30mg.
No Rx needed. Ship discreet worldwide, 100% guaranteed delivery.
Payment: BTC / Zelle / Cash App / gift cards.
Reply to this email or text 555-0188 with your order list.

Regards,
Sales Team""", ext="txt")

p("h1209", "https://chem-b2b-portal.example/offer/ketamine-hcl-cas-1867-66-9", "seller", True, "en", "b2b-listing",
  "Ketamine HCl CAS 1867-66-9 – manufacturer direct – Chem B2B Portal",
  menu("Buyers", "Suppliers", "Post RFQ", "Trade Assurance", "Sign in") + """
<section>
<h1>High purity Ketamine hydrochloride CAS 1867-66-9 white crystalline powder</h1>
<table>
<tr><td>FOB price</td><td>US $200–450 / kg</td></tr>
<tr><td>Min. order</td><td>1 kg</td></tr>
<tr><td>Supply ability</td><td>500 kg per month</td></tr>
<tr><td>Purity</td><td>99.8%</td></tr>
<tr><td>Packing</td><td>foil bag / customized, "safe delivery to door"</td></tr>
</table>
<p>Supplier: Jinfeng Example Biotech Trading Co. · Gold member 6 years</p>
<p>Sample available. 100% customs pass to USA, Canada, Australia, Mexico, Europe. Contact Sara: Telegram/WhatsApp +86 555 0100 2233.</p>
<button>Contact supplier</button> <button>Start order</button>
</section>""")

p("h1210", "https://anestesicos-mx.example/producto/ketamina-frasco-50ml", "seller", True, "es", "product",
  "Ketamina frasco 50 ml uso veterinario – Anestésicos MX",
  menu("Inicio", "Veterinaria", "Anestésicos", "Envíos", "Formas de pago", "Contacto") + """
<section>
<h1>Ketamina 1000 mg / 10 ml – frasco ámpula (presentación de 50 ml disponible)</h1>
<p class="precio">$1,450 MXN · 3 frascos $3,900 MXN</p>
<p>Producto original, sellado, con lote y caducidad. <b>No pedimos receta ni cédula</b>.</p>
<p>Envíos a toda la República por paquetería en caja sin logotipos; CDMX y Guadalajara entrega el mismo día.</p>
<p>Pagos: depósito en OXXO, transferencia SPEI o USDT.</p>
<button>Comprar</button>
</section>""" + bottom("Anestésicos MX · Atención por WhatsApp 55 5555 0199"), noise="cookie-es")

p("h1211", "https://t-me-like.example/s/berlinmenu24", "seller", True, "de", "telegram-channel", "",
  """🔥 BERLIN MENÜ 🔥 aktualisiert heute 18:00

💎 Keta (Kristall, Nadeln) 1g 25€ | 5g 110€ | 10g 200€
💊 Teile 4 Stk 30€
❄️ Schnee (90%) 1g 80€

🚗 Lieferung in alle Bezirke 30–60 min, ab 50€
📦 Postversand DE/AT, ab 3g, neutral verpackt

Bestellen nur per Bot oder DM. Keine Anrufe.
Bezahlung bar bei Übergabe oder BTC bei Post.""", ext="txt")

p("h1212", "https://kdirect-fr.example/faq", "seller", True, "fr", "faq",
  "Questions fréquentes – K Direct",
  menu("Boutique", "FAQ", "Livraison", "Contact") + """
<section>
<h1>Questions fréquentes</h1>
<p><b>Faut-il une ordonnance&nbsp;?</b><br>Non. Vous commandez directement sur le site, sans consultation.</p>
<p><b>Comment le produit est-il emballé&nbsp;?</b><br>Sous vide, dans un colis neutre, sans aucune mention de notre boutique.</p>
<p><b>Quels moyens de paiement&nbsp;?</b><br>Crypto (BTC, XMR), Transcash, ou virement instantané.</p>
<p><b>Livrez-vous en Belgique et en Suisse&nbsp;?</b><br>Oui, en 3 à 6 jours ouvrés. La Suisse est plus risquée&nbsp;: pas de réexpédition.</p>
<p><b>Quelle quantité minimum&nbsp;?</b><br>2 grammes.</p>
</section>""", noise="cookie-fr")

p("h1213", "https://mercado-like.example/anuncio/cetamina-10ml-frasco", "seller", True, "pt", "marketplace",
  "Cetamina 10ml frasco lacrado – Mercado",
  """<section>
<h1>Cetamina 10% 10ml – frasco lacrado – envio imediato</h1>
<p class="preco">R$ 189,90 · Frete grátis</p>
<p>Vendedor: <b>VETPRIME_OFICIAL</b> · +500 vendidos</p>
<p>Pronta entrega. Não precisa de receita. Enviamos para todo o Brasil, embalagem discreta sem identificação.</p>
<p>Perguntas: "vende pra pessoa física?" – Resposta: "sim, só finalizar a compra 😉"</p>
<button>Comprar agora</button>
</section>""", noise="cookie-pt")

# ================================================================== telehealth (8)

p("h1214", "https://brightwell-care.example/quiz", "telehealth", False, "en", "quiz",
  "See if ketamine therapy could be right for you | Brightwell",
  """<section>
<h1>Could at-home ketamine therapy help you?</h1>
<p>Answer 12 quick questions about your mood, your history and your health. This helps us decide whether to book you a video appointment with a Brightwell psychiatric clinician – it doesn't replace one, and it doesn't mean you'll be prescribed anything.</p>
<ol><li>Over the last two weeks, how often have you felt down, depressed or hopeless?</li>
<li>How many antidepressants have you tried?</li>
<li>Have you ever been diagnosed with bipolar disorder or psychosis?</li>
<li>Do you have high blood pressure?</li></ol>
<button>Continue</button>
<p class="fine">Brightwell clinicians are licensed in the state where you live. Brightwell Medical Group, PC.</p>
</section>""")

p("h1215", "https://tidewaterhealth.example/checkout", "telehealth", False, "en", "checkout",
  "Checkout – Tidewater Health",
  """<section>
<h1>Order summary</h1>
<p><b>At-Home Ketamine Program – first month</b> ........ $245.00</p>
<p>Includes psychiatric evaluation (video), up to 6 prescribed doses, blood pressure monitor, and 2 follow-up visits.</p>
<p class="note">Medication ships only after your Tidewater prescriber approves treatment. If you're not a candidate, we refund the program fee minus $60 for the evaluation.</p>
<p>Promo code: <input> <button>Apply</button></p>
<p>Total due today: $245.00</p>
<button>Complete purchase</button>
</section>""" + bottom("Secure checkout · Tidewater Health Medical Group · HSA/FSA eligible"))

p("h1216", "https://nuvia-mind.example/where-we-practice", "telehealth", False, "en", "nav",
  "Where we practice | Nuvia Mind",
  menu("How it works", "Conditions", "Where we practice", "Pricing", "Clinicians", "Resources", "Log in", "Get started") + """
<section>
<h1>Where we practice</h1>
<p>Nuvia Mind's licensed clinicians currently see patients in:</p>
<ul><li>Arizona</li><li>California</li><li>Colorado</li><li>Florida</li><li>Illinois</li><li>Massachusetts</li><li>New York</li><li>Texas</li><li>Washington</li></ul>
<p>Don't see your state? <a>Join the waitlist</a>.</p>
</section>""" + bottom("About", "Careers", "Press", "Privacy", "Terms", "Nuvia Mind Medical, P.C. – clinical services; Nuvia Inc. – technology and administrative services"))

p("h1217", "https://solace-athome.example/terms", "telehealth", False, "en", "terms",
  "Terms of Service – Solace",
  """<section>
<h1>Terms of Service (excerpt)</h1>
<p><b>4. Medical services.</b> Clinical services are provided by independent licensed practitioners of Solace Medical, P.A. Any prescription, including for ketamine, is issued solely at the discretion of your practitioner following an evaluation. Completing an intake form or paying a fee does not guarantee a prescription.</p>
<p><b>5. Controlled substances.</b> You agree to use prescribed medication only as directed, not to share or sell it, to store it securely, and to attend required follow-up visits. Your practitioner may discontinue treatment at any time.</p>
<p><b>6. Pharmacy.</b> Prescriptions are sent to a licensed pharmacy of your choice or to one of our partner pharmacies. Solace does not itself dispense medication.</p>
</section>""")

p("h1218", "https://alderglow.example/refer", "telehealth", False, "en", "referral",
  "Refer a friend | Alderglow",
  menu("Home", "Treatment", "Refer a friend", "Account") + """
<section>
<h1>Give $50, get $50</h1>
<p>Know someone who might benefit from Alderglow's clinician-guided ketamine therapy? Share your link. When they complete their first evaluation, you both get $50 credit toward your membership.</p>
<p>Your friend will still need to be evaluated and approved by an Alderglow prescriber. Credit can't be exchanged for cash or medication.</p>
<p><input value="alderglow.example/r/KT8841"> <button>Copy link</button></p>
</section>""")

p("h1219", "https://telepsi-andes.example/ketamina", "telehealth", False, "es", "telehealth",
  "Ketamina con telepsiquiatría | TelePsi Andes",
  menu("Inicio", "Servicios", "Ketamina", "Profesionales", "Tarifas", "Contacto") + """
<section>
<h1>Tratamiento con ketamina guiado por telepsiquiatría</h1>
<p>Atendemos a adultos en Colombia con depresión que no ha mejorado con otros tratamientos. La primera cita es una videoconsulta de una hora con un psiquiatra con registro médico vigente.</p>
<p>Si el psiquiatra lo indica, recibirá una fórmula médica para tabletas sublinguales elaboradas por una farmacia magistral habilitada. Las primeras tomas se hacen con un acompañante y con control de presión arterial reportado en la plataforma.</p>
<p>Valor de la consulta inicial: $380.000 COP. Seguimiento mensual: $250.000 COP.</p>
</section>""" + bottom("TelePsi Andes S.A.S. · Bogotá · Línea 601 555 0100"), noise="cookie-es")

p("h1220", "https://thuiskliniek-online.example/ketamine-thuisbehandeling", "telehealth", False, "nl", "telehealth",
  "Ketamine thuisbehandeling met begeleiding – ThuisKliniek Online",
  menu("Home", "Behandelingen", "Hoe werkt het", "Kosten", "Team", "Aanmelden") + """
<section>
<h1>Ketamine thuisbehandeling met online begeleiding</h1>
<p>Na verwijzing door uw huisarts of psychiater volgt een intake via video met een van onze psychiaters (BIG-geregistreerd). Alleen als de psychiater dit verantwoord vindt, schrijft zij ketamine-zuigtabletten voor, die een apotheek bij u thuis bezorgt.</p>
<p>De eerste twee innames doet u terwijl een verpleegkundige via video meekijkt. Daarna heeft u elke twee weken een videoconsult.</p>
<p>Kosten: intake € 195, begeleiding € 120 per maand. Niet vergoed door de zorgverzekeraar.</p>
</section>""", noise="cookie-nl")

p("h1221", "https://appstore-like.example/app/gentlewave-care/id55501", "telehealth", False, "en", "app-listing",
  "GentleWave Care – Health & Fitness",
  """<section>
<h1>GentleWave Care</h1>
<p>Health &amp; Fitness · 4.6 ★ (3.1K ratings) · Free · Offers in-app purchases</p>
<p>GentleWave connects you with licensed psychiatrists and nurse practitioners for evaluations and prescribed at-home ketamine therapy. In the app you can:</p>
<ul><li>Book video visits with your prescriber</li><li>Log blood pressure and mood before and after sessions</li><li>Follow guided preparation and integration audio</li><li>Message your care team</li><li>Manage your membership ($219/month)</li></ul>
<p>Medication is prescribed only after a clinician evaluation and is dispensed by licensed pharmacies. Available to adults 18+ in supported states.</p>
<p>Seller: GentleWave Health, Inc.</p>
</section>""")

# ================================================================== clinics (10)

p("h1222", "https://willowbrook-infusion.example/new-patients", "clinic", False, "en", "patient-info",
  "New patients | Willowbrook Infusion & Wellness",
  menu("Home", "New patients", "Infusions", "Spravato", "Pricing", "Contact") + """
<section>
<h1>Preparing for your first visit</h1>
<h2>Before the day</h2>
<ul><li>Complete the intake forms in the patient portal at least 48 hours ahead.</li>
<li>Bring a list of medications and, if possible, a note from your psychiatrist or therapist.</li>
<li>Don't eat for 4 hours or drink for 2 hours before your infusion.</li>
<li>Arrange a ride home – we can't release you to drive or to a rideshare alone.</li></ul>
<h2>On the day</h2>
<p>Plan on about two hours at our office. Our nurse places an IV, attaches monitors, and stays with you for the 40-minute infusion and the recovery time.</p>
<h2>Payment</h2>
<p>Payment is collected at check-in. We accept cards, HSA/FSA and financing; we'll give you a superbill for out-of-network reimbursement.</p>
</section>""" + bottom("Willowbrook Infusion &amp; Wellness · 600 Commerce Blvd · (555) 015-8821"), noise="cookie")

p("h1223", "https://magnolia-ketamine.example/team", "clinic", False, "en", "team",
  "Our team | Magnolia Ketamine Clinic",
  menu("About", "Team", "Treatments", "Pricing", "Book") + """
<section>
<h1>Our team</h1>
<p><b>Raymond Ashby, MD</b> – Medical Director. Board-certified anesthesiologist with 20 years of experience.</p>
<p><b>Tamsin Greer, CRNA</b> – Administers and monitors every infusion.</p>
<p><b>Olu Adeyemi, PMHNP</b> – Psychiatric assessments, medication management and Spravato treatment.</p>
<p><b>Hanna Lindqvist, LPC</b> – Integration counselling after infusions.</p>
<p>Our clinic is in Savannah; all treatment is in person.</p>
</section>""")

p("h1224", "https://riverbend-ketamine.example/blog/ketamine-for-ptsd", "clinic", False, "en", "clinic-blog",
  "Ketamine for PTSD: what the research shows | Riverbend Ketamine Clinic",
  menu("Home", "Treatments", "Conditions", "Blog", "About", "Contact", "Schedule a consultation") + """
<article>
<h1>Ketamine for PTSD: what the research shows and what to expect at our clinic</h1>
<p class="meta">Riverbend Ketamine Clinic · Reviewed by our medical director</p>
<p>Post-traumatic stress disorder affects millions of adults, and for many of them the standard treatments – trauma-focused psychotherapy and antidepressant medication – bring only partial relief. Over the last decade, researchers have been studying whether ketamine can help.</p>
<h2>Why ketamine might help</h2>
<p>Traumatic memories are stored with a strong emotional charge, and PTSD keeps the brain in a state of threat. Ketamine appears to increase the brain's ability to form new connections for a short period after treatment. Researchers think this window may make it easier to loosen rigid patterns of fear and avoidance, especially when the treatment is paired with therapy.</p>
<h2>What studies have found</h2>
<p>Several randomised trials have found that a series of intravenous ketamine infusions reduced PTSD symptoms more than an active placebo over two weeks, in both civilians and veterans. Benefits often faded over the following weeks without further treatment, which is why many clinics combine infusions with psychotherapy. Studies in combat veterans have been less consistent, and larger trials are underway.</p>
<h2>Who is a candidate</h2>
<p>Adults with PTSD who have tried at least one evidence-based treatment and still have significant symptoms may be candidates. We do not treat people with active psychosis, uncontrolled high blood pressure or certain heart conditions, and we take a careful history of substance use.</p>
<h2>What treatment at Riverbend looks like</h2>
<p>After an in-person consultation with our psychiatrist, patients usually receive six infusions over two to three weeks in our clinic. Each infusion lasts about 40 minutes, and a nurse is with you throughout. We encourage patients to keep working with their therapist, and we coordinate with them when you give permission.</p>
<h2>Side effects</h2>
<p>During the infusion people may feel detached, dreamy or floaty. Some feel nauseated or dizzy. Blood pressure can rise temporarily; we measure it every few minutes. Most effects pass within an hour.</p>
<h2>Cost</h2>
<p>Ketamine infusions for PTSD are usually not covered by insurance. Our self-pay price is $495 per infusion, or $2,700 for a series of six. We offer a 10% discount for veterans and first responders.</p>
<h2>Next steps</h2>
<p>If you think ketamine might help, call us at (555) 012-3390 or request a consultation online. We'll talk through your history and whether treatment makes sense.</p>
</article>""" + bottom("Riverbend Ketamine Clinic · 1200 River Rd, Suite B · Mon–Sat", "This article is for information and is not a substitute for medical advice."), noise="cookie")

p("h1225", "https://frontline-infusion.example/heroes", "clinic", False, "en", "clinic-pricing",
  "Heroes program | Frontline Infusion Therapy",
  """<section>
<h1>Heroes program: reduced rates for veterans and first responders</h1>
<p>Veterans, active-duty military, police, firefighters, EMTs and ER nurses pay $350 per ketamine infusion (regular price $525), or $1,950 for a six-infusion series. Bring any proof of service to your consultation.</p>
<p>All infusions are given at our Tampa clinic by a CRNA with cardiac monitoring.</p>
</section>""")

p("h1226", "https://painrelief-institute.example/ketamine-infusions-crps", "clinic", False, "en", "pain-clinic",
  "Ketamine infusions for CRPS and neuropathic pain | Coastal Pain Institute",
  menu("Conditions", "Procedures", "Ketamine infusions", "Spinal cord stimulation", "Physicians", "Referrals") + """
<section>
<h1>Ketamine infusions for CRPS and neuropathic pain</h1>
<p>For complex regional pain syndrome and some other neuropathic pain conditions, our interventional pain physicians offer low-dose intravenous ketamine infusions in our ambulatory infusion suite. Protocols range from single four-hour infusions to five consecutive days.</p>
<p>Patients are monitored throughout by nursing staff, with a physician on site. Many insurance plans require prior authorisation; our team will request it.</p>
<p>Referral from your treating physician is required.</p>
</section>""" + bottom("Coastal Pain Institute · A multi-specialty pain practice with four offices"))

p("h1227", "https://northstar-ketamine.example/contact", "clinic", False, "en", "contact",
  "Contact | Northstar Ketamine & Wellness",
  """<section>
<h1>Contact us</h1>
<p>Northstar Ketamine &amp; Wellness · 88 Harbor Way, Suite 210 · Duluth, MN</p>
<p>Phone (555) 014-1187 · Fax (555) 014-1188 · Mon–Fri 8–5</p>
<p>Free parking behind the building. If you're coming for an infusion, your driver can wait in our lounge.</p>
</section>""")

p("h1228", "https://centro-infusiones-bsas.example/tratamiento", "clinic", False, "es", "service",
  "Tratamiento con ketamina | Centro de Infusiones Palermo",
  menu("Inicio", "Tratamiento", "Equipo", "Preguntas frecuentes", "Turnos") + """
<section>
<h1>Infusiones de ketamina para depresión resistente</h1>
<p>En nuestro centro de Buenos Aires realizamos infusiones endovenosas de ketamina indicadas por un médico psiquiatra. Cada sesión dura unos 40 minutos y se hace con monitoreo cardíaco, presión arterial y oximetría a cargo de un médico anestesiólogo.</p>
<p>El protocolo habitual es de seis sesiones en tres semanas. Después evaluamos juntos si hacen falta sesiones de mantenimiento.</p>
<p>Pedí tu turno de evaluación por teléfono al 011 5555-0123.</p>
</section>""", noise="cookie-es")

p("h1229", "https://dagkliniek-schelde.example/ketamine", "clinic", False, "nl", "service",
  "Ketamine en esketamine – Dagkliniek Schelde",
  menu("Home", "Zorgaanbod", "Ketamine", "Artsen", "Praktisch", "Contact") + """
<section>
<h1>Ketamine- en esketaminebehandeling</h1>
<p>In ons dagziekenhuis in Antwerpen behandelen we volwassenen met therapieresistente depressie met esketamine-neusspray of ketamine-infusen. U komt hiervoor telkens naar de kliniek; na elke behandeling blijft u ongeveer twee uur ter observatie.</p>
<p>Een verwijsbrief van uw psychiater is nodig. Voor esketamine is onder voorwaarden terugbetaling via het RIZIV mogelijk.</p>
<p>Secretariaat: 03 555 01 80.</p>
</section>""", noise="cookie-nl")

p("h1230", "https://clinique-du-leman-like.example/tarifs-ketamine", "clinic", False, "fr", "clinic-pricing",
  "Tarifs – traitement par kétamine | Clinique du Lac",
  menu("Accueil", "Traitements", "Kétamine", "Tarifs", "Équipe", "Rendez-vous") + """
<section>
<h1>Tarifs du traitement par kétamine</h1>
<p>Consultation psychiatrique préalable : CHF 250. Perfusion de kétamine (séance de 2 heures, surveillance incluse) : CHF 690. Forfait de six perfusions : CHF 3 900.</p>
<p>Les perfusions sont réalisées dans notre clinique à Lausanne par un médecin anesthésiste et une infirmière. Une prise en charge partielle par l'assurance complémentaire est parfois possible.</p>
<p><a class="button">Acheter un forfait</a> <a class="button">Prendre rendez-vous</a></p>
</section>""", noise="cookie-fr")

p("h1231", "https://hospital-exemplo.example/consulta-depressao-resistente", "clinic", False, "pt", "hospital",
  "Consulta de Depressão Resistente – Hospital de Santa Clara",
  menu("O Hospital", "Especialidades", "Psiquiatria", "Marcações", "Utentes", "Contactos") + """
<section>
<h1>Consulta de Depressão Resistente</h1>
<p>A consulta avalia doentes adultos com depressão que não respondeu a pelo menos dois antidepressivos. Quando indicado, o tratamento com escetamina por via nasal é feito no hospital de dia de psiquiatria, com vigilância de enfermagem durante duas horas após cada administração.</p>
<p>O acesso faz-se por referenciação do médico de família ou do psiquiatra assistente.</p>
<p>Marcações: 21 555 0130.</p>
</section>""" + bottom("Hospital de Santa Clara · Lisboa"), noise="cookie-pt")

# ================================================================== informational (9)

p("h1232", "https://university-med-like.example/research/studies/ketamine-adolescent-trd", "informational", False, "en", "study-recruitment",
  "Now enrolling: ketamine study for young adults with depression",
  menu("Research", "Clinical trials", "Participate", "Contact") + """
<section>
<h1>Now enrolling: a study of ketamine for young adults with depression</h1>
<p>Researchers in the Department of Psychiatry are looking for adults aged 18–25 whose depression has not improved with at least one antidepressant. Participants will receive either ketamine or an active placebo (midazolam) by infusion at the university hospital, twice a week for three weeks.</p>
<p>Compensation: up to $600 for completed visits. Travel costs are covered.</p>
<p>To see if you qualify, call the study coordinator at (555) 016-2240. IRB protocol #2026-0419.</p>
</section>""")

p("h1233", "https://consumer-watch-like.example/guides/fake-online-ketamine-sellers", "informational", False, "en", "consumer-warning",
  "7 signs an online ketamine seller is not legitimate",
  menu("Guides", "Scams", "Health", "Money", "Newsletter") + """
<article>
<h1>7 signs an online ketamine seller is not legitimate</h1>
<ol>
<li><b>No prescriber.</b> Legit telehealth services name their licensed clinicians and require a live visit.</li>
<li><b>"No prescription needed."</b> Ketamine is a controlled substance almost everywhere.</li>
<li><b>Odd payment.</b> Crypto, gift cards, Zelle or Western Union only.</li>
<li><b>Messaging-app ordering.</b> "Contact us on Telegram / WhatsApp / Wickr."</li>
<li><b>Stealth shipping.</b> Promises to hide the contents or to reship if seized.</li>
<li><b>Spravato for home use.</b> The nasal spray is only given in certified clinics.</li>
<li><b>Mixed catalogue.</b> Ketamine listed next to oxycodone, Xanax or Adderall.</li>
</ol>
<p>If you spot one of these, report the site to your state board of pharmacy.</p>
</article>""")

p("h1234", "https://podcast-transcripts-like.example/ep214", "informational", False, "en", "transcript", "",
  """[00:14:02] HOST: So how did it start for you?
[00:14:05] GUEST: Honestly at uni. Someone had ket at a house party, it was like fifteen, twenty quid a gram back then, and it felt harmless compared to other stuff. By my second year I was buying it off a guy on Snapchat every weekend, then it was most days.
[00:14:31] HOST: And when did you realise it was a problem?
[00:14:34] GUEST: When I was pissing blood, basically. The urologist told me my bladder was the size of a child's. That's when I went into treatment.""", ext="txt")

p("h1235", "https://healthplan-like.example/policies/ketamine-esketamine", "informational", False, "en", "insurer",
  "Clinical Policy: Esketamine and Ketamine for Depression",
  menu("Members", "Providers", "Employers", "Clinical policies", "Formulary") + """
<section>
<h1>Clinical Policy: Esketamine (Spravato) and Ketamine for Depression</h1>
<p>Policy number: BH-118 · Effective date: 01/01/2027</p>
<h2>Coverage criteria – esketamine nasal spray</h2>
<p>Esketamine nasal spray is considered medically necessary when ALL of the following are met:</p>
<ol>
<li>The member is 18 years of age or older;</li>
<li>The member has a diagnosis of major depressive disorder without psychotic features;</li>
<li>The member has had an inadequate response to at least two antidepressants from different classes at adequate dose and duration in the current episode;</li>
<li>Esketamine will be used together with an oral antidepressant;</li>
<li>Treatment will be administered at a healthcare setting certified under the Spravato REMS, with post-dose monitoring of at least two hours.</li>
</ol>
<p>Initial authorisation: 8 weeks (up to 23 devices). Continuation requires documented improvement on a validated rating scale.</p>
<h2>Intravenous ketamine</h2>
<p>Intravenous racemic ketamine for depression is considered experimental and investigational and is not covered, because it is not FDA-approved for this indication and long-term safety and efficacy data are insufficient.</p>
<h2>Oral, sublingual and intranasal compounded ketamine</h2>
<p>Compounded ketamine for at-home use is not covered.</p>
<h2>Coding</h2>
<p>S0013 esketamine, nasal spray, 1 mg. G2082 / G2083 office or outpatient visit for the evaluation and management of an established patient that requires the supervision of a physician or other qualified health care professional and provision of up to 56 mg / greater than 56 mg of esketamine nasal self-administration, includes 2 hours post-administration observation.</p>
<h2>References</h2>
<p>Product labelling; practice guidelines for treatment-resistant depression; systematic reviews of ketamine in depression.</p>
</section>""" + bottom("This policy does not constitute medical advice. Coverage depends on the member's benefit plan."))

p("h1236", "https://reduccion-riesgos-like.example/sustancias/ketamina", "informational", False, "es", "harm-reduction",
  "Ketamina – información y reducción de riesgos",
  menu("Sustancias", "Análisis de sustancias", "Festivales", "Contacto") + """
<section>
<h1>Ketamina (keta, K)</h1>
<p>Anestésico disociativo. En el mercado ilegal aparece como polvo o cristal blanco y suele esnifarse. Puede venir adulterada o ser otra sustancia: analizarla reduce riesgos.</p>
<h2>Si decides consumir</h2>
<ul><li>Empieza con una cantidad muy pequeña y espera: el efecto llega en pocos minutos por vía nasal y es fácil pasarse.</li>
<li>No la mezcles con alcohol, GHB, opioides ni benzodiacepinas.</li>
<li>Consume sentado, en un lugar seguro y acompañado de alguien que no haya consumido.</li>
<li>No compartas rulos.</li></ul>
<h2>Uso frecuente</h2>
<p>El consumo habitual puede dañar la vejiga y los riñones y generar dependencia. Si tienes dolor al orinar, consulta a un médico.</p>
</section>""", noise="cookie-es")

p("h1237", "https://aerzte-nachrichten-like.example/news/lsg-urteil-esketamin", "informational", False, "de", "news",
  "Landessozialgericht: Kasse muss Esketamin-Behandlung bezahlen",
  menu("News", "Politik", "Medizin", "Recht", "Archiv") + """
<article>
<h1>Gericht: Krankenkasse muss Esketamin-Nasenspray bezahlen</h1>
<p>Eine gesetzliche Krankenkasse darf die Kosten für eine ambulante Behandlung mit Esketamin-Nasenspray nicht mit dem Hinweis auf fehlende Wirtschaftlichkeit ablehnen, wenn die Voraussetzungen der Zulassung erfüllt sind. Das entschied ein Landessozialgericht im Fall einer 52-jährigen Patientin mit therapieresistenter Depression.</p>
<p>Die Behandlung hatte in einer psychiatrischen Praxis stattgefunden, die Kosten beliefen sich auf rund 9.000 Euro für die ersten zwölf Wochen. Die Revision wurde nicht zugelassen.</p>
</article>""", noise="cookie-de")

p("h1238", "https://ansm-like.example/actualites/alerte-vente-illegale-ketamine", "informational", False, "fr", "government",
  "Alerte : sites internet proposant de la kétamine sans ordonnance",
  menu("Actualités", "Sécurité", "Médicaments", "Déclarer un effet indésirable") + """
<section>
<h1>Alerte : des sites proposent de la kétamine et de l'eskétamine sans ordonnance</h1>
<p>L'Agence a été informée de l'existence de sites internet et de comptes sur les réseaux sociaux qui proposent à la vente de la kétamine (flacons, poudre) et de l'eskétamine présentée comme « spray nasal pour usage à domicile ».</p>
<p>Ces produits sont des médicaments stupéfiants ou assimilés, réservés à l'usage hospitalier. Leur achat sur internet est illégal et dangereux : composition inconnue, absence de surveillance, risque de dépression respiratoire.</p>
<p>Si vous avez acheté un tel produit, ne l'utilisez pas et parlez-en à votre médecin ou à votre pharmacien.</p>
</section>""", noise="cookie-fr")

p("h1239", "https://forum-gezondheid-like.example/topic/ketamine-ervaringen-kosten", "informational", False, "nl", "forum", "",
  """Forum › Psyche › Depressie

Onderwerp: ervaringen met esketamine / ketamine behandeling? en kosten?

Marjolein_76: Mijn psychiater wil me doorverwijzen voor esketamine neusspray. Wie heeft ervaring? En wordt het vergoed?
 
  reactie Bas_Utrecht: Ik ging twee keer per week naar het ziekenhuis, na een paar weken merkte ik echt verschil. Vergoed via basisverzekering, alleen eigen risico.
  
  reactie dr_nee: Let op, er zijn sites die "ketamine zonder recept" verkopen voor €50 per flesje. Niet doen, je weet niet wat je krijgt.
  
  reactie moderator: Links naar verkopers worden verwijderd.""", ext="txt")

p("h1240", "https://jornal-exemplo.example/policia/2026/11/cetamina-desviada-clinica-veterinaria", "informational", False, "pt", "news",
  "Polícia apreende cetamina desviada de clínica veterinária",
  menu("Últimas", "Polícia", "Política", "Economia", "Esportes") + """
<article>
<h1>Polícia apreende 300 frascos de cetamina desviados de clínica veterinária</h1>
<p>A Polícia Civil apreendeu nesta terça-feira cerca de 300 frascos de cetamina que, segundo a investigação, eram desviados de uma clínica veterinária em Campinas e revendidos em festas e pelas redes sociais por R$ 150 a R$ 200 cada.</p>
<p>Um funcionário da clínica e dois revendedores foram presos. A clínica afirmou que colabora com as investigações.</p>
</article>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
