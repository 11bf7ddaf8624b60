# Batch 43 of the hand-written dev set (a tuning batch): 40 pages, written 2026-12-07 by an independent
# author who had not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement,
# and committed before the scorer was run on them (committed before any scorer run).
# Angle: EXCERPTS AND PRODUCT SNIPPETS. 28 plain-text excerpts of one to three sentences, the way a
# crawler or search engine hands them over, and 12 short HTML product/service pages (title, price, one
# paragraph, a button). Sellers often have to be judged from a few words: a brand (Ketalar, Ketanest,
# Ketaset, Vetalar, Ketamidor, Spravato), a form (powder, crystal, shards, vials, nasal spray, troches)
# with a price, or the URL. Legitimate excerpts use prices, "order", "ship" and "buy" as well.
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, nl 2, pt 3, it 2).
# Shapes: search-result snippets with the title run into the text (online "pharmacy" selling Spravato
# without Rx, Italian no-prescription pharmacy, telehealth pricing, Spanish-language telehealth,
# Madrid Spravato clinic), local-result line of a clinic, directory line on a directory site,
# marketplace listing (Ketalar vials), Dutch classified (Ketamidor vial), Spanish classified (crystal,
# Telegram only), social bios (US "plug" selling shards and vials; Brazilian tele-psychiatrist),
# review quote on a vet-vial shop, German chat-channel pinned price list, clinic community pinned
# message, French seller help-centre answer (automatic validation), telehealth help-centre answer,
# press-release leads (research-chemical analogue vendor on a newswire; hospital newsroom), app-store
# blurb, German authority warning, French harm-reduction page, news snippets (en, pt), rehab
# snippet, resin-art "crystal shards" shop, hospital standard-charges excerpt; HTML product pages:
# Vetalar-V sold without vet Rx, vet pharmacy Ketamidor with Rx, troches with auto-approved
# questionnaire, "K shards" stealth shop, Brazilian powder shop, licensed wholesaler (DEA accounts),
# telehealth starter kit and membership, Quebec online evaluation referring to partner clinics,
# infusion-series package (en, it), Dutch esketamine treatment page.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch43.py (writes batch43/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch43")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- plain-text excerpts (28)

p("h4301", "https://ketaminepharmacy-online.example/buy-spravato-nasal-spray", "seller", True, "en",
  "search-snippet", "", """
Buy Spravato (Esketamine) Nasal Spray Online – 28mg & 56mg Devices | KetaminePharmacy Online Buy Spravato nasal spray online at the lowest price. No prescription needed, discreet packaging, delivery in 5–7 days to USA, UK, Canada and Australia. Pay with Bitcoin and get 15% off your first order.
""", ext="txt")

p("h4302", "https://clearwaterketamine.example/", "clinic", False, "en",
  "local-result-line", "", """
Clearwater Ketamine & Wellness · 1420 Harbor Blvd Ste 210, Tampa, FL 33602 · (813) 555-0142 · IV ketamine infusions · Spravato (REMS-certified treatment center) · Ketamine-assisted psychotherapy · Open ⋅ Closes 6 PM
""", ext="txt")

p("h4303", "https://www.findketamineclinics.example/florida/tampa", "informational", False, "en",
  "directory-line", "", """
Harborview Infusion Center · 3100 W Kennedy Blvd, Tampa, FL 33609 · (813) 555-0187 · IV ketamine, Spravato, NAD+ · ★ 4.8 (112 reviews) · Listing not claimed — Is this your business? Claim it free.
""", ext="txt")

p("h4304", "https://www.bazaarhub.example/itm/ketalar-50mg-ml-10ml-lot-of-5/3849201774", "seller", True, "en",
  "marketplace-listing", "", """
Ketalar 50 mg/ml 10 ml multi-dose vial — lot of 5 | US $220.00 | Free tracked shipping | 7 sold | Seller: medsurplus_direct (98.4% positive)
""", ext="txt")

