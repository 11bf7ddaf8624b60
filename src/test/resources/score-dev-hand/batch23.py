# Batch 23 of the hand-written dev set: 30 tuning pages, written 2026-12-06 by the same independent
# author as batch 22, who had not read the scorer's rules, vocabulary, extractor or any measurement,
# and committed before the scorer was run on them. Mix: 10 sellers, 6 telehealth, 7 clinics,
# 7 informational; 17 English, 13 es/de/fr/nl/pt. Shapes differ from batch 22: seller bulk-supplier
# home page, shipping policy, social post, questionnaire-only "telehealth", market listing, vet
# marketplace, payment page, French small ad, Brazilian Spravato product, Dutch order form; telehealth
# blog, billing FAQ, Spanish eligibility, app-store text, comparison, long home page; clinic gift-card
# cart, long veterans' clinic page, intake form, German/French/Portuguese price and package pages,
# hospital pain service; research abstract, law firm, cost guide, Spanish/Portuguese news, Dutch drug
# information, German authority warning.
# Run: python3 batch23.py (writes batch23/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch23")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

def menu(*items):
    return '<nav class="primary">' + " · ".join(f'<a href="#">{i}</a>' for i in items) + "</nav>"

def bottom(*lines):
    return '<footer>' + "<br>".join(lines) + "</footer>"

# ================================================================== sellers (10)

p("h2301", "https://sinochem-pharmatech.example/", "seller", True, "en", "bulk-supplier-home",
  "Sinochem Pharmatech – API & Intermediates Supplier | Factory Direct",
  """<div class="topbar">Email: sales@sinochem-pharmatech.example · WhatsApp/Telegram/Signal: +86 555 0177 0088 · Language: EN | ES | RU</div>
<header><div class="logo">SINOCHEM PHARMATECH</div>""" + menu("Home", "Products", "Anesthetics", "Peptides", "Intermediates", "Quality Control", "Shipping", "About Us", "Contact") + """</header>
<section class="slider"><h1>Factory direct supply of pharmaceutical raw materials</h1><p>15 years experience · 3,000 m² GMP workshop · exports to 60+ countries</p></section>
<section class="hot">
<h2>Hot products</h2>
<div class="card"><b>Ketamine HCl CAS 1867-66-9</b><br>Purity 99.9% · White crystalline powder<br>MOQ 100 g · 1 kg price on request</div>
<div class="card"><b>Esketamine HCl CAS 33643-46-8</b><br>Purity 99.5% · MOQ 50 g</div>
<div class="card"><b>2-Fluorodeschloroketamine</b><br>Crystal · MOQ 100 g</div>
<div class="card"><b>Xylazine HCl</b><br>Powder · MOQ 1 kg</div>
<div class="card"><b>Protonitazene</b><br>Powder · MOQ 10 g</div>
<div class="card"><b>Bromazolam</b><br>Powder · MOQ 10 g</div>
</section>
<section>
<h2>Why choose us</h2>
<ul>
<li>Safe delivery guaranteed: 100% customs clearance to USA, Canada, UK, Germany, Australia, Mexico. Double-layer vacuum packing, special line shipping, resend policy if seized.</li>
<li>Samples available for quality testing.</li>
<li>Payment: Bitcoin, USDT (TRC20), Western Union, MoneyGram, bank transfer.</li>
<li>Reply within 2 hours. Ordering via WhatsApp or Telegram is fastest.</li>
</ul>
<h2>Quality control</h2>
<p>Every batch is tested with HPLC, NMR and GC-MS in our own laboratory. COA, MSDS and TDS can be provided with each shipment. Our technical team can assist with formulation and storage questions.</p>
<h2>About us</h2>
<p>Sinochem Pharmatech Co., Ltd. is a professional manufacturer and trader of active pharmaceutical ingredients, pharmaceutical intermediates, fine chemicals and research chemicals. We serve distributors, laboratories and individual buyers, and our products are used in pharmaceutical, cosmetic and scientific research fields.</p>
</section>
<section class="news"><h2>Latest news</h2><p>New warehouse opened in the Netherlands for faster EU delivery · Chinese New Year holiday notice · How to read a COA</p></section>
<section class="inquiry"><h3>Send inquiry</h3><input placeholder="Name"><input placeholder="Email / WhatsApp"><input placeholder="Product and quantity"><button>Submit</button></section>
""" + bottom("Products for research use only. Not for human consumption.", "Copyright © 2011–2026 Sinochem Pharmatech Co., Ltd. All rights reserved. Sitemap"), noise="cookie")