p("h4305", "https://apps.example/app/stillwater-at-home-ketamine/id6449021187", "telehealth", False, "en",
  "app-store-blurb", "", """
Stillwater: At-Home Ketamine Care — Health & Fitness. Stillwater pairs you with a licensed psychiatric clinician for a video evaluation before anything is prescribed; if ketamine is right for you, your prescription is filled by a licensed partner pharmacy and shipped to your door. The app then guides each session with music, intention-setting and a check-in from your care team. Available in 34 states; requires an active membership.
""", ext="txt")

p("h4306", "https://www.picstream.example/k.shard.express", "seller", True, "en",
  "social-bio", "", """
k.shard.express · 🇺🇸🇬🇧 | 💎 K shards + ket vials | 💊 full menu in highlights | 📦 tracked post 2–4 days | ❌ no meetups | 💬 Telegram @kshardexpress 👇
""", ext="txt")

p("h4307", "https://www.theledger-daily.example/news/2026/11/ketamine-instagram-shops", "informational", False, "en",
  "news-snippet", "", """
'Buy ketamine online': how drug sellers moved from the dark web to Instagram — The Ledger Nov 18, 2026 — Accounts advertising "K shards" and "vet vials" for as little as £20 a gram are reaching teenagers through paid reposts, researchers at Northbridge University say. The platform said it had removed the profiles flagged by reporters.
""", ext="txt")

p("h4308", "https://www.evenkeelhealth.example/pricing", "telehealth", False, "en",
  "search-snippet", "", """
At-Home Ketamine Therapy Pricing – Plans from $249/mo | Evenkeel Health Your first month includes a 60-minute video evaluation with a board-certified psychiatrist, two integration calls and, if prescribed, six sublingual ketamine doses shipped from our licensed partner pharmacy. Not everyone qualifies. HSA/FSA eligible.
""", ext="txt")

p("h4309", "https://vetvialsdirect.example/product/ketaset-10ml#reviews", "seller", True, "en",
  "review-quote", "", """
★★★★★ "Second time ordering the Ketaset, arrived in 4 days inside a vitamin box, nothing on the label. Didn't need any vet paperwork. Legit!" — Dan K., verified buyer
""", ext="txt")

p("h4310", "https://www.riversidehealth.example/newsroom/2026/interventional-psychiatry-opens", "clinic", False, "en",
  "press-release-lead", "", """
RIVERSIDE, Ohio (Nov. 3, 2026) — Riverside Health today opened its Interventional Psychiatry Program on the fourth floor of the Whitcomb Pavilion, offering esketamine (Spravato) nasal spray under the FDA REMS program, IV ketamine and transcranial magnetic stimulation to adults with treatment-resistant depression. Patients need a referral from a psychiatrist or primary care provider; the program accepts most commercial plans and Medicare.
""", ext="txt")

p("h4311", "https://www.anunciosya.example/madrid/salud-y-belleza/ketamina-cristal-envios-7731", "seller", True, "es",
  "classified-ad", "", """
Ketamina cristal de calidad, 40 € el gramo, a partir de 5 g precio especial. Envíos a toda España en 24/48 h con embalaje discreto. Solo contacto por Telegram, no respondo llamadas.
""", ext="txt")

p("h4312", "https://www.serenamente.example/es/terapia-ketamina-en-casa", "telehealth", False, "es",
  "search-snippet", "", """
Terapia con ketamina en casa | SerenaMente Salud Programa con consulta por videollamada con un psiquiatra con licencia en tu estado. Si el médico lo receta, una farmacia asociada envía las tabletas a tu domicilio y una enfermera te acompaña en la primera sesión por video. Planes desde $219 al mes.
""", ext="txt")