p("h2302", "https://bluecrystal-depot.example/shipping-policy", "seller", True, "en", "shipping-policy",
  "Shipping Policy – Blue Crystal Depot",
  menu("Shop", "Shipping Policy", "Refunds", "FAQ", "Contact") + """
<h1>Shipping Policy</h1>
<p>All orders placed before 2pm EST ship the same day, Monday to Friday.</p>
<h3>Domestic (USA)</h3>
<p>USPS Priority Mail, 1–3 days, tracked. Packages are vacuum sealed three times, smell-proof, and shipped in branded retail boxes (cosmetics, phone accessories). No signature required.</p>
<h3>International</h3>
<p>We ship worldwide except to the UAE, Singapore and Saudi Arabia. Delivery 7–21 days. Customs declarations are always written as gifts.</p>
<h3>Seizures</h3>
<p>If your package is seized, send us the tracking page screenshot and we reship 100% free for first-time customers, 50% for returning customers. Never contact the carrier about a delayed package.</p>
<h3>Minimum order</h3>
<p>Minimum order is 3.5 g for domestic and 10 g for international orders.</p>""" + bottom("Questions? Message us on Wickr: bluecrystaldepot · © Blue Crystal Depot"))

p("h2303", "https://instapic.example/p/CzQ8x_spravpens", "seller", True, "en", "social-post",
  "@relief.pens on InstaPic",
  """<div class="post">
<div class="user">relief.pens ✔︎ · Follow</div>
<div class="caption">💙 Spravato 84mg kits back in stock 💙 Skip the clinic, skip the 2h babysitting. Do it from your couch 🛋️ No script needed, we handle it. Ships US + CA in 2 days. Also got ket tabs for micro 🤫 DM or tap link in bio. Pay CashApp / Zelle / BTC.<br>
#depressionhelp #spravato #ketamine #mentalhealthmatters #treatmentresistantdepression #healing</div>
<div class="comments"><b>kayla.m.92</b> is this legit?? · <b>relief.pens</b> @kayla.m.92 100% check our story highlights for reviews 🙏 · <b>tom_r</b> DM sent</div>
<div class="likes">1,204 likes · 2 days ago</div>
</div>""")

p("h2304", "https://instant-ketamine-rx.example/get-started", "seller", True, "en", "telehealth-mimic",
  "Get Ketamine Troches Online in Minutes – Instant Ketamine Rx",
  menu("Home", "Get started", "Pricing", "Reviews") + """
<h1>Your ketamine troches, shipped today</h1>
<p>Forget long video calls and waiting weeks for an appointment. Answer 5 quick questions and our doctor approves your order – usually in under 10 minutes. No video visit, no records needed.</p>
<ol>
<li>Are you over 18? ○ Yes ○ No</li>
<li>Have you ever felt depressed or anxious? ○ Yes ○ No</li>
<li>How many troches would you like? ○ 10 ○ 30 ○ 60</li>
<li>Preferred strength: ○ 150 mg ○ 300 mg ○ 500 mg</li>
<li>Shipping address (any state, any country)</li>
</ol>
<p>30 troches – $349 · 60 troches – $599 · Ships same day in discreet packaging, worldwide.</p>
<p>Pay with card, Zelle or crypto (crypto gets 20% off). Questions? Telegram @instantketrx</p>
<button>Submit and pay</button>""" + bottom("Instant Ketamine Rx does not provide medical advice. © 2026"), noise="cookie")

p("h2305", "https://onionmarket-mirror.example/listing/4471", "seller", True, "en", "market-listing",
  "Listing #4471 – S-Isomer Kristall 5g",
  """<div class="listing">
<h2>🔥 S-Isomer Kristall – big shards – 5g</h2>
<p>Vendor: <b>KetKing</b> (Level 7 · 2,318 sales · 98.9% positive)</p>
<p>Price: 0.0031 BTC / 1.22 XMR · Escrow: yes · Ships from: Netherlands · Ships to: Worldwide</p>
<p>Description: Pharma-grade S-ket, rocks not powder. Lab tested. Also available 10g / 25g / 100g. Combine with my MDMA and 2C-B listings for bundle discount. Stealth: MBL, pro stealth. No reships to Australia.</p>
<p>Feedback: "strong clean dissociation, holes as expected" · "stealth on point, 4 days to UK" · "FE vendor, trusted"</p>
<button>Buy now</button>
</div>""")

p("h2306", "https://mercado-vende.example/MX-ketamin-holland-50ml", "seller", True, "es", "marketplace-vet",
  "Ketamin Holland 50 Ml Anestésico Veterinario | MercadoVende",
  """<div class="item">
<h1>Ketamin Holland 50 ml Anestésico Veterinario</h1>
<p class="price">$ 1,850 MXN</p>
<p>Nuevo · 37 vendidos · Envío gratis a todo México</p>
<p>Vendedor: <b>vetsupply_gdl</b> (MercadoLíder)</p>
<h3>Descripción</h3>
<p>Frasco sellado de 50 ml, caducidad 2028. Se vende sin receta. Entrega discreta. Mayoreo a partir de 5 piezas, pregunta por WhatsApp 33 5555 0142. No preguntes si es para perro o para ti, no hago preguntas 😉.</p>
<h3>Preguntas</h3>
<p>¿Envías a Monterrey? – Sí, 2 días. · ¿Tienes la de 10%? – Sí, también tengo Zoletil.</p>
</div>""", noise="cookie-es")

p("h2307", "https://k-kristall-shop.example/zahlung", "seller", True, "de", "payment",
  "Zahlung & Versand – KK Shop",
  menu("Shop", "Zahlung &amp; Versand", "Bewertungen", "Kontakt") + """
<h1>Zahlungsarten</h1>
<ul>
<li><b>Bitcoin / Monero</b> – 10 % Rabatt, Versand nach 1 Bestätigung</li>
<li><b>Paysafecard</b> – Codes per Ticket senden (Aufschlag 15 %)</li>
<li><b>Banküberweisung</b> – nur für Stammkunden ab 3 Bestellungen</li>
</ul>
<h1>Versand</h1>
<p>Versand als Warensendung oder Einschreiben im neutralen Umschlag, geruchsdicht eingeschweißt. Lieferung in DE/AT/CH in 1–3 Tagen. Mindestbestellung 2 g K-Kristalle oder 1 Flasche.</p>
<p>Keine Nachnahme, keine Packstation-Beschwerden – Risiko beim Kunden nach Versand.</p>""" + bottom("Bestellungen nur über Threema-ID oder Session"), noise="cookie-de")

p("h2308", "https://petites-annonces-libres.example/annonce/vends-keta-lyon", "seller", True, "fr", "classified-fr",
  "Vends kéta - Lyon",
  """<div class="annonce">
<h1>Vends kéta (cristaux) – Lyon et envoi</h1>
<p>Catégorie : Divers · Lyon 7e · publiée il y a 5 h</p>
<p>Kéta en cristaux de très bonne qualité, 30 € le gramme, 130 € les 5 g. Remise en main propre sur Lyon ou envoi partout en France, colis discret. J'ai aussi de la MD et de la coke, me demander. Contact uniquement sur Snap ou Telegram : @keta_lyon69.</p>
</div>""", noise="cookie-fr")

p("h2309", "https://farmaciaexpress-online.example/produto/escetamina-spray-nasal-28mg", "seller", True, "pt", "product-spravato-pt",
  "Escetamina Spray Nasal 28 mg – uso em casa | FarmáciaExpress Online",
  menu("Início", "Antidepressivos", "Ansiedade", "Sono", "Promoções", "Meu carrinho") + """
<h1>Escetamina Spray Nasal 28 mg (equivalente Spravato)</h1>
<p class="preco">R$ 1.290,00 à vista no Pix · ou 3x de R$ 450,00</p>
<p>Agora você pode fazer o tratamento com escetamina no conforto da sua casa, sem precisar ir à clínica. Entregamos em todo o Brasil em até 5 dias úteis, em embalagem sem identificação.</p>
<p>Receita? Não é necessária: basta preencher nosso formulário de saúde no checkout.</p>
<button>Comprar agora</button>
<p>Dúvidas no WhatsApp (21) 5555-0134.</p>""" + bottom("FarmáciaExpress Online · Todos os direitos reservados"), noise="cookie-pt")

p("h2310", "https://ketbestellen.example/bestelformulier", "seller", True, "nl", "order-form",
  "Bestelformulier",
  """<form class="order">
<h1>Bestelformulier</h1>
<p>Product: <select><option>Ket 1 g – € 25</option><option>Ket 5 g – € 100</option><option>Ket 10 g – € 180</option><option>Ket 25 g – € 400</option></select></p>
<p>Naam (mag een schuilnaam zijn): <input></p>
<p>Afleveradres of pakketpunt: <input></p>
<p>Betaling: ○ Bitcoin ○ Monero ○ Tikkie (alleen vaste klanten)</p>
<p>Verzending binnen NL/BE via brievenbuspakje, geurdicht en anoniem. Geen verzending naar het buitenland.</p>
<button>Bestelling plaatsen</button>
</form>""", noise="cookie-nl")

# ================================================================== telehealth (6)

p("h2311", "https://stillwater-mind.example/blog/is-at-home-ketamine-safe", "telehealth", False, "en", "telehealth-blog",
  "Is at-home ketamine safe? What our medical team looks at | Stillwater Mind",
  menu("Treatment", "Pricing", "Blog", "Log in", "Take the assessment") + """
<article>
<h1>Is at-home ketamine safe? What our medical team looks at</h1>
<p class="byline">Reviewed by Jonah Kessler, MD, Chief Medical Officer · 6 min read</p>
<p>Every week we hear some version of the same question: if clinics keep you for two hours after a dose, how can it be safe to take ketamine at home? The short answer is that the form, the dose and the screening are different.</p>
<p>Sublingual tablets are absorbed more slowly than an infusion, so the peak is lower. Our clinicians prescribe only after a video evaluation, review of your medications, and blood pressure readings. We require a sitter for early sessions and we do not treat people with a history of psychosis or active substance misuse.</p>
<p>At-home treatment is not right for everyone. For some people an in-clinic option – IV infusions or Spravato at a certified center – is the better fit, and we refer them.</p>
<p><a href="#">See if you're eligible →</a></p>
</article>""")