p("h4313", "https://www.clinicaalcyon.example/tratamientos/esketamina-madrid", "clinic", False, "es",
  "search-snippet", "", """
Esketamina (Spravato®) en Madrid – Clínica Alcyon Psiquiatría Tratamiento intranasal para la depresión resistente, administrado en nuestra consulta de Chamberí con dos horas de observación tras cada sesión. Requiere valoración previa por uno de nuestros psiquiatras. Pide cita: 91 555 20 14.
""", ext="txt")

p("h4314", "https://t.chatlink.example/s/k_express_de/412", "seller", True, "de",
  "pinned-message", "", """
📌 Angepinnt: Neue Liste ab Montag. K (Kristall, sehr sauber) 1 g 35 €, 5 g 150 €, 10 g 270 €. Versand DE/AT als Brief, Einschreiben +4 €. Zahlung nur BTC oder XMR. Bestellungen per PN an den Admin, keine Fragen im Kanal.
""", ext="txt")

p("h4315", "https://www.psychonline-praxis.example/esketamin", "telehealth", False, "de",
  "search-snippet", "", """
Esketamin bei therapieresistenter Depression – Online-Psychiatrie Dr. Lenz Im Videotermin prüfen wir, ob eine Behandlung mit Esketamin-Nasenspray für Sie in Frage kommt. Die Anwendung selbst findet nicht zu Hause statt, sondern in einer unserer Partnerpraxen in Berlin, Hamburg oder München; Vorbereitung und Nachsorge übernehmen wir per Video.
""", ext="txt")

p("h4316", "https://www.arzneimittelaufsicht.example/warnungen/2026/ketamin-online", "informational", False, "de",
  "authority-warning", "", """
Warnung vor illegalen Online-Angeboten von Ketamin und Esketamin. Die Landesbehörde weist darauf hin, dass Ketamin in Deutschland verschreibungspflichtig ist und nicht über Messenger-Dienste oder ausländische Webseiten ohne Rezept bezogen werden darf. Produkte aus solchen Quellen können falsch dosiert, verunreinigt oder gefälscht sein.
""", ext="txt")

p("h4317", "https://aide.medivente.example/fr/articles/faut-il-une-ordonnance", "seller", True, "fr",
  "help-centre-answer", "", """
Faut-il une ordonnance pour commander ? Non. Pour le Ketalar et le Ketanest, il vous suffit de remplir le court formulaire de santé au moment du paiement : votre commande est validée automatiquement et expédiée sous 24 h depuis notre entrepôt européen, en colis neutre sans mention du contenu.
""", ext="txt")

p("h4318", "https://www.reduction-risques.example/produits/ketamine", "informational", False, "fr",
  "harm-reduction", "", """
Kétamine : effets, risques et conseils de réduction des risques. Poudre ou cristaux, la kétamine achetée dans la rue est souvent coupée ou remplacée par d'autres produits (2-FDCK, méthoxétamine). Faites analyser votre produit gratuitement et anonymement dans l'un de nos points d'analyse, et évitez de la mélanger avec l'alcool.
""", ext="txt")

p("h4319", "https://www.wirepress.example/releases/novachem-research-expands-arylcyclohexylamine-catalogue", "seller", True, "en",
  "press-release-lead", "", """
LONDON, Oct. 14, 2026 /WirePress/ — NovaChem Research Supplies, an online vendor of analytical reference materials, today announced the addition of 2-FDCK, 3-MeO-PCE and deschloroketamine to its catalogue, available in 1 g to 100 g quantities with same-day dispatch to the EU, UK and US. All products are sold strictly for research purposes and are not for human consumption.
""", ext="txt")

p("h4320", "https://www.tweedehandsplein.example/a/dieren-en-toebehoren/ketamidor-100-mg-ml/m2091847", "seller", True, "nl",
  "classified-ad", "", """
Ketamidor 100 mg/ml, 10 ml flacon, ongeopend, THT 2028. € 45,00. Verzenden voor € 6,95 of ophalen in Utrecht. Meer flacons beschikbaar, stuur een bericht.
""", ext="txt")