p("h2312", "https://horizon-tele-psych.example/help/billing", "telehealth", False, "en", "telehealth-billing",
  "Billing & payments – Horizon Help Center",
  menu("Help Center", "Billing", "Prescriptions", "Account") + """
<h1>Billing &amp; payments</h1>
<h3>What payment methods do you accept?</h3>
<p>Credit and debit cards, HSA and FSA cards. We do not accept cash, cryptocurrency or payment apps.</p>
<h3>When am I charged?</h3>
<p>Your $225 evaluation fee is charged when you book. The $179 monthly care fee starts only if your clinician prescribes ketamine and you choose to continue.</p>
<h3>Is medication included?</h3>
<p>Yes, medication dispensed by our partner pharmacy and shipping are included in the monthly fee.</p>
<h3>Refunds</h3>
<p>If your clinician decides ketamine is not appropriate for you, your evaluation fee is refunded within 5 business days.</p>""")

p("h2313", "https://alivio-telesalud.example/es/elegibilidad", "telehealth", False, "es", "eligibility-es",
  "¿Quién puede recibir tratamiento? – Alivio Telesalud",
  menu("Inicio", "Tratamiento", "Elegibilidad", "Precios", "Iniciar sesión") + """
<h1>¿Quién puede recibir tratamiento con ketamina en casa?</h1>
<p>Para ser paciente de Alivio Telesalud usted debe:</p>
<ul>
<li>Tener 21 años o más y vivir en uno de los estados donde nuestros médicos tienen licencia (California, Arizona, Nuevo México, Texas, Illinois, Florida).</li>
<li>Tener un diagnóstico de depresión, ansiedad o TEPT confirmado en la consulta por video.</li>
<li>Poder tomarse la presión arterial en casa y contar con un acompañante durante las primeras sesiones.</li>
</ul>
<p>No podemos tratar a personas embarazadas, con psicosis, con presión arterial no controlada o con un trastorno por consumo de sustancias activo.</p>
<p>La decisión final la toma siempre el médico que le evalúa.</p>""" + bottom("Alivio Telesalud, servicios médicos de profesionales con licencia estatal"), noise="cookie-es")

p("h2314", "https://apps-store.example/app/tideline-ketamine-care", "telehealth", False, "en", "app-listing",
  "Tideline: Ketamine Care",
  """Tideline: Ketamine Care
Health & Fitness · 4.6 ★ (3.1K ratings) · Free · Offers in-app purchases

Tideline connects you with licensed psychiatric clinicians for at-home ketamine treatment. Book your evaluation, join video visits, log your blood pressure and mood before and after each session, and message your care team.

Ketamine is prescribed only when your clinician decides it is appropriate. Available in select US states. Membership billed through Tideline Health, PC.

What's new in 5.2: session timer with sitter check-in, improved mood charts.""", ext="txt")

p("h2315", "https://everpeak-health.example/clinic-vs-home", "telehealth", False, "en", "comparison",
  "In-clinic vs at-home ketamine – Everpeak Health",
  menu("How it works", "Compare", "Pricing", "Get started") + """
<h1>In-clinic infusions vs. at-home treatment</h1>
<table>
<tr><th></th><th>IV clinic</th><th>Everpeak at-home</th></tr>
<tr><td>Typical cost of 6 sessions</td><td>$2,400–$4,800</td><td>$396 first month</td></tr>
<tr><td>Form</td><td>IV infusion</td><td>Prescribed sublingual tablets</td></tr>
<tr><td>Monitoring</td><td>Nurse in the room</td><td>Sitter + app check-ins + clinician follow-up</td></tr>
<tr><td>Prescriber</td><td>Clinic physician</td><td>Licensed psychiatrist or PMHNP in your state</td></tr>
</table>
<p>Not sure? Your Everpeak clinician may recommend an in-clinic option instead if it suits you better.</p>""")

p("h2316", "https://serenwell.example/", "telehealth", False, "en", "telehealth-home-long",
  "Serenwell – Psychiatrist-led at-home ketamine therapy",
  """<div class="banner">Now seeing patients in Ohio and Pennsylvania · HSA/FSA eligible</div>
<header><div class="logo">serenwell</div>""" + menu("Treatment", "Conditions", "Clinicians", "Pricing", "Research", "Stories", "Help", "Log in", "Get started") + """</header>
<section class="hero"><h1>Depression treatment that works differently</h1><p>Psychiatrist-led ketamine therapy at home, with real people guiding you before, during and after.</p><a class="btn" href="#">Check eligibility</a></section>
<section><h2>How Serenwell works</h2>
<div class="step"><h3>1. Evaluation</h3><p>A 60-minute video visit with a board-certified psychiatrist licensed in your state, who reviews your history and current medications.</p></div>
<div class="step"><h3>2. Prescription</h3><p>If ketamine is right for you, your prescription is sent to a licensed pharmacy and delivered to your door with a blood pressure monitor.</p></div>
<div class="step"><h3>3. Guided sessions</h3><p>Six sessions over four weeks, each with a trained guide on video and a support person at home.</p></div>
<div class="step"><h3>4. Integration and follow-up</h3><p>Integration coaching after each session and a psychiatrist follow-up after week two and week four.</p></div></section>
<section><h2>Conditions we treat</h2><p>Treatment-resistant depression · Postpartum depression (after weaning) · Anxiety · PTSD</p></section>
<section><h2>Pricing</h2><p>Evaluation $195. Four-week program $590, including medication, shipping and guide sessions. Maintenance from $160/month.</p></section>
<section><h2>What patients say</h2><blockquote>"My psychiatrist actually called me back the next day when my blood pressure reading was high. That's when I trusted them." – R., Columbus</blockquote><blockquote>"The integration coach helped more than I expected." – A., Pittsburgh</blockquote></section>
<section><h2>Safety first</h2><p>We don't treat patients with uncontrolled hypertension, psychosis, mania, active substance use disorders or pregnancy. We check the state prescription monitoring database before every prescription and never prescribe more than a month at a time.</p></section>
<section class="newsletter"><h3>Get research updates</h3><input placeholder="Email"><button>Subscribe</button></section>
""" + bottom("Serenwell Medical, PLLC · Clinical services are provided by licensed clinicians",
             "Crisis? Call or text 988.",
             "About · Careers · Press · Privacy Policy · Terms of Use · Telehealth consent",
             "© 2026 Serenwell"), noise="cookie")

# ================================================================== clinics (7)

p("h2317", "https://harborlight-ketamine.example/products/gift-card", "clinic", False, "en", "clinic-giftcard-cart",
  "Harborlight Gift Card – Harborlight Ketamine & Wellness",
  menu("Home", "Ketamine Infusions", "IV Vitamins", "Shop", "Cart (1)") + """
<div class="product">
<h1>Harborlight Gift Card</h1>
<p>Denomination: <select><option>$50</option><option>$100</option><option>$250</option><option>$500</option></select></p>
<p>Quantity: <input value="1"></p>
<button>Add to cart</button>
<p>Give someone you love a step toward feeling better. Gift cards can be redeemed at our Harbor Street clinic for consultations, in-office ketamine infusions, IV vitamin drips and wellness products. Recipients must complete our medical screening before any ketamine treatment.</p>
<p>Delivered by email instantly. No expiry.</p>
</div>""" + bottom("Harborlight Ketamine &amp; Wellness · 41 Harbor Street · (555) 017-6620"), noise="cookie")

p("h2318", "https://frontline-infusion-vets.example/veterans", "clinic", False, "en", "clinic-rich-long",
  "Ketamine Infusions for Veterans & First Responders | Frontline Infusion Center",
  """<div class="utility">Call (555) 018-4400 · Mon–Sat · Se habla español</div>
<header><div class="logo">Frontline Infusion Center</div>""" + menu("Home", "Veterans", "First Responders", "Conditions", "What to Expect", "Pricing", "Our Team", "Contact") + """</header>
<main>
<h1>Ketamine infusion therapy for veterans and first responders</h1>
<p>Frontline Infusion Center was founded by a former Army flight surgeon and a nurse anesthetist to give veterans and first responders with PTSD and depression a fast, medically supervised option when other treatments have not worked.</p>
<h2>What to expect</h2>
<p>Your first visit is a one-hour consultation with our physician, who reviews your history, medications and VA or private records. If infusions are appropriate, we schedule a series of six infusions over two to three weeks. Each infusion lasts about 45 minutes in a private room with a recliner, weighted blanket and music. A nurse monitors your heart rate, oxygen and blood pressure throughout, and you rest for 30 minutes before a family member or friend drives you home.</p>
<h2>Conditions we treat</h2>
<ul><li>Post-traumatic stress disorder</li><li>Treatment-resistant depression</li><li>Suicidal thoughts (alongside your mental health provider)</li><li>Chronic pain, including CRPS</li></ul>
<h2>Pricing and the Community Care Network</h2>
<p>Eligible veterans may be referred through the VA Community Care Network for Spravato at no cost. Ketamine infusions are self-pay: $450 per infusion, or $2,400 for a series of six. We offer a 15% discount for veterans, active duty and first responders, and interest-free payment plans.</p>
<h2>Working with your care team</h2>
<p>We coordinate with your therapist, psychiatrist or VA provider and send a summary after every series. We strongly recommend continuing therapy during and after treatment.</p>
<section class="testimonials"><h2>Stories</h2><blockquote>"After 12 years of nightmares I slept through the night for the first time after my third infusion." – Former Marine, 41</blockquote><blockquote>"The staff understood shift work and scheduled around my rotations." – Firefighter, 35</blockquote></section>
<section class="cta"><h2>Talk to us</h2><p>Free 15-minute phone call with a nurse. <a href="#">Request a call</a></p></section>
</main>
""" + bottom("Frontline Infusion Center · 900 Liberty Ave, Suite 2", "Privacy · Non-discrimination · Patient rights", "© 2026 Frontline Infusion Center, LLC"), noise="cookie")