p("h4321", "https://www.picstream.example/dra.helena.psiquiatria", "telehealth", False, "pt",
  "social-bio", "", """
Dra. Helena Prado | Psiquiatra · CRM-SP 154.882 | 🖥️ Consultas online para todo o Brasil | Depressão resistente: avaliação por vídeo e encaminhamento para escetamina em clínica parceira | Agende pelo link 👇
""", ext="txt")

p("h4322", "https://www.jornaldonorte.example/sociedade/2026/11/apreensao-cetamina-matosinhos", "informational", False, "pt",
  "news-snippet", "", """
PJ apreende 12 quilos de cetamina em armazém de Matosinhos — A Polícia Judiciária apreendeu esta terça-feira cerca de 12 quilos de cetamina em pó e em cristais, destinados a festas no Norte do país. Segundo os investigadores, a droga era vendida a 25 euros o grama através das redes sociais.
""", ext="txt")

p("h4323", "https://www.farmacia-italiana-online.example/spravato-28mg-spray-nasale", "seller", True, "it",
  "search-snippet", "", """
Spravato 28 mg spray nasale – Acquista online senza ricetta | FarmaciaItalianaOnline Spravato (esketamina) 28 mg, confezioni da 1, 2 o 3 dispositivi. Consegna in 48 ore in tutta Italia, pagamento anche con carta prepagata o bonifico. Prezzo da 189 €.
""", ext="txt")

p("h4324", "https://www.stmarysregional.example/billing/price-transparency/standard-charges", "clinic", False, "en",
  "hospital-charges", "", """
St. Mary's Regional Medical Center — Standard Charges (effective Jan 1, 2027). 96365 IV infusion, initial hour: gross charge $612.00, discounted cash price $290.00. J3490 ketamine HCl 10 mg/mL injection: $38.00. G2082 esketamine nasal self-administration, up to 56 mg, with 2 hours post-administration observation: $1,284.00. Machine-readable file available for download.
""", ext="txt")

p("h4325", "https://community.lakeshoreketamine.example/channels/announcements", "clinic", False, "en",
  "pinned-message", "", """
📌 Pinned by Lakeshore Ketamine Clinic: Welcome to our patient community! This channel is for announcements only. To book, reschedule or ask about your infusion series, call (312) 555-0176 or use the patient portal. Our WhatsApp number sends appointment reminders and can't answer medical questions.
""", ext="txt")

p("h4326", "https://www.pinecrestrecovery.example/ketamine-addiction-treatment", "informational", False, "en",
  "search-snippet", "", """
Ketamine Addiction Treatment | Pinecrest Recovery Center — 24/7 Admissions If you or someone you love is using ketamine every day, bladder pain, memory problems and tolerance can build fast. Our medically supervised detox and residential program in Asheville, NC accepts most insurance. Call (828) 555-0190 to verify your benefits today.
""", ext="txt")

p("h4327", "https://www.resinartsupply.example/products/crystal-shards-clear-500g", "informational", False, "en",
  "product-snippet", "", """
Clear Crystal Shards 500 g – $14.99 | Resin Art Supply Crushed glass shards for resin pours, geodes and coasters. Ships in 1–2 business days, free US shipping over $50. Add to cart.
""", ext="txt")

p("h4328", "https://support.northlighttelehealth.example/article/when-will-my-order-ship", "telehealth", False, "en",
  "help-centre-answer", "", """
When will my order ship? After your video visit, your Northlight clinician reviews your intake and, if appropriate, sends a prescription to our partner pharmacy. Orders ship within 2 business days of approval by UPS 2nd Day Air and need an adult signature; you'll get a tracking link by text. If your clinician needs more information, we'll message you in the app before anything ships.
""", ext="txt")

# ---------------------------------------------------------------- short HTML product / service pages (12)