p("h2319", "https://brightside-infusion.example/new-patients/intake", "clinic", False, "en", "intake-form",
  "New Patient Intake – Brightside Infusion",
  menu("Home", "New Patients", "Pricing", "FAQ") + """
<form>
<h1>New patient intake</h1>
<p>Please complete this form before your consultation. It does not book treatment; our physician will review it with you in person.</p>
<p>Full name <input> Date of birth <input> Phone <input></p>
<p>Referring provider (if any) <input></p>
<p>Current medications <textarea></textarea></p>
<p>Have you ever been diagnosed with: ☐ high blood pressure ☐ heart disease ☐ psychosis/schizophrenia ☐ substance use disorder ☐ glaucoma</p>
<p>Emergency contact and driver for infusion days <input></p>
<button>Submit securely</button>
</form>""")

p("h2320", "https://praxis-ketamin-muenchen.example/kosten", "clinic", False, "de", "clinic-pricing-de",
  "Kosten – Privatpraxis für Ketamin-Therapie",
  menu("Start", "Behandlung", "Ablauf", "Kosten", "Team", "Kontakt") + """
<h1>Kosten der Behandlung</h1>
<p>Die Ketamin-Infusionstherapie bei Depressionen ist eine Off-Label-Behandlung und wird von den gesetzlichen Krankenkassen in der Regel nicht erstattet. Private Krankenversicherungen übernehmen die Kosten teilweise nach vorheriger Anfrage.</p>
<table>
<tr><td>Erstgespräch mit Facharzt für Psychiatrie (60 Min.)</td><td>180 €</td></tr>
<tr><td>Ketamin-Infusion inkl. Überwachung (ca. 2 Std. in der Praxis)</td><td>420 €</td></tr>
<tr><td>Serie mit 6 Infusionen</td><td>2.350 €</td></tr>
</table>
<p>Abrechnung nach GOÄ. Bitte lassen Sie sich nach der Behandlung abholen – Sie dürfen am Behandlungstag kein Fahrzeug führen.</p>""" + bottom("Privatpraxis Dr. med. (fiktiv) · Impressum · Datenschutz"), noise="cookie-de")

p("h2321", "https://clinique-lac-bleu.example/esketamine", "clinic", False, "fr", "clinic-fr",
  "Eskétamine (Spravato) – Clinique du Lac Bleu",
  menu("La clinique", "Traitements", "Admissions", "Tarifs", "Contact") + """
<h1>Traitement par eskétamine en ambulatoire</h1>
<p>La Clinique du Lac Bleu, clinique psychiatrique privée, propose l'eskétamine en spray nasal aux adultes atteints de dépression résistante, sur indication de leur psychiatre.</p>
<p>Chaque administration a lieu dans nos locaux, sous la surveillance d'une infirmière ; vous restez ensuite au moins deux heures en salle de repos. Le traitement est remboursé par l'assurance de base sur prescription d'un spécialiste.</p>
<p>Nous proposons également des forfaits de psychothérapie intégrative pendant la phase d'induction.</p>
<p>Admissions : +41 55 555 01 20.</p>""" + bottom("Clinique du Lac Bleu · Établissement autorisé par le canton"), noise="cookie-fr")

p("h2322", "https://clinicarenascer-infusao.example/pacotes", "clinic", False, "pt", "clinic-packages-pt",
  "Pacotes de tratamento – Clínica Renascer",
  menu("Início", "Cetamina", "Escetamina", "Pacotes", "Equipe", "Contato") + """
<h1>Pacotes de infusão de cetamina</h1>
<ul>
<li><b>Avaliação inicial</b> com psiquiatra e anestesiologista – R$ 600</li>
<li><b>Pacote Indução</b> – 6 infusões endovenosas – R$ 7.800 (até 6x sem juros)</li>
<li><b>Sessão de manutenção</b> – R$ 1.400</li>
</ul>
<p>As infusões são feitas na clínica, com monitorização contínua por equipe de enfermagem e médico anestesiologista presente. O paciente deve vir acompanhado.</p>
<p>Também aplicamos escetamina (Spravato) com receita do seu psiquiatra.</p>""" + bottom("Clínica Renascer · Diretor técnico CRM 000000 · Agende (31) 5555-0150"), noise="cookie-pt")

p("h2323", "https://stmarys-university-hospital.example/anesthesiology/pain/ketamine-infusion", "clinic", False, "en", "hospital-pain",
  "Ketamine Infusion Program – Division of Pain Medicine",
  menu("Find a Doctor", "Locations", "Departments", "Patients & Visitors", "Research", "Give") + """
<h1>Outpatient ketamine infusion program</h1>
<p>The Division of Pain Medicine offers outpatient ketamine infusions for selected patients with complex regional pain syndrome, neuropathic pain and other refractory pain conditions. Infusions take place in the Pain Procedure Unit under the supervision of an anesthesiologist.</p>
<p>A referral from your treating physician and an evaluation in our pain clinic are required. Most insurers require prior authorization.</p>
<p>Referrals: fax (555) 019-3301.</p>""")

# ================================================================== informational (7)

p("h2324", "https://journal-psychopharm-reports.example/article/10.0000/jpr.2026.0412", "informational", False, "en", "research",
  "Repeated oral ketamine in treatment-resistant depression: an open-label cohort",
  """<div class="article">
<h1>Repeated oral ketamine in treatment-resistant depression: an open-label cohort</h1>
<p class="authors">A. Lindqvist, R. Mehta, C. Obi, et al.</p>
<h2>Abstract</h2>
<p><b>Background:</b> Access to intravenous ketamine is limited by cost and availability. <b>Methods:</b> 112 adults with treatment-resistant depression received supervised oral ketamine twice weekly for 6 weeks at two academic outpatient clinics. <b>Results:</b> Mean MADRS scores fell from 31.4 to 19.8; 29% met response criteria. Dissociation was mild and transient; two participants withdrew because of raised blood pressure. <b>Conclusions:</b> Supervised oral ketamine was tolerable and associated with modest improvement. Randomized trials are needed.</p>
<p>Keywords: ketamine; depression; oral administration; NMDA antagonist</p>
</div>""")

p("h2325", "https://harlan-defense-law.example/drug-crimes/ketamine-distribution", "informational", False, "en", "law",
  "Charged with Ketamine Distribution? | Harlan Defense Law",
  menu("Practice Areas", "Drug Crimes", "Results", "About", "Free Consultation") + """
<h1>Ketamine possession and distribution charges</h1>
<p>Ketamine is a Schedule III controlled substance under federal law. Selling it, ordering it online from overseas or receiving a package in the mail can lead to state or federal charges, even if you thought you were buying a "research chemical" or treatment for depression.</p>
<p>Penalties depend on the amount, prior convictions and whether the case involves the mail, the internet or cryptocurrency. Federal distribution charges can carry up to 10 years in prison for a first offense.</p>
<p>Our attorneys have defended clients in cases involving intercepted packages, controlled deliveries and dark-web purchases. Call (555) 010-4455 for a free, confidential consultation.</p>""" + bottom("Attorney advertising. Prior results do not guarantee a similar outcome."))

p("h2326", "https://wellspend-guides.example/health/ketamine-therapy-cost", "informational", False, "en", "consumer-price-guide",
  "How Much Does Ketamine Therapy Cost in 2026? | WellSpend Guides",
  menu("Health", "Insurance", "Money", "Reviews", "Newsletter") + """
<article>
<h1>How much does ketamine therapy cost in 2026?</h1>
<p class="byline">By the WellSpend health desk · Updated Dec. 2026 · We may earn a commission from links on this page.</p>
<p>Ketamine therapy for depression ranges from about $100 a month for some at-home programs to more than $5,000 for a full series of IV infusions. Here is what you can expect to pay and how to save.</p>
<h2>IV ketamine infusions</h2>
<p>Clinics typically charge $400 to $800 per infusion, and most recommend an initial series of six, so $2,400 to $4,800 before boosters. Insurance rarely covers infusions for depression, but some patients get partial reimbursement with a superbill.</p>
<h2>Spravato (esketamine)</h2>
<p>The list price of Spravato is roughly $600 to $900 per treatment session before insurance, plus the clinic's monitoring fee. Because it is FDA-approved, most insurers cover it after prior authorization, and the manufacturer runs a savings program. You cannot buy Spravato to take home – it is only given at certified treatment centers.</p>
<h2>At-home ketamine through telehealth</h2>
<p>Online providers charge $200 to $400 for the first month, including the evaluation and medication, then $100 to $250 per month. Make sure a licensed clinician evaluates you by video and that your medication comes from a licensed pharmacy.</p>
<h2>Ketamine-assisted psychotherapy</h2>
<p>KAP sessions combine medication with a therapist and typically cost $400 to $900 per dosing session.</p>
<h2>Red flags: "cheap ketamine" sites</h2>
<p>If a site offers to sell you ketamine without any evaluation, ships vials or powder, or asks for payment in crypto or gift cards, it is not a legitimate provider. Buying from these sellers is illegal and dangerous.</p>
<h2>How to save</h2>
<ul><li>Ask about package pricing and veteran discounts.</li><li>Use your HSA or FSA.</li><li>Check whether you qualify for Spravato through insurance before paying cash for infusions.</li></ul>
<div class="compare-box"><h3>Compare providers</h3><p>Provider A – at-home, from $129/mo <a href="#">Visit site</a> · Provider B – at-home, from $199/mo <a href="#">Visit site</a> · Find an infusion clinic near you <a href="#">Search</a></p></div>
</article>
<section class="newsletter"><h3>Smarter health spending, weekly</h3><input placeholder="Email"><button>Subscribe</button></section>
""" + bottom("About WellSpend · Editorial standards · Advertiser disclosure · Privacy · © 2026"), noise="cookie")