p("h4329", "https://vetsupplyworld.example/product/vetalar-v-100mg-10ml", "seller", True, "en",
  "product-page", "Vetalar-V 100 mg/ml 10 ml | VetSupplyWorld", """
<header><a href="/">VetSupplyWorld</a> <nav><a href="/c/equine">Equine</a> <a href="/c/canine">Canine</a> <a href="/c/anaesthetics">Anaesthetics</a> <a href="/cart">Cart (0)</a></nav></header>
<main>
<h1>Vetalar-V 100 mg/ml Injection, 10 ml</h1>
<p class="price">$89.00 <s>$112.00</s></p>
<p>Ketamine hydrochloride injectable anaesthetic for veterinary use, original sealed multi-dose vial sourced from EU distributors. No vet prescription or practice licence is needed at checkout; orders leave within 24 hours, worldwide, in plain outer packaging.</p>
<button>Add to cart</button>
</main>
<footer>We accept Visa, Mastercard, Bitcoin and USDT · © VetSupplyWorld</footer>
""", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Vetalar-V 100 mg/ml 10 ml","offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>\n')

p("h4330", "https://www.pawsrx-pharmacy.example/ketamidor-100-mg-ml-injection", "informational", False, "en",
  "vet-pharmacy-product", "Ketamidor 100 mg/mL Injection, 10 mL | PawsRx Veterinary Pharmacy", """
<header><a href="/">PawsRx Veterinary Pharmacy</a> <nav><a href="/dogs">Dogs</a> <a href="/cats">Cats</a> <a href="/horses">Horses</a> <a href="/for-vets">For Veterinarians</a></nav></header>
<main>
<h1>Ketamidor 100 mg/mL Injection, 10 mL vial</h1>
<p class="price">$38.50 <span class="badge">Rx required · C-III</span></p>
<p>Ketamidor is a Schedule III controlled anaesthetic. We dispense it only to licensed veterinary practices with a current DEA registration, against a written order from the prescribing veterinarian; it is never shipped to pet owners or other individuals. Once your clinic's order and registration are verified, it ships by overnight courier to the practice address.</p>
<button>Ordering for a clinic? Sign in</button>
</main>
<footer>PawsRx is a state-licensed, accredited veterinary pharmacy.</footer>
""", noise="cookie")

p("h4331", "https://rapidcalmrx.example/shop/ketamine-troches-150mg", "seller", True, "en",
  "product-page", "Ketamine Troches 150 mg – 30 ct | RapidCalm Rx", """
<header><a href="/">RapidCalm Rx</a> <nav><a href="/shop">Shop</a> <a href="/how-it-works">How it works</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Ketamine Troches 150 mg — 30 count</h1>
<p class="price">$199.00 · free shipping</p>
<p>Skip the waiting room. Answer a 3-minute mood questionnaire at checkout and our affiliated physician approves your order automatically, with no video call and no appointment. Compounded rapid-dissolve troches ship the same day in discreet packaging.</p>
<button>Buy now</button>
</main>
""")

p("h4332", "https://www.tidewellhealth.example/plans/starter", "telehealth", False, "en",
  "service-page", "Starter Program – At-Home Ketamine Therapy | Tidewell Health", """
<header><a href="/">Tidewell Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/plans">Plans</a> <a href="/clinicians">Our clinicians</a> <a href="/login">Log in</a></nav></header>
<main>
<h1>Starter Program</h1>
<p class="price">$399 first month</p>
<p>Starts with a 45-minute video evaluation with a licensed psychiatric nurse practitioner in your state, who reviews your history, current medications and blood-pressure readings. If ketamine is appropriate, a prescription for four sublingual doses goes to our licensed partner pharmacy, which ships it with a blood-pressure cuff and a journal. Two integration sessions with a therapist are included; if you aren't a candidate, the evaluation fee is refunded.</p>
<button>Start your evaluation</button>
</main>
<footer>Tidewell Health, PLLC · Ketamine is used off-label for depression. Not for emergencies: call or text 988.</footer>
""", noise="cookie")

p("h4333", "https://www.summitinfusion.example/services/six-infusion-series", "clinic", False, "en",
  "service-page", "Six-Infusion Induction Series | Summit Infusion Center Boulder", """
<header><a href="/">Summit Infusion Center</a> <nav><a href="/services">Services</a> <a href="/team">Our team</a> <a href="/pricing">Pricing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Six-Infusion Induction Series</h1>
<p class="price">$2,850 package · or $495 per infusion</p>
<p>Six 40-minute IV ketamine infusions over two to three weeks at our Boulder clinic, each monitored by a registered nurse with an anesthesiologist on site. The package includes the initial psychiatric consultation, continuous vitals monitoring and a follow-up visit; a $250 deposit holds your first appointment.</p>
<button>Book now</button>
</main>
<footer>Summit Infusion Center · 2450 Canyon Blvd, Boulder, CO 80302 · (303) 555-0133</footer>
""", head='<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"Summit Infusion Center","address":{"@type":"PostalAddress","streetAddress":"2450 Canyon Blvd","addressLocality":"Boulder","addressRegion":"CO"}}</script>\n')

p("h4334", "https://lojaquimica-br.example/produto/cetamina-hcl-po-5g", "seller", True, "pt",
  "product-page", "Cetamina HCl em pó 99% – 5 g | Loja Química BR", """
<header><a href="/">Loja Química BR</a> <nav><a href="/categoria/dissociativos">Dissociativos</a> <a href="/categoria/estimulantes">Estimulantes</a> <a href="/carrinho">Carrinho</a></nav></header>
<main>
<h1>Cetamina HCl em pó 99% — 5 g</h1>
<p class="price">R$ 650,00 <small>ou R$ 585,00 no Pix</small></p>
<p>Produto de alta pureza, testado em laboratório. Enviamos para todo o Brasil pelos Correios com embalagem discreta e código de rastreio. Pagamento via Pix ou Bitcoin; pedidos acima de 20 g e dúvidas pelo WhatsApp.</p>
<button>Comprar</button>
</main>
""", noise="cookie-pt")

p("h4335", "https://www.psyvirtuel.example/fr/evaluation-esketamine", "telehealth", False, "fr",
  "service-page", "Évaluation en ligne pour l'eskétamine | PsyVirtuel Québec", """
<header><a href="/fr">PsyVirtuel</a> <nav><a href="/fr/services">Services</a> <a href="/fr/equipe">Notre équipe</a> <a href="/fr/tarifs">Tarifs</a> <a href="/en">EN</a></nav></header>
<main>
<h1>Évaluation en ligne pour l'eskétamine</h1>
<p class="price">350 $ (non couvert par la RAMQ)</p>
<p>Un psychiatre membre du Collège des médecins du Québec vous rencontre en visioconférence pour évaluer votre dépression résistante, vos traitements antérieurs et les contre-indications. Si l'eskétamine (Spravato) est indiquée, nous vous orientons vers une clinique partenaire où les séances ont lieu sur place, sous surveillance, et nous assurons le suivi par vidéo. Aucune ordonnance n'est remise sans évaluation complète.</p>
<button>Prendre rendez-vous</button>
</main>
""", noise="cookie-fr")

p("h4336", "https://www.centromenteviva.example/trattamenti/ketamina-ciclo-6-infusioni", "clinic", False, "it",
  "service-page", "Ciclo di 6 infusioni di ketamina | Centro MenteViva Milano", """
<header><a href="/">Centro MenteViva</a> <nav><a href="/trattamenti">Trattamenti</a> <a href="/equipe">Équipe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Ciclo di 6 infusioni di ketamina</h1>
<p class="price">€ 2.400 · pagamento rateale disponibile</p>
<p>Il percorso comprende una visita psichiatrica preliminare, sei infusioni endovenose a basso dosaggio nell'arco di due-tre settimane presso la nostra sede di Milano e un colloquio di controllo finale. Ogni seduta dura circa 40 minuti e si svolge sotto il monitoraggio continuo di un medico anestesista.</p>
<button>Prenota la prima visita</button>
</main>
<footer>Centro MenteViva S.r.l. · Via Vincenzo Monti 18, 20123 Milano · Dir. sanitario Dott.ssa C. Ferri</footer>
""")

p("h4337", "https://purekrystals.example/shop/needlepoint-k-shards-10g", "seller", True, "en",
  "product-page", "Needlepoint K Shards 10g | PureKrystals", """
<header><a href="/">PureKrystals</a> <nav><a href="/shop">Shop</a> <a href="/shipping">Shipping</a> <a href="/reship">Reship policy</a> <a href="/cart">Cart</a></nav></header>
<main>
<h1>Needlepoint K Shards — 10 g</h1>
<p class="price">$310.00</p>
<p>Our cleanest batch yet: long glassy needles, lab-tested at 98.7%, no cut. Vacuum-sealed, mylar-bagged and shipped stealth within 24h of payment; free reship if anything gets seized. BTC, LTC and XMR only.</p>
<button>Add to cart</button>
</main>
""")

p("h4338", "https://www.meridianmedsupply.example/catalog/ketamine-hcl-injection-500mg-10ml", "informational", False, "en",
  "wholesaler-product", "Ketamine HCl Injection, USP 500 mg/10 mL, 10 x 10 mL | Meridian Medical Supply", """
<header><a href="/">Meridian Medical Supply</a> <nav><a href="/catalog/pharmaceuticals">Pharmaceuticals</a> <a href="/catalog/surgical">Surgical</a> <a href="/account/apply">Open an account</a></nav></header>
<main>
<h1>Ketamine HCl Injection, USP 500 mg/10 mL (50 mg/mL), 10 × 10 mL vials — C-III</h1>
<p class="price">Sign in to see your contract price · NDC 70000-0123-10</p>
<p>Available to licensed hospitals, ambulatory surgery centers and veterinary practices only. A current DEA registration must be on file before Schedule III items can be ordered, and orders ship only to the registered address after verification.</p>
<button>Sign in to order</button>
</main>
<footer>Meridian Medical Supply is a licensed pharmaceutical wholesale distributor.</footer>
""")

p("h4339", "https://www.depressiecentrum-oost.example/behandelingen/esketamine", "clinic", False, "nl",
  "service-page", "Esketamine-neusspray | Depressiecentrum Oost", """
<header><a href="/">Depressiecentrum Oost</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Esketamine-neusspray bij therapieresistente depressie</h1>
<p class="price">Vergoed vanuit de basisverzekering (eigen risico van toepassing)</p>
<p>In ons centrum in Enschede krijgt u esketamine (Spravato) op de behandelafdeling, in de eerste vier weken twee keer per week. Na elke toediening blijft u ongeveer twee uur onder toezicht van een verpleegkundige en u mag die dag niet zelf autorijden. Aanmelding loopt via uw huisarts of behandelend psychiater.</p>
<button>Verwijzing aanmelden</button>
</main>
""", noise="cookie-nl")

p("h4340", "https://calmharborhealth.example/membership", "telehealth", False, "en",
  "service-page", "Maintenance Membership | CalmHarbor Health", """
<header><a href="/">CalmHarbor Health</a> <nav><a href="/how-it-works">How it works</a> <a href="/membership">Membership</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Maintenance Membership</h1>
<p class="price">$129 / month</p>
<p>For patients who have finished their first eight weeks with us. Your CalmHarbor prescriber meets you by video every month to review your PHQ-9 scores, side effects and dose; refills go to our licensed partner pharmacy only after that check-in and ship in 2–3 days. Cancel anytime.</p>
<button>Check eligibility</button>
</main>
""")

save(OUT, R)