p("h2327", "https://diariodelsur.example/sucesos/desarticulada-red-ketamina-telegram", "informational", False, "es", "news-es",
  "Desarticulada una red que vendía ketamina por Telegram en toda España",
  menu("Portada", "Local", "Sucesos", "Economía", "Deportes", "Opinión") + """
<article>
<h1>Desarticulada una red que vendía ketamina por Telegram en toda España</h1>
<p>La Policía Nacional ha detenido a siete personas acusadas de vender ketamina, cocaína rosa y MDMA a través de canales de Telegram. Los agentes se incautaron de 4 kilos de ketamina en polvo, 30.000 euros en efectivo y varias billeteras de criptomonedas.</p>
<p>Según la investigación, el grupo vendía el gramo de ketamina a 30 euros y enviaba los pedidos por mensajería en sobres camuflados. Los clientes pagaban con Bizum o con bitcoin.</p>
</article>""", noise="cookie-es")

p("h2328", "https://drugsinfo-nl.example/drugs/ketamine", "informational", False, "nl", "drug-info-nl",
  "Ketamine – Drugsinfo",
  menu("Drugs A-Z", "Combinaties", "Testen", "Hulp") + """
<h1>Ketamine</h1>
<p>Ketamine is een verdovingsmiddel dat in ziekenhuizen en door dierenartsen wordt gebruikt. Als drug wordt het meestal gesnoven als wit poeder of kristallen. Een gram kost op straat gemiddeld 20 tot 40 euro.</p>
<h2>Wet</h2>
<p>Ketamine valt onder de Geneesmiddelenwet. Verkopen zonder vergunning is strafbaar. Voor depressie wordt esketamine (neusspray) alleen in een behandelcentrum gegeven.</p>
<h2>Risico's</h2>
<p>Kans op ongelukken door verdoving, misselijkheid, en bij veel gebruik blaasschade. Combineer niet met alcohol of GHB. Laat je drugs testen bij een testservice.</p>""", noise="cookie-nl")

p("h2329", "https://bundesamt-arzneimittel.example/warnungen/esketamin-internet", "informational", False, "de", "government-de",
  "Warnung vor Esketamin-Angeboten im Internet",
  menu("Startseite", "Arzneimittel", "Warnungen", "Presse", "Service") + """
<h1>Warnung vor illegalen Esketamin- und Ketamin-Angeboten im Internet</h1>
<p>Das Amt weist darauf hin, dass im Internet und über Messenger-Dienste Esketamin-Nasensprays und Ketamin-Lösungen ohne Rezept angeboten werden, teils mit angeblicher "ärztlicher Freigabe per Fragebogen".</p>
<p>Esketamin-Nasenspray darf nur unter ärztlicher Aufsicht in einer Einrichtung angewendet werden. Ein Versand an Patientinnen und Patienten nach Hause ist nicht zulässig. Bei den angebotenen Produkten kann es sich um Fälschungen handeln.</p>
<p>Verdächtige Angebote können über das Meldeformular gemeldet werden.</p>""" + bottom("Impressum · Datenschutz · Barrierefreiheit"), noise="cookie-de")

p("h2330", "https://saudeemfoco.example/noticias/preco-escetamina-planos", "informational", False, "pt", "news-prices-pt",
  "Quanto custa o tratamento com escetamina? Planos passam a cobrir",
  menu("Notícias", "Saúde mental", "Planos de saúde", "Colunas") + """
<article>
<h1>Quanto custa o tratamento com escetamina? Planos passam a cobrir em alguns casos</h1>
<p>O spray de escetamina, indicado para depressão resistente, custa entre R$ 1.500 e R$ 2.500 por caixa nas farmácias, e o tratamento completo de indução pode passar de R$ 20 mil somando as aplicações em clínica.</p>
<p>A aplicação precisa ser feita em serviço de saúde, com o paciente observado por duas horas. Especialistas alertam para anúncios em redes sociais que oferecem o spray para uso em casa: "Isso é irregular e perigoso", diz a psiquiatra ouvida pela reportagem.</p>
</article>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
