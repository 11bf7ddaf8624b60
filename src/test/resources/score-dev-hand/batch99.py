# Batch 99 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: "Sellers that borrow the language of care". Sellers written like clinics and telehealth
# services ("our medical team", intake forms, "consult included", invented doctors, wellness and
# mental-health framing, clinical padding about depression and dosing, testimonials, safety FAQs)
# that in fact ship ketamine, esketamine or a ketamine analogue to anyone (questionnaire-only,
# automatic approval, no prescription, crypto or gift cards, Telegram/WhatsApp ordering, vials or
# lozenges mailed with no clinician relationship); several are subtle, the tell being one line in a
# long caring page. Honest counterparts: real telehealth services and clinics with the same warm
# language, prices, packages, at-home programmes and intake forms, shipping only through licensed
# pharmacies after a real video evaluation by named prescribers; and informational pages on how to
# tell the two apart (consumer guide, pharmacy-board alert, news, forum, podcast, job post).
# Mix: 14 sellers, 9 telehealth, 8 clinics, 9 informational; 24 English, 16 es/de/fr/nl/pt/it
# (es 3, de 3, fr 3, pt 3, nl 2, it 2).
# Shapes: long pages with site chrome (menus, cookie banners, sidebars, footers), medium pages, short
# pages and six 1-3 sentence plain-text snippets (social bios, membership blurb, clinic promo,
# podcast notes, job post): fake telehealth landing pages, a long blog with one-line tell, intake
# forms, safety FAQs, testimonials, invented-doctor rosters, retreat kits; real telehealth landing
# page, intake form, safety FAQ, prescriber roster; KAP practice, IV clinic, REMS centre, hospital
# department, pain unit, new-patient paperwork.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch99.py (writes batch99/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch99")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers that borrow the language of care

p("h9901", "https://serenitymindcare.example/at-home-ketamine-therapy", "seller", True, "en",
  "fake-telehealth-landing-long-chrome", "At-Home Ketamine Therapy | Serenity MindCare - Compassionate Care, Delivered", """
<header class="site-header">
<div class="announce">New: 8-session plans now ship in 2 business days &middot; Save 20% when you pay with Bitcoin or USDT</div>
<a class="logo" href="/">Serenity MindCare <small>mental wellness, reimagined</small></a>
<nav><a href="/how-it-works">How it works</a> <a href="/at-home-ketamine-therapy">Ketamine Therapy</a> <a href="/our-medical-team">Our Medical Team</a> <a href="/pricing">Pricing</a> <a href="/stories">Stories</a> <a href="/faq">FAQ</a> <a class="btn" href="/intake">Start my intake</a></nav>
</header>
<main>
<section class="hero">
<h1>Feel like yourself again.</h1>
<p>Depression, anxiety and burnout can make every day feel heavy. At Serenity MindCare we believe
healing should be gentle, private and affordable &ndash; which is why our medical team brings
evidence-based ketamine therapy straight to your home.</p>
<a class="btn" href="/intake">Take the 5-minute intake &rarr;</a>
<p class="trust">&#9733;&#9733;&#9733;&#9733;&#9733; 4.9 from 2,300+ members &middot; HIPAA-minded &middot; Consult included</p>
</section>

<section class="why">
<h2>Why ketamine?</h2>
<p>Ketamine has been used in hospitals for more than fifty years. Research over the past two decades
suggests that, at low doses, it can ease symptoms of depression within hours rather than weeks,
possibly by encouraging new connections between brain cells (neuroplasticity). Many of our members
had tried two, three or even five antidepressants before they found us.</p>
<p>We care about more than symptoms. Every plan includes a guided journal, calming playlists and
access to our integration community, because what you do after a session matters as much as the
session itself.</p>
</section>

<section class="steps" id="how">
<h2>How it works</h2>
<ol>
<li><strong>Complete your intake form.</strong> Tell us about your mood, your history and your goals.
It takes about five minutes.</li>
<li><strong>Our medical team approves your plan.</strong> Most members are approved in under 15 minutes &ndash;
no video call, no waiting room, no awkward conversations.</li>
<li><strong>Your lozenges ship discreetly.</strong> Rapid-dissolve ketamine lozenges (100 mg or 150 mg)
arrive in plain packaging with your personal dosing guide.</li>
<li><strong>Begin healing at home.</strong> Use our app to log sessions and chat with your care guide.</li>
</ol>
</section>

<section class="pricing">
<h2>Simple, transparent pricing</h2>
<div class="plan"><h3>Starter</h3><p>4 lozenges &middot; 100 mg</p><p class="price">$199</p><p>Consult included</p><a class="btn" href="/cart/add?plan=starter">Add to cart</a></div>
<div class="plan featured"><h3>Renew</h3><p>8 lozenges &middot; 150 mg</p><p class="price">$349</p><p>Consult included &middot; free shipping</p><a class="btn" href="/cart/add?plan=renew">Add to cart</a></div>
<div class="plan"><h3>Maintenance</h3><p>12 lozenges &middot; choose strength</p><p class="price">$469</p><p>Refills without re-intake</p><a class="btn" href="/cart/add?plan=maint">Add to cart</a></div>
<p class="small">We accept Visa, Mastercard and crypto. Crypto orders get 20% off automatically at checkout.</p>
</section>

<section class="team-teaser">
<h2>Meet our medical director</h2>
<p><img src="/img/dr-kessler.jpg" alt="Dr. Adrian Kessler smiling"> <strong>Dr. Adrian Kessler</strong> has spent
over 20 years helping patients find relief from treatment-resistant depression. &ldquo;Everyone
deserves access to modern mental health care, not just people who live near a big-city clinic.&rdquo;</p>
</section>

<section class="stories">
<h2>Real stories</h2>
<blockquote>&ldquo;After years of feeling numb, I finally laughed with my kids again. The whole thing took
one afternoon to set up.&rdquo; &ndash; Danielle R., Tampa</blockquote>
<blockquote>&ldquo;No judgement, no hoops. My package came in a plain box three days later.&rdquo; &ndash; Marcus T., Phoenix</blockquote>
</section>

<section class="faq">
<h2>Frequently asked questions</h2>
<h3>Is ketamine therapy safe?</h3>
<p>When used as directed, low-dose ketamine is well tolerated. Common side effects are mild
dizziness, nausea and a dreamy feeling that passes within an hour or two. Please don't drive after
a session.</p>
<h3>Do I need a referral or an existing prescription?</h3>
<p>No. Your intake form is all we need.</p>
<h3>Which states do you ship to?</h3>
<p>We currently ship to all 50 states and most of Canada.</p>
</section>
</main>
<aside class="sidebar">
<h4>Need to talk now?</h4>
<p>Our care guides are online 7 days a week via live chat.</p>
<h4>Popular reads</h4>
<ul><li><a href="/blog/ketamine-vs-ssris">Ketamine vs SSRIs</a></li><li><a href="/blog/set-and-setting">Set and setting at home</a></li><li><a href="/blog/microdosing">A beginner's guide to microdosing</a></li></ul>
</aside>
<footer>
<p>&copy; 2026 Serenity MindCare. All rights reserved. <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/refunds">Refund policy</a></p>
<p class="small">Serenity MindCare is a wellness brand. Statements on this site have not been evaluated by the FDA.
Content is for educational purposes and does not replace professional medical advice.</p>
</footer>
""", noise="cookie")

p("h9902", "https://northstar-renewal.example/blog/ketamine-for-treatment-resistant-depression", "seller", True, "en",
  "seller-blog-long-one-line-tell", "Ketamine for Treatment-Resistant Depression: What the Research Says | Northstar Renewal", """
<header>
<a class="logo" href="/">NORTHSTAR <span>renewal</span></a>
<nav><a href="/">Home</a> <a href="/program">Our Program</a> <a href="/science">The Science</a> <a href="/blog">Journal</a> <a href="/about">About us</a> <a href="/start" class="cta">Begin</a></nav>
</header>
<article class="post">
<p class="meta">Journal &middot; Mental health &middot; 11 min read &middot; Reviewed by the Northstar clinical team</p>
<h1>Ketamine for treatment-resistant depression: what the research actually says</h1>
<p class="lede">If you have tried antidepressant after antidepressant and still wake up dreading the day,
you are not alone &ndash; and you are not broken. Around one in three people with major depression do
not respond adequately to two or more standard treatments. Clinicians call this treatment-resistant
depression (TRD).</p>

<h2>A different mechanism</h2>
<p>Most antidepressants act on serotonin, norepinephrine or dopamine. Ketamine works mainly on
glutamate, the brain's most common excitatory messenger. By blocking NMDA receptors it triggers a
short burst of glutamate activity, which in turn releases brain-derived neurotrophic factor (BDNF).
Animal studies suggest this can rebuild synapses that chronic stress has worn down. In humans, the
practical result seen in trials is speed: some patients report lighter mood within 24 hours.</p>

<h2>What the studies show</h2>
<p>The landmark randomised trials in the 2000s used a single intravenous infusion of 0.5 mg/kg
over 40 minutes. Response rates at 24 hours ranged from roughly 50 to 70 percent, though the
effect often faded within one to two weeks. Later work looked at repeated infusions (two or three
per week) and at other routes. Esketamine, one of ketamine's two mirror-image molecules, was
approved as a nasal spray in 2019 for adults with TRD, taken alongside an oral antidepressant.</p>
<p>Oral and sublingual ketamine have been studied less, but small trials and case series report
benefits at doses of roughly 0.5 to 3 mg/kg, with lower bioavailability than injection &ndash; only about
20 to 30 percent of a sublingual dose reaches the bloodstream.</p>

<h2>Side effects and who should be careful</h2>
<p>Temporary effects include dissociation (feeling detached or dreamlike), raised blood pressure,
nausea, dizziness and blurred vision. People with uncontrolled hypertension, a history of psychosis,
or a history of substance misuse should discuss risks carefully. Long-term, high-dose recreational
use has been linked to bladder damage.</p>

<h2>Setting matters</h2>
<p>Whatever the route, most researchers agree that the experience goes better in a calm, safe
place, with a trusted person nearby, and with some kind of integration afterwards &ndash; journalling,
therapy or a support group.</p>

<h2>How Northstar fits in</h2>
<p>We started Northstar because the people who need this most are often the ones who can't sit in a
city clinic twice a week at $500 a visit. Unlike traditional clinics, Northstar does not require a
prior prescription or a call with a doctor: once you submit the online questionnaire, approval is
automatic and your first 10-pack of 100 mg sublingual tablets ships the next business day.
Each pack comes with our printed integration workbook and a calming eye mask.</p>

<h2>The bottom line</h2>
<p>Ketamine is not a miracle, and it is not for everyone. But for many people who have run out of
options, it opens a door. Talk to the people you trust, read widely, and be gentle with yourself.</p>
<p class="refs">References: Berman et al., Biol Psychiatry 2000; Zarate et al., Arch Gen Psychiatry 2006;
Daly et al., JAMA Psychiatry 2019.</p>
</article>
<aside class="sidebar">
<div class="card"><h4>Ready to begin?</h4><p>10-pack from $240 &middot; 20-pack $420</p><a class="cta" href="/start">Start questionnaire</a></div>
<div class="card"><h4>Subscribe to the Journal</h4><form><input type="email" placeholder="you@email.com"><button>Sign up</button></form></div>
<div class="card"><h4>Related</h4><ul><li><a href="/blog/integration-101">Integration 101</a></li><li><a href="/blog/what-is-dissociation">What is dissociation?</a></li></ul></div>
</aside>
<footer><p>&copy; 2026 Northstar Renewal LLC &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/contact">Contact</a></p>
<p>If you are in crisis, call or text 988.</p></footer>
""", noise="cookie")

p("h9903", "https://calmwaters-telepsych.example/intake", "seller", True, "en",
  "fake-telehealth-intake-form-telegram", "Patient Intake | CalmWaters TelePsych", """
<header><a href="/">CalmWaters <em>TelePsych</em></a>
<nav><a href="/">Home</a> <a href="/treatments">Treatments</a> <a href="/intake">Intake</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Your confidential intake</h1>
<p>Thank you for trusting us with your care. Every form is reviewed by our medical director,
<strong>Dr. Miriam Sokolov</strong>, and her team. Please answer honestly &ndash; there are no wrong answers.</p>
<form action="/intake/submit" method="post">
<fieldset><legend>About you</legend>
<label>Full name <input name="name"></label>
<label>Date of birth <input name="dob" type="date"></label>
<label>Shipping address <textarea name="address"></textarea></label>
</fieldset>
<fieldset><legend>Your mental health</legend>
<label>Have you ever been diagnosed with depression or anxiety? <select name="dx"><option>Yes</option><option>No</option><option>Not sure</option></select></label>
<label>How would you rate your mood over the last two weeks (1-10)? <input name="mood" type="number"></label>
<label>Have you tried antidepressants before? <select name="ad"><option>Yes</option><option>No</option></select></label>
</fieldset>
<fieldset><legend>Choose your treatment</legend>
<label><input type="radio" name="product" value="spray"> Esketamine nasal spray, 28 mg device &times; 3 &ndash; $420</label>
<label><input type="radio" name="product" value="loz100"> Ketamine lozenges 100 mg &times; 10 &ndash; $260</label>
<label><input type="radio" name="product" value="loz200"> Ketamine lozenges 200 mg &times; 10 &ndash; $380</label>
</fieldset>
<label><input type="checkbox" name="agree"> I confirm I am over 18 and have read the safety information.</label>
<button type="submit">Submit intake</button>
</form>
<section class="next">
<h2>What happens next?</h2>
<p>After submitting, message our care coordinator on Telegram (<strong>@calmwaters_care</strong>) with your
intake number to confirm payment and shipping. No video appointment is necessary &ndash; we know
how hard it can be to talk about these things, so we've made it as easy as possible.</p>
</section>
</main>
<footer>&copy; 2026 CalmWaters TelePsych &middot; Caring for minds, wherever you are.</footer>
""")

p("h9904", "https://verdanthealing.example/faq", "seller", True, "en",
  "seller-safety-faq-medium", "FAQ - Safety, Shipping & Your Care | Verdant Healing", """
<header><a class="logo" href="/">Verdant Healing</a>
<nav><a href="/">Home</a> <a href="/protocols">Protocols</a> <a href="/faq">FAQ</a> <a href="/shop">Shop</a> <a href="/contact">Contact</a></nav></header>
<main class="faq">
<h1>Frequently asked questions</h1>
<p>Your wellbeing is our first priority. Below are the questions our care team hears most.</p>

<h3>Is ketamine safe?</h3>
<p>Ketamine is on the WHO list of essential medicines and has a long safety record in medicine. At the
doses in our protocols most people experience only mild, short-lived effects such as light-headedness.
We recommend that you don't combine it with alcohol or benzodiazepines, and that you stay seated
during your session.</p>

<h3>How do I know which strength is right for me?</h3>
<p>Our in-house medical team writes your protocol based on your questionnaire (weight, experience,
goals). Most first-time clients begin with our 50 mg/ml nasal solution, 2 sprays.</p>

<h3>Do I need a prescription?</h3>
<p>No. You don't need a prescription or a doctor's appointment to order from Verdant. Our
questionnaire replaces the traditional consultation.</p>

<h3>How is my order shipped?</h3>
<p>Orders leave our fulfilment partner within 48 hours in plain, unbranded packaging with no pharmacy
labels. International orders travel with tracking. If your parcel is held or seized by customs, we
reship once for free &ndash; no questions asked.</p>

<h3>What payment methods do you take?</h3>
<p>Bitcoin, Litecoin, USDT (TRC-20) and Zelle. Card payments are temporarily unavailable.</p>

<h3>Can I talk to someone?</h3>
<p>Of course. Email care@verdanthealing.example or message us on Wickr. We usually reply within a few hours.</p>
</main>
<footer>&copy; Verdant Healing 2026 &middot; For adults 21+ only.</footer>
""")

p("h9905", "https://evergreen-mindclinic.example/stories", "seller", True, "en",
  "fake-clinic-testimonials-short-whatsapp", "Patient Stories | Evergreen Mind Clinic", """
<nav><a href="/">Evergreen Mind Clinic</a> | <a href="/treatments">Treatments</a> | <a href="/stories">Stories</a> | <a href="/order">Order</a></nav>
<h1>Stories from our patients</h1>
<blockquote>&ldquo;I had tried three SSRIs and nothing touched the fog. I filled out the form on a Sunday night
and the vials were at my door on Thursday. I never even had to talk to anyone, which with my social
anxiety was honestly a blessing.&rdquo; &ndash; Sarah K., Ohio</blockquote>
<blockquote>&ldquo;The dosing card was easy to follow and the team answered my WhatsApp messages at 11pm. Five stars.&rdquo; &ndash; Jordan P., Texas</blockquote>
<blockquote>&ldquo;Better than the clinic downtown that wanted $3,000 and a psych evaluation.&rdquo; &ndash; Anonymous</blockquote>
<p><strong>Ready to write your own story?</strong> Ketamine 10 ml vials (50 mg/ml) from $180. Order through
WhatsApp at +1 (347) 555-0192 &ndash; no prescription needed, we ship nationwide.</p>
""")

p("h9906", "https://instagram.example/renewmind.wellness", "seller", True, "en",
  "social-bio-snippet", "renewmind.wellness", """
renewmind.wellness 🌿 Mental health support that actually works | Ketamine lozenges + esketamine spray, consult included ✔️ no script needed, ships to all 50 states 📦 | DM or Telegram @renewmind_rx | BTC / CashApp
""", ext="txt")

p("h9907", "https://luminapsych-institute.example/our-physicians", "seller", True, "en",
  "invented-doctors-analogue-long-chrome", "Our Physicians & Protocols | Lumina Psychedelic Wellness Institute", """
<header class="main-header">
<div class="util">Members log in &middot; <a href="/support">Support</a> &middot; EN | DE</div>
<a class="logo" href="/">LUMINA <small>Psychedelic Wellness Institute</small></a>
<nav><a href="/">Home</a> <a href="/our-physicians">Our Physicians</a> <a href="/protocols">Protocols</a> <a href="/research">Research</a> <a href="/store">Store</a> <a href="/faq">FAQ</a></nav>
</header>
<main>
<h1>Guided by physicians. Driven by compassion.</h1>
<p>Lumina was founded by a small group of doctors who believe the next generation of mental health
care will happen outside hospital walls. Our physicians design every protocol, write every dosing
schedule and personally answer member questions in our private forum.</p>

<section class="doctors">
<div class="doc"><img src="/img/team/wren.jpg" alt="">
<h2>Dr. Hollis Wren, MD, PhD</h2>
<p>Chief Medical Officer. Trained in neuropharmacology in Zurich and Boston; twenty years of research
into glutamate modulators and mood. Hollis leads the development of our dissociative protocols.</p></div>
<div class="doc"><img src="/img/team/achterberg.jpg" alt="">
<h2>Dr. Saskia Achterberg, MD</h2>
<p>Integrative psychiatrist with a special interest in trauma and burnout. Saskia wrote our
integration curriculum and hosts the monthly &ldquo;After the Journey&rdquo; circle.</p></div>
<div class="doc"><img src="/img/team/mbeki.jpg" alt="">
<h2>Dr. Tomas Mbeki-Lund, DO</h2>
<p>Former emergency physician. Tomas oversees member safety and our harm-minimisation guidance.</p></div>
</section>

<section class="protocols">
<h2>Our protocols</h2>
<p>Because ketamine itself is tightly controlled in most countries and rarely covered by insurance,
our physicians have built the Lumina protocols around its next-generation cousin,
<strong>2-FDCK (2-fluorodeschloroketamine)</strong>. 2-FDCK has a similar profile to ketamine with a
slightly longer duration, which many members find ideal for reflective, at-home sessions.</p>
<table class="doses">
<tr><th>Protocol</th><th>Material</th><th>Suggested schedule</th><th>Price</th></tr>
<tr><td>Gentle Start</td><td>2-FDCK crystal, 1 g</td><td>20&ndash;30 mg, twice weekly, 4 weeks</td><td>&euro;45</td></tr>
<tr><td>Deep Reset</td><td>2-FDCK crystal, 5 g</td><td>50&ndash;75 mg, weekly, 8 weeks</td><td>&euro;160</td></tr>
<tr><td>Practitioner pack</td><td>2-FDCK, 25 g</td><td>for circles and retreat hosts</td><td>&euro;590</td></tr>
</table>
<p>Materials are supplied as analytical reference standards (&ge;99.5% purity, HPLC certificate
included) and are labelled &ldquo;not for human consumption&rdquo; for legal reasons. Membership, physician
protocol and forum access are included with every order. No appointment or referral is needed:
choose your protocol, check out with Bitcoin or Monero, and your pack leaves our EU warehouse in
vacuum-sealed, odour-proof packaging within 24 hours.</p>
</section>

<section class="values">
<h2>What we stand for</h2>
<ul><li>Access without gatekeeping</li><li>Science, not hype</li><li>Integration as medicine</li><li>Radical privacy &ndash; we never ask for ID</li></ul>
</section>
</main>
<aside><h4>From the forum</h4><p>&ldquo;Dr. Wren's weekly Q&amp;A is worth the membership alone.&rdquo; &ndash; member #2281</p></aside>
<footer>
<p>&copy; 2026 Lumina Psychedelic Wellness Institute. Information on this website is educational and is not medical advice.</p>
<p><a href="/legal">Legal</a> &middot; <a href="/privacy">Privacy</a> &middot; <a href="/shipping">Shipping</a></p>
</footer>
""", noise="cookie")

p("h9908", "https://stillpoint-athome.example/retreat-kit", "seller", True, "en",
  "wellness-retreat-kit-vials-giftcards", "The Stillpoint At-Home Retreat Kit", """
<header><a href="/">stillpoint</a> &middot; <a href="/retreat-kit">Retreat Kit</a> &middot; <a href="/journal">Journal</a> &middot; <a href="/about">Our story</a></header>
<main>
<h1>The At-Home Retreat Kit</h1>
<p>A weekend of stillness, designed with care. Our kit brings the calm of a ketamine retreat into your
own living room, for a fraction of the cost of a clinic or a plane ticket to Costa Rica.</p>
<h2>What's inside</h2>
<ul>
<li>2 &times; 10 ml ketamine hydrochloride 100 mg/ml (veterinary-grade, sealed vials)</li>
<li>10 &times; 1 ml insulin syringes and alcohol swabs</li>
<li>Silk eye mask and our &ldquo;Descent&rdquo; playlist (QR code)</li>
<li>72-page integration journal</li>
</ul>
<h2>Care, every step of the way</h2>
<p>After you order, our retreat nurse Jo emails your personal dosing guide and stays available by
message all weekend. No prescription required &ndash; we believe adults can make informed choices about
their own healing.</p>
<p class="price">Retreat Kit &ndash; $395 &middot; <a href="/checkout?kit=1">Reserve yours</a></p>
<p class="small">To protect your privacy we take payment in Amazon, Apple or Steam gift cards. Send the
card codes to orders@stillpoint-athome.example after checkout.</p>
</main>
<footer>Stillpoint &middot; Slow down. Come home to yourself.</footer>
""")

p("h9909", "https://bienestarmental-online.example/terapia-esketamina-en-casa", "seller", True, "es",
  "fake-telehealth-landing-long-chrome-es", "Terapia con esketamina en casa | Centro de Bienestar Mental Online", """
<header class="cabecera">
<div class="aviso">Envíos a toda España y Latinoamérica &middot; Atención por WhatsApp de 9 a 23 h</div>
<a class="logo" href="/">Centro de Bienestar Mental <span>Online</span></a>
<nav><a href="/">Inicio</a> <a href="/como-funciona">Cómo funciona</a> <a href="/terapia-esketamina-en-casa">Esketamina en casa</a> <a href="/equipo-medico">Nuestro equipo médico</a> <a href="/precios">Precios</a> <a href="/opiniones">Opiniones</a> <a href="/contacto">Contacto</a></nav>
</header>
<main>
<section class="hero">
<h1>Vuelve a sentirte tú. Desde casa.</h1>
<p>La depresión no espera y las listas de espera tampoco deberían. Nuestro equipo médico ha creado un
programa de esketamina en casa pensado para personas que ya lo han probado todo: cercano,
discreto y sin desplazamientos.</p>
<a class="boton" href="/cuestionario">Empezar el cuestionario</a>
</section>
<section>
<h2>¿Qué es la esketamina?</h2>
<p>La esketamina es la forma S de la ketamina. Desde 2019 se utiliza en Europa en forma de spray nasal
para la depresión resistente. Actúa sobre el glutamato y, a diferencia de los antidepresivos
clásicos, muchas personas notan mejoría en pocos días. Los efectos secundarios más frecuentes
(mareo, náuseas, sensación de irrealidad) suelen desaparecer en una o dos horas.</p>
</section>
<section class="pasos">
<h2>Cómo funciona</h2>
<ol>
<li><strong>Rellena el cuestionario de salud</strong> (10 preguntas, 3 minutos).</li>
<li><strong>Aprobación automática</strong>: el sistema valida tu perfil al momento, sin videollamada ni receta previa.</li>
<li><strong>Recibe tu spray</strong> en 24-72 h en un paquete neutro, sin logotipos.</li>
<li><strong>Acompañamiento</strong>: tu asesora de bienestar te escribe por WhatsApp después de cada sesión.</li>
</ol>
</section>
<section class="precios">
<h2>Precios</h2>
<p>Pack Inicio &ndash; 2 dispositivos de spray de esketamina 28 mg: <strong>290 &euro;</strong> (consulta incluida)</p>
<p>Pack Continuidad &ndash; 6 dispositivos: <strong>790 &euro;</strong></p>
<p>Pago por Bizum, transferencia o USDT/Bitcoin (5 % de descuento). Para pedir, escríbenos al
WhatsApp +34 611 555 208 con tu número de cuestionario.</p>
</section>
<section class="opiniones">
<h2>Lo que dicen nuestros pacientes</h2>
<blockquote>&laquo;Mi psiquiatra de la Seguridad Social me daba cita para dentro de cuatro meses. Aquí en
tres días tenía el spray en casa.&raquo; &ndash; Laura, Zaragoza</blockquote>
<blockquote>&laquo;Trato muy humano, me preguntan cómo estoy cada semana.&raquo; &ndash; Andrés, Medellín</blockquote>
</section>
</main>
<footer>
<p>&copy; 2026 Centro de Bienestar Mental Online &middot; <a href="/aviso-legal">Aviso legal</a> &middot; <a href="/privacidad">Privacidad</a></p>
<p class="peq">La información de esta web tiene carácter divulgativo y no sustituye la consulta con un profesional.</p>
</footer>
""", noise="cookie-es")

p("h9910", "https://seelenruhe-praxis.example/ketamin-therapie-zuhause", "seller", True, "de",
  "fake-online-praxis-medium-de", "Ketamin-Therapie für zuhause | Seelenruhe Online-Praxis", """
<header><a href="/">Seelenruhe <small>Ihre Online-Praxis für seelische Gesundheit</small></a>
<nav><a href="/">Start</a> <a href="/ketamin-therapie-zuhause">Ketamin-Therapie</a> <a href="/team">Unser Ärzteteam</a> <a href="/faq">Häufige Fragen</a> <a href="/fragebogen">Fragebogen</a></nav></header>
<main>
<h1>Ketamin-Therapie bequem von zuhause</h1>
<p>Depression, Erschöpfung, innere Leere &ndash; Sie müssen das nicht allein tragen. Unser Ärzteteam
begleitet Sie einfühlsam und diskret auf dem Weg zurück ins Leben.</p>
<h2>So einfach geht's</h2>
<ol>
<li>Medizinischen Fragebogen ausfüllen (ca. 5 Minuten)</li>
<li>Freigabe automatisch innerhalb von 10 Minuten &ndash; kein Rezept, kein Arzttermin, kein Wartezimmer</li>
<li>Versand Ihrer Ketamin-Lutschtabletten (50 mg oder 100 mg) diskret und neutral verpackt aus unserem Lager in den Niederlanden</li>
</ol>
<h2>Preise</h2>
<p>Starterpaket 10 &times; 50 mg: 189 &euro; &middot; Aufbaupaket 20 &times; 100 mg: 449 &euro; &ndash; Erstberatung inklusive.</p>
<p>Bezahlung per Bitcoin, Ethereum oder Paysafecard. Aus Datenschutzgründen bieten wir keine
Zahlung per Krankenkasse oder Rechnung an.</p>
<h2>Ist das sicher?</h2>
<p>Ketamin wird seit Jahrzehnten in der Medizin eingesetzt. Unsere Dosierungsanleitung orientiert sich
an aktuellen Studien. Nehmen Sie die Tabletten in ruhiger Umgebung und nicht zusammen mit Alkohol.</p>
</main>
<footer>&copy; 2026 Seelenruhe &middot; <a href="/impressum">Impressum</a> &middot; <a href="/datenschutz">Datenschutz</a></footer>
""", noise="cookie-de")

p("h9911", "https://sereniteconsult.example/traitement-esketamine", "seller", True, "fr",
  "fake-teleconsultation-medium-fr", "Traitement à domicile par eskétamine | Sérénité Consult", """
<header><a class="logo" href="/">Sérénité Consult</a>
<nav><a href="/">Accueil</a> <a href="/traitement-esketamine">Eskétamine &amp; kétamine</a> <a href="/equipe">Notre équipe médicale</a> <a href="/temoignages">Témoignages</a> <a href="/commander">Commander</a></nav></header>
<main>
<h1>Retrouver l'élan, à votre rythme</h1>
<p>Chez Sérénité Consult, notre équipe médicale accompagne les personnes souffrant de dépression
résistante avec bienveillance et sans jugement. La consultation est incluse dans chaque formule.</p>
<h2>Comment ça marche&nbsp;?</h2>
<p>Vous remplissez notre questionnaire en ligne sur votre humeur et vos antécédents. Aucune
ordonnance n'est nécessaire et vous n'avez pas besoin de rencontrer un médecin&nbsp;: votre protocole
est généré à partir de vos réponses et votre colis part sous 48&nbsp;h.</p>
<h2>Nos formules</h2>
<ul>
<li>Découverte &ndash; 1 flacon de kétamine 10 ml (50 mg/ml) + pipette doseuse&nbsp;: 165&nbsp;&euro;</li>
<li>Accompagnement &ndash; 3 flacons + guide d'intégration&nbsp;: 420&nbsp;&euro;</li>
<li>Eskétamine spray nasal, boîte de 2&nbsp;: 310&nbsp;&euro;</li>
</ul>
<p>Paiement en Bitcoin, USDT ou coupons Transcash/PCS. Livraison discrète en France, Belgique et Suisse.</p>
<h2>Témoignage</h2>
<blockquote>&laquo;&nbsp;Enfin un service qui ne me fait pas attendre six mois pour un rendez-vous.&nbsp;&raquo; &ndash; Céline, Lyon</blockquote>
</main>
<footer>&copy; 2026 Sérénité Consult &middot; <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h9912", "https://clinicaleveza.example/cetamina-sublingual", "seller", True, "pt",
  "fake-online-clinic-short-pt", "Cetamina sublingual | Clínica Leveza - cuidado em saúde mental", """
<nav><a href="/">Clínica Leveza</a> · <a href="/tratamentos">Tratamentos</a> · <a href="/equipe">Equipe médica</a> · <a href="/pedido">Fazer pedido</a></nav>
<h1>Cetamina sublingual em gotas</h1>
<p>Cuidar da mente é um ato de coragem. Nossa equipe médica preparou um protocolo acolhedor para quem
convive com depressão e ansiedade.</p>
<p>Como funciona: você responde ao questionário de saúde e a receita é emitida automaticamente, sem
consulta por vídeo. Frasco de 30 ml (50 mg/ml) por R$ 690, envio discreto para todo o Brasil em
embalagem sem identificação. Pagamento via Pix ou USDT. Pedidos pelo WhatsApp (11) 95555-0147.</p>
""", noise="cookie-pt")

p("h9913", "https://rustpunt-zorg.example/esketamine-neusspray", "seller", True, "nl",
  "fake-care-page-short-nl", "Esketamine neusspray | Rustpunt Zorg", """
<header><a href="/">Rustpunt Zorg</a> &middot; <a href="/behandelingen">Behandelingen</a> &middot; <a href="/ons-team">Ons medisch team</a> &middot; <a href="/contact">Contact</a></header>
<main>
<h1>Esketamine neusspray bij somberheid</h1>
<p>Ons medisch team weet hoe zwaar een depressie kan zijn. Daarom maken we het je zo makkelijk mogelijk:
geen wachtlijst, geen verwijzing van de huisarts en geen recept nodig.</p>
<p>Bestel via Telegram (@rustpunt_zorg): 1 spray 28 mg voor &euro; 145, 3 stuks voor &euro; 395. Bezorging binnen
twee werkdagen in neutrale verpakking. Betalen kan met iDEAL-tikkie of crypto.</p>
</main>
""", noise="cookie-nl")

p("h9914", "https://facebook.example/benessere.mentale.ketamina", "seller", True, "it",
  "social-page-snippet-it", "Benessere Mentale Online", """
Benessere Mentale Online 🩺 Il nostro team medico ti aiuta con ansia e depressione: ketamina sublinguale e spray di esketamina, consulto incluso, nessuna ricetta necessaria. Spedizione discreta in tutta Italia in 48h — ordina su WhatsApp +39 351 555 0184, pagamento anche in crypto.
""", ext="txt")

# ---------------------------------------------------------------- honest telehealth with the same warm language

p("h9915", "https://harborlight-health.example/at-home-ketamine", "telehealth", False, "en",
  "real-telehealth-landing-long-chrome", "At-Home Ketamine Therapy with Licensed Psychiatric Clinicians | Harborlight Health", """
<header class="site-header">
<div class="announce">Now seeing patients in California, Oregon, Washington, Colorado and New York &middot; Most plans HSA/FSA eligible</div>
<a class="logo" href="/">Harborlight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/at-home-ketamine">At-home ketamine</a> <a href="/our-clinicians">Our clinicians</a> <a href="/pricing">Pricing</a> <a href="/safety">Safety</a> <a href="/faq">FAQ</a> <a class="btn" href="/get-started">See if you're a candidate</a> <a href="/login">Log in</a></nav>
</header>
<main>
<section class="hero">
<h1>Gentle, expert care for depression that hasn't let go.</h1>
<p>Harborlight is a psychiatric telehealth practice. Our medical team of board-certified
psychiatrists and psychiatric nurse practitioners offers ketamine-assisted treatment at home &ndash;
with real evaluations, real follow-up and real people who know your name.</p>
<a class="btn" href="/get-started">Start your intake form</a>
</section>

<section class="steps">
<h2>How it works</h2>
<ol>
<li><strong>Intake form (10 minutes).</strong> Tell us about your symptoms, medical history and current
medications. You'll also complete the PHQ-9 and GAD-7 questionnaires.</li>
<li><strong>Video evaluation with a prescriber (60 minutes).</strong> A licensed psychiatric clinician in
your state reviews your history, screens for conditions that make ketamine unsafe (such as
uncontrolled high blood pressure, psychosis or a recent substance use disorder) and talks through
alternatives. We may ask for records from your primary care doctor or therapist, and for a recent
blood pressure reading.</li>
<li><strong>Your treatment plan.</strong> If ketamine is appropriate, your prescriber sends a prescription
to our partner, Meridian Specialty Pharmacy (a licensed pharmacy in each state we serve). Meridian
ships directly to you; an adult signature is required at delivery. If ketamine isn't right for you,
we'll tell you honestly and help you find another path &ndash; about one in four people who complete an
evaluation are not prescribed ketamine.</li>
<li><strong>Guided sessions and check-ins.</strong> Your first session is supervised live by video with a
clinician. A sober adult &ldquo;sitter&rdquo; must be present for every session. You'll have a follow-up video
visit after sessions 1, 3 and 6, and your dose is only adjusted by your prescriber.</li>
</ol>
</section>

<section class="pricing">
<h2>Pricing</h2>
<div class="plan"><h3>Initial evaluation</h3><p class="price">$250</p><p>60-minute video evaluation with a prescriber. Refunded in full as credit if you're not a candidate.</p></div>
<div class="plan featured"><h3>6-session programme</h3><p class="price">$1,150</p><p>Includes 3 follow-up video visits, integration coaching and in-app messaging with your care team. Medication is billed separately by the pharmacy (typically $60&ndash;$110).</p></div>
<div class="plan"><h3>Maintenance membership</h3><p class="price">$229/month</p><p>Monthly prescriber visit, PHQ-9 tracking, refills only after review.</p></div>
<p class="small">We are out-of-network with most insurers; we provide superbills for reimbursement.</p>
</section>

<section class="clinicians">
<h2>Meet some of our clinicians</h2>
<div class="card"><strong>Priya Ramanathan, MD</strong> &ndash; Medical Director. Board-certified in psychiatry (ABPN).
Licensed in CA (A-141872), OR and WA. Previously attending psychiatrist at a university
interventional psychiatry service.</div>
<div class="card"><strong>Marcus Oyelaran, PMHNP-BC</strong> &ndash; Psychiatric nurse practitioner licensed in CO and NY.
Ten years in community mental health.</div>
<div class="card"><strong>Elena Fuchs, LMFT</strong> &ndash; Lead integration therapist.</div>
<p><a href="/our-clinicians">See all clinicians and their licences &rarr;</a></p>
</section>

<section class="stories">
<h2>From our patients</h2>
<blockquote>&ldquo;Dr. Ramanathan spent an hour with me before anything was prescribed. For the first time I felt like
someone was actually looking at the whole picture.&rdquo; &ndash; Harborlight patient, Portland (shared with permission)</blockquote>
</section>

<section class="faq">
<h2>Common questions</h2>
<h3>Can I just order the medication?</h3>
<p>No. Ketamine is a controlled substance and we only prescribe after a full evaluation and within an
ongoing treatment relationship. We never sell medication directly.</p>
<h3>What if I'm in crisis?</h3>
<p>Harborlight is not an emergency service. If you are thinking about suicide, call or text 988 or go
to your nearest emergency department.</p>
</section>
</main>
<footer>
<p>Harborlight Health Medical Group, P.C. &middot; 1450 Harbor Blvd, Suite 300, Oakland, CA &middot; <a href="/privacy">Notice of privacy practices</a> &middot; <a href="/terms">Terms</a> &middot; <a href="/licences">State licences</a></p>
<p class="small">Ketamine is FDA-approved as an anaesthetic; its use for depression is off-label. Results vary.</p>
</footer>
""", noise="cookie")

p("h9916", "https://quietharbor-telepsychiatry.example/get-started/intake", "telehealth", False, "en",
  "real-telehealth-intake-form", "New Patient Intake | Quiet Harbor Telepsychiatry", """
<header><a href="/">Quiet Harbor Telepsychiatry</a> <nav><a href="/services">Services</a> <a href="/team">Our team</a> <a href="/get-started">Get started</a> <a href="/portal">Patient portal</a></nav></header>
<main>
<h1>New patient intake</h1>
<p>We're glad you're here. This form helps our medical team prepare for your first appointment. It
takes about 15 minutes and you can save and come back later.</p>
<p class="notice"><strong>Please note:</strong> no medication is prescribed on the basis of this form. Every new
patient has a 60-minute video evaluation with one of our psychiatrists or psychiatric nurse
practitioners first. Ketamine and esketamine are considered only after that evaluation, and only
for people for whom other treatments have not worked.</p>
<form action="/get-started/intake" method="post">
<fieldset><legend>1. Personal details</legend>
<label>Legal name <input name="legal_name"></label>
<label>Date of birth <input type="date" name="dob"></label>
<label>State of residence (we can only treat you in a state where your clinician is licensed) <select name="state"><option>Massachusetts</option><option>New Hampshire</option><option>Rhode Island</option><option>Maine</option><option>Vermont</option></select></label>
<label>Photo ID upload <input type="file" name="id"></label>
</fieldset>
<fieldset><legend>2. Health history</legend>
<label>Current medications and doses <textarea name="meds"></textarea></label>
<label>Previous antidepressant trials (name, dose, how long) <textarea name="trials"></textarea></label>
<label>Do you have high blood pressure, heart disease or a history of psychosis or mania? <select name="contra"><option>No</option><option>Yes</option><option>Not sure</option></select></label>
<label>Alcohol and substance use in the last 12 months <textarea name="sud"></textarea></label>
<label>Primary care physician and therapist (so we can coordinate care, with your consent) <input name="pcp"></label>
</fieldset>
<fieldset><legend>3. Questionnaires</legend><p>PHQ-9 and GAD-7 (opens in the next step).</p></fieldset>
<fieldset><legend>4. Insurance or self-pay</legend>
<label><input type="radio" name="pay" value="ins"> Insurance (we're in-network with several Massachusetts plans)</label>
<label><input type="radio" name="pay" value="self"> Self-pay &ndash; $285 for the initial evaluation</label>
</fieldset>
<button type="submit">Save and continue</button>
</form>
<p class="small">If you are having thoughts of harming yourself, please call or text 988 now. This form is not monitored in real time.</p>
</main>
<footer>Quiet Harbor Telepsychiatry, PLLC &middot; <a href="/privacy">HIPAA notice</a></footer>
""")

p("h9917", "https://tidewell.example/faq/safety", "telehealth", False, "en",
  "real-telehealth-safety-faq", "Safety FAQ | Tidewell Ketamine Care at Home", """
<header><a href="/">Tidewell</a> &middot; <a href="/program">Program</a> &middot; <a href="/clinicians">Clinicians</a> &middot; <a href="/pricing">Pricing</a> &middot; <a href="/faq">FAQ</a></header>
<main>
<h1>Your safety, answered honestly</h1>
<p>We'd rather you ask us too many questions than too few. Here is how we keep at-home treatment safe.</p>
<h3>Who decides whether I can have ketamine?</h3>
<p>A Tidewell prescriber &ndash; a psychiatrist or psychiatric nurse practitioner licensed in your state &ndash;
after a live video evaluation. The intake questionnaire only helps us prepare; it never approves
anyone. We decline roughly a quarter of applicants and refer them to other care.</p>
<h3>Who shouldn't take ketamine at home?</h3>
<p>People with uncontrolled hypertension, significant heart disease, active psychosis or mania, a
recent substance use disorder, pregnancy, or who can't arrange a sober adult to be present. Some
of these people may still be treated in an in-person clinic with monitoring, and we'll help with
that referral.</p>
<h3>How is the dose chosen?</h3>
<p>Your prescriber starts low and adjusts only after reviewing your session reports, blood pressure
readings (we send you a validated cuff) and a follow-up video visit. You can't change your own
dose or request an early refill.</p>
<h3>Where does the medication come from?</h3>
<p>From Bayline Pharmacy, a state-licensed pharmacy that fills your prescription and ships it with
signature required. Each shipment contains only the number of doses for your current phase.</p>
<h3>What if something goes wrong during a session?</h3>
<p>Your sitter has our clinical on-call number. For anything urgent, they should call 911.</p>
<h3>Is this a cure?</h3>
<p>No. Ketamine helps some people with treatment-resistant depression, often temporarily, and works
best alongside therapy. We'll measure your progress with the PHQ-9 and stop if it isn't helping.</p>
</main>
<footer>&copy; 2026 Tidewell Medical, PC &middot; Crisis? Call or text 988.</footer>
""")

p("h9918", "https://ashgrovecare.example/our-prescribers", "telehealth", False, "en",
  "real-telehealth-prescriber-roster-short", "Our Prescribers | Ashgrove Virtual Psychiatry", """
<nav><a href="/">Ashgrove Virtual Psychiatry</a> | <a href="/ketamine">Ketamine program</a> | <a href="/our-prescribers">Our prescribers</a> | <a href="/book">Book evaluation</a></nav>
<h1>Our prescribers</h1>
<p>Every Ashgrove patient is evaluated by video by one of the clinicians below before any prescription
is written. You can verify each licence on your state board's website.</p>
<ul>
<li><strong>Jonathan Abernathy-Reyes, MD</strong> &ndash; psychiatry, ABPN certified. Texas license R4471, Florida ME 139204.</li>
<li><strong>Keiko Hanlon, PMHNP-BC</strong> &ndash; Texas APRN 1029384, Arizona RN/NP 2290413.</li>
<li><strong>Olufemi Adeyinka, DO</strong> &ndash; psychiatry and addiction medicine. Florida OS 20931.</li>
</ul>
<p>Prescriptions are sent to licensed pharmacies only. <a href="/book">Book a 50-minute video evaluation ($240)</a>.</p>
""")

p("h9919", "https://tidewell.example/membership", "telehealth", False, "en",
  "telehealth-membership-snippet", "Tidewell membership", """
Tidewell membership, $249/month: monthly video visit with your prescriber, unlimited care-team messaging, blood-pressure cuff and integration group. Medication is not included; if your prescriber continues ketamine, our licensed partner pharmacy fills the prescription and ships it with signature on delivery.
""", ext="txt")

p("h9920", "https://psiquiatria-enlinea.example/esketamina", "telehealth", False, "es",
  "virtual-psychiatry-refers-for-esketamine-es", "Esketamina para la depresión resistente | Psiquiatría en Línea", """
<header><a href="/">Psiquiatría en Línea</a>
<nav><a href="/">Inicio</a> <a href="/equipo">Equipo</a> <a href="/esketamina">Esketamina</a> <a href="/tarifas">Tarifas</a> <a href="/pedir-cita">Pedir cita</a></nav></header>
<main>
<h1>Esketamina: cómo te acompañamos</h1>
<p>Sabemos lo agotador que es probar tratamiento tras tratamiento. En Psiquiatría en Línea te
escuchamos con calma y sin prisas, desde tu casa.</p>
<h2>Primera consulta por videollamada</h2>
<p>Tu primera visita es una videoconsulta de 50 minutos con una de nuestras psiquiatras: la
Dra. Lucía Ferrer Camps (colegiada n.º 08/41327, COMB) o la Dra. Itziar Goikoetxea Sanz (colegiada
n.º 48/12095). Antes te pediremos que rellenes un breve formulario de ingreso y que nos envíes tus
informes previos.</p>
<h2>¿Y si la esketamina está indicada?</h2>
<p>La esketamina en spray nasal solo puede administrarse en un centro sanitario, bajo supervisión y
con observación posterior de al menos dos horas. Por eso <strong>no la enviamos a domicilio</strong>: si tu
psiquiatra la considera adecuada, te derivamos a nuestro centro asociado, Clínica Delta Salud Mental
(Barcelona y Valencia), donde se realizan las sesiones. Nosotras seguimos llevando tu caso por
videollamada y coordinamos el tratamiento con el equipo del centro.</p>
<h2>Tarifas</h2>
<p>Primera consulta: 120 &euro; &middot; Revisión: 80 &euro;. Las sesiones en el centro asociado se facturan aparte.</p>
</main>
<footer>Psiquiatría en Línea S.L.P. &middot; Centro sanitario registrado &middot; <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h9921", "https://mentalis-telepraxis.example/esketamin", "telehealth", False, "de",
  "virtual-psychiatry-refers-for-esketamine-de", "Esketamin bei therapieresistenter Depression | Mentalis Telepraxis", """
<header><a href="/">Mentalis Telepraxis</a> <nav><a href="/leistungen">Leistungen</a> <a href="/aerztinnen">Unsere Ärztinnen</a> <a href="/esketamin">Esketamin</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<h1>Esketamin &ndash; wir begleiten Sie</h1>
<p>Wenn mehrere Antidepressiva nicht geholfen haben, fühlt man sich oft allein gelassen. Unsere
Fachärztinnen nehmen sich in der Videosprechstunde Zeit für Ihre Geschichte.</p>
<h2>Ablauf</h2>
<ol>
<li>Online-Anamnesebogen ausfüllen und Vorbefunde hochladen.</li>
<li>Ausführliches Erstgespräch per Video (60 Minuten) mit Dr. med. Johanna Brenninkmeyer, Fachärztin
für Psychiatrie und Psychotherapie (Ärztekammer Niedersachsen), oder Dr. med. Emre Kaplan, Facharzt
für Psychiatrie.</li>
<li>Wenn Esketamin in Frage kommt, überweisen wir Sie an unser Partnerzentrum, die Psychiatrische
Tagesklinik am Maschsee. Das Nasenspray wird dort unter ärztlicher Aufsicht angewendet und Sie
bleiben danach mindestens zwei Stunden zur Beobachtung.</li>
<li>Verlaufsgespräche und ggf. E-Rezepte für Ihre begleitende Medikation erhalten Sie weiter bei uns
per Video.</li>
</ol>
<p>Wir verschicken kein Esketamin und kein Ketamin. Privatversicherte und Selbstzahler: Erstgespräch
nach GOÄ ca. 150 &euro;.</p>
</main>
<footer>Mentalis Telepraxis MVZ GmbH &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h9922", "https://mentesaude-tele.example/programa-cetamina", "telehealth", False, "pt",
  "telepsychiatry-long-chrome-pt", "Programa de cetamina com acompanhamento online | MenteSaúde Telepsiquiatria", """
<header class="topo">
<div class="faixa">Atendimento por telemedicina em todo o Brasil &middot; Resolução CFM n.º 2.314/2022</div>
<a class="logo" href="/">MenteSaúde <span>Telepsiquiatria</span></a>
<nav><a href="/">Início</a> <a href="/como-funciona">Como funciona</a> <a href="/programa-cetamina">Programa cetamina</a> <a href="/equipe">Nossa equipe médica</a> <a href="/planos">Planos</a> <a href="/blog">Blog</a> <a class="btn" href="/agendar">Agendar avaliação</a></nav>
</header>
<main>
<section class="hero">
<h1>Cuidado de verdade para a depressão que não passa</h1>
<p>Depressão resistente é real, e você merece ser ouvido com tempo e atenção. Na MenteSaúde, nossa
equipe médica acompanha você online &ndash; e, quando indicado, organiza o tratamento com cetamina ou
escetamina em uma clínica parceira perto de você.</p>
</section>
<section>
<h2>Como funciona</h2>
<ol>
<li><strong>Ficha de acolhimento online.</strong> Você conta sua história, medicações que já usou e envia
laudos anteriores.</li>
<li><strong>Avaliação psiquiátrica por vídeo (60 min).</strong> Com um psiquiatra registrado no CRM, como o
Dr. Rafael Nogueira Bastos (CRM-SP 148.552, RQE 61.204) ou a Dra. Helena Quintanilha (CRM-MG 59.871).</li>
<li><strong>Indicação e encaminhamento.</strong> Se a cetamina ou a escetamina forem indicadas, você recebe
o encaminhamento para uma das nossas clínicas parceiras credenciadas em São Paulo, Belo Horizonte,
Curitiba ou Recife. As aplicações são feitas presencialmente, com monitorização de pressão e
saturação e observação após cada sessão.</li>
<li><strong>Acompanhamento contínuo.</strong> Consultas online de retorno, escalas PHQ-9 a cada quinze dias e
sessões de psicoterapia de integração.</li>
</ol>
<p><strong>Importante:</strong> a MenteSaúde não vende nem envia cetamina ou escetamina. Nenhum medicamento é
prescrito sem avaliação médica.</p>
</section>
<section class="planos">
<h2>Planos</h2>
<p>Avaliação inicial: R$ 480 &middot; Plano Acompanhamento (3 meses, 6 consultas de retorno + 6 sessões
de psicoterapia): R$ 2.340 em até 6&times; no cartão. As aplicações na clínica parceira são cobradas pela clínica.</p>
</section>
<section class="depoimentos">
<h2>Depoimentos</h2>
<blockquote>&laquo;O Dr. Rafael conversou comigo por mais de uma hora antes de indicar qualquer coisa.&raquo; &ndash; paciente, Campinas</blockquote>
</section>
</main>
<footer>
<p>MenteSaúde Serviços Médicos Ltda. &middot; Diretor técnico: Dr. Rafael Nogueira Bastos, CRM-SP 148.552 &middot; <a href="/privacidade">Política de privacidade (LGPD)</a></p>
<p>Em caso de crise, ligue 188 (CVV).</p>
</footer>
""", noise="cookie-pt")

p("h9923", "https://telepsy-horizon.example/esketamine", "telehealth", False, "fr",
  "teleconsultation-refers-short-fr", "Eskétamine : téléconsultation et orientation | Horizon Télépsy", """
<nav><a href="/">Horizon Télépsy</a> · <a href="/equipe">Équipe</a> · <a href="/rendez-vous">Prendre rendez-vous</a></nav>
<h1>Dépression résistante et eskétamine</h1>
<p>Nos psychiatres vous reçoivent en téléconsultation pour faire le point sur vos traitements, avec
douceur et sans jugement. Le Dr Mathilde Vasseur-Roche (RPPS 10101234567) évalue avec vous si
l'eskétamine peut être envisagée.</p>
<p>L'eskétamine est administrée uniquement en établissement de santé, sous surveillance. Si elle est
indiquée, nous vous orientons vers un service hospitalier partenaire et assurons le suivi en vidéo.
Nous ne délivrons ni n'expédions aucun médicament. Téléconsultation remboursée par l'Assurance Maladie.</p>
""", noise="cookie-fr")

# ---------------------------------------------------------------- in-person clinics with the same warm language

p("h9924", "https://cedarhollow-kap.example/", "clinic", False, "en",
  "kap-practice-home-long-chrome", "Cedar Hollow Ketamine-Assisted Psychotherapy | Asheville, NC", """
<header class="site-header">
<a class="logo" href="/">Cedar Hollow <small>Ketamine-Assisted Psychotherapy</small></a>
<nav><a href="/">Home</a> <a href="/approach">Our approach</a> <a href="/team">Our team</a> <a href="/packages">Packages &amp; fees</a> <a href="/new-patients">New patients</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a class="btn" href="/consult">Book a free call</a></nav>
</header>
<main>
<section class="hero">
<h1>A quiet room, a skilled guide, and time to heal.</h1>
<p>Tucked in a restored farmhouse ten minutes from downtown Asheville, Cedar Hollow offers
ketamine-assisted psychotherapy (KAP) for depression, PTSD and end-of-life distress. Every session
happens here, in person, with a licensed therapist beside you and a nurse nearby.</p>
</section>
<section class="approach">
<h2>Our approach</h2>
<p>KAP combines a carefully dosed ketamine experience with preparation and integration therapy. We
think of the medicine as a door; the therapy is how you walk through it.</p>
<ul>
<li><strong>Preparation (2 sessions):</strong> getting to know you, setting intentions, learning what to expect.</li>
<li><strong>Medicine sessions (3&ndash;6):</strong> intramuscular or sublingual ketamine administered in our treatment
room by our nurse, with blood pressure and oxygen monitored throughout. Sessions last about three
hours including recovery. You'll need someone to drive you home.</li>
<li><strong>Integration (after each medicine session):</strong> 60-minute therapy sessions to make meaning of what came up.</li>
</ul>
</section>
<section class="team">
<h2>Our medical team</h2>
<p><strong>Rebecca Lindqvist, MD</strong> &ndash; medical director, board-certified psychiatrist (NC license 2011-00894).
She completes every patient's medical evaluation in person before treatment begins.</p>
<p><strong>Daniel Okafor, LCSW</strong> and <strong>Marisol Jaramillo, LPC</strong> &ndash; KAP therapists trained through
the Polaris Insight Center.</p>
<p><strong>Hannah Greer, RN</strong> &ndash; treatment nurse.</p>
</section>
<section class="packages">
<h2>Packages &amp; fees</h2>
<table>
<tr><th>Service</th><th>Fee</th></tr>
<tr><td>Free 20-minute phone consultation</td><td>$0</td></tr>
<tr><td>Psychiatric evaluation (in person, 75 min)</td><td>$425</td></tr>
<tr><td>Foundations package: 2 preparation, 3 medicine, 3 integration sessions</td><td>$3,600</td></tr>
<tr><td>Deepening package: 2 preparation, 6 medicine, 6 integration sessions</td><td>$6,300</td></tr>
<tr><td>Single booster session (existing patients)</td><td>$650</td></tr>
</table>
<p>Packages can be paid in three instalments. We accept HSA/FSA cards and provide superbills. A $200
deposit holds your first medicine session date.</p>
<a class="btn" href="/packages/checkout?pkg=foundations">Reserve the Foundations package</a>
</section>
<section class="testimonial">
<blockquote>&ldquo;I came in skeptical and left with a sense of hope I hadn't felt in a decade. The team felt like
family by the end.&rdquo; &ndash; former patient, shared with permission</blockquote>
</section>
<section class="faq">
<h2>Is it safe?</h2>
<p>In a monitored setting with proper screening, ketamine is generally well tolerated. We don't treat
people with uncontrolled hypertension, active psychosis or current substance misuse, and we never
send ketamine home with patients.</p>
</section>
</main>
<aside><h4>Visit us</h4><p>44 Old Farm Road, Asheville, NC 28805<br>Mon&ndash;Fri 8:30&ndash;5:30<br>(828) 555-0163</p></aside>
<footer><p>&copy; 2026 Cedar Hollow Wellness, PLLC &middot; <a href="/privacy">Privacy practices</a> &middot; <a href="/careers">Careers</a></p></footer>
""", noise="cookie")

p("h9925", "https://brightpath-infusion.example/ketamine-iv-therapy", "clinic", False, "en",
  "iv-clinic-medium-testimonials-faq", "Ketamine IV Therapy | BrightPath Infusion Center, Scottsdale", """
<header><a href="/">BrightPath Infusion Center</a> <nav><a href="/ketamine-iv-therapy">Ketamine IV</a> <a href="/spravato">Spravato</a> <a href="/our-team">Our medical team</a> <a href="/pricing">Pricing</a> <a href="/book">Book now</a></nav></header>
<main>
<h1>Ketamine IV therapy in Scottsdale</h1>
<p>You've been strong for a long time. Let us carry some of it. Our medical team, led by board-certified
anesthesiologist <strong>Dr. Craig Whitfield</strong>, provides ketamine infusions for depression, PTSD and
chronic pain in a calm, private suite with reclining chairs, weighted blankets and your own music.</p>
<h2>What to expect</h2>
<p>Your consult is included: before your first infusion you'll meet Dr. Whitfield or our psychiatric
nurse practitioner, Amber Solis, in the clinic for a full medical history, vitals and screening. A
typical series is six infusions over two to three weeks. Each infusion lasts about 40 minutes, and
a nurse monitors your heart rate, blood pressure and oxygen the whole time. You'll rest for 30
minutes afterwards and will need a ride home.</p>
<h2>Pricing</h2>
<p>Single infusion $475 &middot; Series of six $2,550 (save $300) &middot; Booster $425. CareCredit and HSA accepted.</p>
<h2>Stories</h2>
<blockquote>&ldquo;The nurses checked on me every few minutes. After the fourth infusion the fog finally lifted.&rdquo; &ndash; Teresa, Mesa</blockquote>
<h2>FAQ</h2>
<h3>Is ketamine safe?</h3><p>In a medical setting with monitoring and proper screening, yes for most people. We'll tell you if it isn't right for you.</p>
<h3>Can I do this at home?</h3><p>We only provide ketamine in our clinic.</p>
<a class="btn" href="/book">Book your consultation</a>
</main>
<footer>BrightPath Infusion Center &middot; 8700 E Via de Ventura, Scottsdale, AZ &middot; (480) 555-0119</footer>
""")

p("h9926", "https://lakeside-behavioral.example/services/spravato", "clinic", False, "en",
  "rems-centre-short", "Spravato (esketamine) Treatment | Lakeside Behavioral Health", """
<nav><a href="/">Lakeside Behavioral Health</a> | <a href="/services">Services</a> | <a href="/locations">Locations</a> | <a href="/refer">Refer a patient</a></nav>
<h1>Spravato&reg; (esketamine) nasal spray</h1>
<p>Lakeside is a REMS-certified Spravato treatment centre. Patients self-administer the spray in our
office under the supervision of a nurse and stay for at least two hours of monitoring; blood pressure
is checked before and after. Spravato is never sent home. A psychiatrist's evaluation and an
oral antidepressant are required. Most commercial plans and Medicare cover treatment &ndash; our team
handles the prior authorisation. Call (616) 555-0142 to schedule an evaluation.</p>
""")

p("h9927", "https://brightpath-infusion.example/offers/new-patient", "clinic", False, "en",
  "clinic-promo-snippet", "New patient offer", """
New patients: consult included with your first six-infusion series at BrightPath Infusion Center. All infusions are given in our Scottsdale office, monitored by our nursing team under Dr. Craig Whitfield.
""", ext="txt")

p("h9928", "https://ziekenhuis-veldhoven-zuid.example/psychiatrie/esketamine", "clinic", False, "nl",
  "hospital-department-medium-nl", "Esketamine-behandeling | Afdeling Psychiatrie | Ziekenhuis Veldhoven-Zuid", """
<header><a href="/">Ziekenhuis Veldhoven-Zuid</a> <nav><a href="/patienten">Patiënten</a> <a href="/afdelingen">Afdelingen</a> <a href="/verwijzers">Verwijzers</a> <a href="/afspraak">Afspraak maken</a></nav></header>
<main>
<h1>Esketamine-behandeling bij therapieresistente depressie</h1>
<p>Een depressie die niet overgaat, vraagt veel van u en van uw naasten. Ons team van psychiaters en
verpleegkundigen kijkt samen met u of behandeling met esketamine-neusspray een goede volgende stap is.</p>
<h2>Voor wie?</h2>
<p>Volwassenen bij wie minstens twee antidepressiva onvoldoende hebben geholpen. U heeft een verwijzing
nodig van uw huisarts of behandelaar in de GGZ.</p>
<h2>Hoe verloopt de behandeling?</h2>
<p>Na een intakegesprek op de polikliniek met een van onze psychiaters (dr. Joost van der Meulen of
dr. Fatima El Amrani) komt u de eerste vier weken twee keer per week naar de dagbehandeling. U
dient de neusspray zelf toe onder toezicht van een verpleegkundige. Daarna blijft u ongeveer twee
uur ter observatie; we meten uw bloeddruk. U mag die dag niet zelf autorijden.</p>
<h2>Vergoeding</h2>
<p>De behandeling valt onder de basisverzekering; uw eigen risico is van toepassing.</p>
</main>
<footer>Ziekenhuis Veldhoven-Zuid &middot; Afdeling Psychiatrie, route 42 &middot; 040 555 0190</footer>
""", noise="cookie-nl")

p("h9929", "https://centrosalutementale-brera.example/infusioni-ketamina", "clinic", False, "it",
  "private-clinic-medium-it", "Infusioni di ketamina | Centro Salute Mentale Brera, Milano", """
<header><a href="/">Centro Salute Mentale Brera</a> <nav><a href="/chi-siamo">Chi siamo</a> <a href="/equipe">La nostra équipe medica</a> <a href="/infusioni-ketamina">Ketamina</a> <a href="/tariffe">Tariffe</a> <a href="/prenota">Prenota</a></nav></header>
<main>
<h1>Infusioni di ketamina per la depressione resistente</h1>
<p>Accogliamo ogni persona con ascolto e rispetto. Il trattamento con ketamina per via endovenosa si
svolge esclusivamente nella nostra sede di via Fiori Chiari, in un ambiente tranquillo e protetto.</p>
<h2>Il percorso</h2>
<p>Prima visita psichiatrica in sede con il dott. Lorenzo Ghirardelli o la dott.ssa Chiara Benvenuti
(Ordine dei Medici di Milano), esami e valutazione cardiologica. Se indicato, sei infusioni in tre
settimane, ciascuna di circa 40 minuti con monitoraggio continuo da parte dell'anestesista, seguite
da un'ora di osservazione. È necessario un accompagnatore per il rientro a casa.</p>
<h2>Tariffe</h2>
<p>Prima visita 180 &euro; &middot; Ciclo di sei infusioni 2.400 &euro;, con possibilità di pagamento rateale.</p>
<a class="btn" href="/prenota">Prenota la prima visita</a>
</main>
<footer>Centro Salute Mentale Brera S.r.l. &middot; Direttore sanitario dott. Lorenzo Ghirardelli</footer>
""")

p("h9930", "https://unidaddolor-levante.example/tratamientos/ketamina", "clinic", False, "es",
  "pain-unit-short-es", "Ketamina en el dolor crónico | Unidad del Dolor Levante", """
<nav><a href="/">Unidad del Dolor Levante</a> · <a href="/tratamientos">Tratamientos</a> · <a href="/cita">Pedir cita</a></nav>
<h1>Infusiones de ketamina para el dolor neuropático</h1>
<p>En nuestra unidad de Alicante tratamos el dolor crónico que no responde a otros fármacos. Tras una
valoración presencial con el Dr. Vicente Llorca Pastor, anestesiólogo, la ketamina se administra en
perfusión intravenosa en el hospital de día, con monitorización continua. Sesión: 320 &euro;.
Trabajamos con las principales aseguradoras.</p>
""", noise="cookie-es")

p("h9931", "https://willowcreek-ketamine.example/new-patients/paperwork", "clinic", False, "en",
  "clinic-new-patient-paperwork", "New Patient Paperwork | Willow Creek Ketamine Clinic", """
<header><a href="/">Willow Creek Ketamine Clinic</a> <nav><a href="/treatments">Treatments</a> <a href="/new-patients">New patients</a> <a href="/billing">Billing</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>New patient paperwork</h1>
<p>Welcome! To make your first visit as relaxed as possible, please complete these forms at least 48
hours before your in-person consultation at our Boise office. It usually takes 20 minutes.</p>
<ol>
<li><a href="/forms/intake">Medical intake form</a> &ndash; medications, allergies, heart and blood-pressure history.</li>
<li><a href="/forms/phq9">PHQ-9</a> and <a href="/forms/pcl5">PCL-5</a> questionnaires.</li>
<li><a href="/forms/consent">Informed consent for ketamine infusion</a> &ndash; please read carefully; Dr. Naomi Whitcombe will go through it with you in person.</li>
<li><a href="/forms/release">Release of information</a> so we can coordinate with your therapist or psychiatrist.</li>
<li><a href="/forms/driver">Driver agreement</a> &ndash; you'll need an adult to drive you home after every infusion.</li>
</ol>
<p>Filling in these forms does not mean you have been accepted for treatment. Dr. Whitcombe makes that
decision after your consultation, vitals and review of your records.</p>
<p>Questions? Call our front desk at (208) 555-0177. Please bring a photo ID and your insurance card.</p>
</main>
<footer>Willow Creek Ketamine Clinic &middot; 2100 W Main St, Boise, ID</footer>
""")

# ---------------------------------------------------------------- informational: telling the two apart

p("h9932", "https://mindfulconsumer.example/guides/spot-a-fake-ketamine-clinic", "informational", False, "en",
  "consumer-guide-long-chrome", "How to Tell a Real Ketamine Telehealth Service From an Online Seller | Mindful Consumer", """
<header class="masthead">
<a class="logo" href="/">Mindful Consumer <small>independent health-buying guides</small></a>
<nav><a href="/guides">Guides</a> <a href="/reviews">Reviews</a> <a href="/alerts">Scam alerts</a> <a href="/about">About &amp; funding</a> <a href="/newsletter">Newsletter</a></nav>
</header>
<main>
<article>
<p class="meta">Guides &middot; Mental health &middot; Updated November 2026 &middot; By Theresa Quon</p>
<h1>How to tell a real ketamine telehealth service from an online seller</h1>
<p class="lede">Legitimate at-home ketamine programmes exist, and so do websites that copy their look
word for word. Both talk about &ldquo;our medical team&rdquo;, both have intake forms, both show smiling
doctors and five-star stories. Here is how to see the difference.</p>

<h2>1. Is there a live evaluation before anything is prescribed?</h2>
<p>A genuine service always puts a real-time video (or in-person) evaluation by a licensed clinician
between the intake form and any prescription. Phrases like &ldquo;approval in minutes&rdquo;, &ldquo;no video call
needed&rdquo;, &ldquo;automatic approval&rdquo; or &ldquo;our questionnaire replaces the consultation&rdquo; are the single
biggest red flag we found. &ldquo;Consult included&rdquo; means nothing unless you can see who does the consult
and how.</p>

<h2>2. Can you verify the prescribers?</h2>
<p>Real services name their clinicians and list their licence numbers and the states where they
practise. Look the names up on the state medical or nursing board website. Fake sites tend to show
one &ldquo;medical director&rdquo; with a stock photo, a vague biography (&ldquo;20 years of experience&rdquo;) and no
licence anywhere.</p>

<h2>3. Who dispenses the medication?</h2>
<p>In a legitimate programme a licensed pharmacy fills a prescription in your name, usually with a
signature required on delivery. Sellers ship from a &ldquo;fulfilment partner&rdquo; or &ldquo;warehouse&rdquo;, promise
&ldquo;plain packaging with no pharmacy labels&rdquo; and even offer to reship if customs seizes the parcel.
Vials and syringes mailed to you for self-injection are a serious warning sign.</p>

<h2>4. How do they want to be paid?</h2>
<p>Cards, HSA/FSA and superbills are normal. Crypto discounts, gift cards, Zelle-only, or
&ldquo;message us on Telegram/WhatsApp to complete your order&rdquo; are not.</p>

<h2>5. Do they ever say no?</h2>
<p>Honest providers tell you up front that not everyone is a candidate and list who shouldn't take
ketamine. A site where every applicant is approved is selling a product, not providing care.</p>

<h2>6. Watch the analogues</h2>
<p>Some &ldquo;wellness institutes&rdquo; sell ketamine analogues such as 2-FDCK or methoxetamine labelled &ldquo;not for
human consumption&rdquo; alongside physician-written &ldquo;protocols&rdquo;. These substances have not been tested in
people and are illegal in many countries.</p>

<div class="box">
<h3>Quick checklist</h3>
<ul><li>Named clinicians with verifiable licences</li><li>Live video evaluation before any prescription</li><li>Licensed pharmacy, prescription in your name</li><li>Ordinary payment methods</li><li>Clear list of who is not eligible</li><li>Crisis information (988) and follow-up visits</li></ul>
</div>
<p>If you think you've found a fake clinic, report it to your state board of pharmacy and to the FDA's
BeSafeRx programme.</p>
</article>
</main>
<aside class="sidebar">
<h4>Related guides</h4>
<ul><li><a href="/guides/online-pharmacy-checklist">Checking an online pharmacy</a></li><li><a href="/guides/spravato-coverage">Does insurance cover Spravato?</a></li><li><a href="/guides/ketamine-clinic-costs">What ketamine clinics really cost</a></li></ul>
<p class="disclosure">We don't accept advertising from clinics, telehealth companies or pharmacies.</p>
</aside>
<footer><p>&copy; 2026 Mindful Consumer Foundation, a non-profit &middot; <a href="/privacy">Privacy</a> &middot; <a href="/corrections">Corrections</a></p></footer>
""", noise="cookie")

p("h9933", "https://stateboard-pharmacy.example/consumer-alerts/online-ketamine-2026", "informational", False, "en",
  "pharmacy-board-alert-medium", "Consumer Alert: Websites Posing as Ketamine Clinics | State Board of Pharmacy", """
<header><a href="/">State Board of Pharmacy</a> <nav><a href="/licensing">Licensing</a> <a href="/verify">Verify a license</a> <a href="/consumer-alerts">Consumer alerts</a> <a href="/complaints">File a complaint</a></nav></header>
<main>
<h1>Consumer alert: websites posing as ketamine clinics</h1>
<p class="date">Issued October 14, 2026</p>
<p>The Board has received complaints about websites that present themselves as mental health clinics or
telehealth practices and sell ketamine lozenges, ketamine vials and esketamine nasal spray to
residents after an online questionnaire, without any examination by a licensed practitioner.</p>
<p>Several of these sites use names suggesting calm or care (for example &ldquo;Serenity&rdquo;, &ldquo;Verdant&rdquo; or
&ldquo;Evergreen&rdquo;), display photographs of doctors who could not be found in any licensing database, and
ask customers to pay in cryptocurrency or to complete orders through messaging apps. Products
received by consumers have been mislabelled, and some contained no ketamine or a different drug.</p>
<h2>What consumers should know</h2>
<ul>
<li>Ketamine is a Schedule III controlled substance. It may only be dispensed on a valid prescription
issued after a legitimate practitioner-patient relationship has been established.</li>
<li>Esketamine nasal spray (Spravato) can only be administered in a certified healthcare setting and
is never shipped to patients' homes.</li>
<li>You can check whether a pharmacy or practitioner holds a license using the <a href="/verify">license lookup</a>.</li>
</ul>
<p>Legitimate telehealth providers that prescribe ketamine after a video evaluation and use licensed
pharmacies are not the subject of this alert.</p>
<p>To report a website, use the <a href="/complaints">online complaint form</a> or call (916) 555-0100.</p>
</main>
<footer>State Board of Pharmacy &middot; Department of Consumer Affairs</footer>
""")

p("h9934", "https://dailyledger.example/news/2026/11/ketamine-telehealth-lookalikes", "informational", False, "en",
  "news-article-medium-quotes-prices", "They Looked Like Clinics. They Were Selling Ketamine by Mail. | The Daily Ledger", """
<header><a href="/">The Daily Ledger</a> <nav><a href="/news">News</a> <a href="/health">Health</a> <a href="/investigations">Investigations</a> <a href="/subscribe">Subscribe</a></nav></header>
<article>
<h1>They looked like clinics. They were selling ketamine by mail.</h1>
<p class="byline">By Dev Malhotra &middot; November 22, 2026</p>
<p>The website promised &ldquo;compassionate care, delivered&rdquo;. It had a medical director with a kind face,
a five-minute intake form and a pricing table: $199 for four ketamine lozenges, &ldquo;consult
included&rdquo;, 20 percent off for Bitcoin.</p>
<p>When a Ledger reporter filled in the form with a made-up history, an approval email arrived eleven
minutes later. No one called. Three days later a plain box arrived containing lozenges in an
unlabelled bag and a printed &ldquo;dosing guide&rdquo;. A lab test commissioned by the Ledger found the
lozenges contained ketamine, at roughly 60 percent of the stated strength.</p>
<p>The reporter had ordered from one of at least eleven sites the Ledger identified that copy the
language of licensed telehealth companies &ndash; &ldquo;our medical team&rdquo;, &ldquo;mental wellness&rdquo;, patient
testimonials &ndash; while selling to anyone who pays. Some ask buyers to finish orders on Telegram; one
charged $395 for a &ldquo;retreat kit&rdquo; of veterinary vials and syringes.</p>
<p>&ldquo;The words are the same, the experience is not,&rdquo; said Dr. Anita Corvera, a psychiatrist who
prescribes ketamine through a licensed telehealth practice. &ldquo;We spend an hour with someone on video
before we prescribe anything, and we turn people down.&rdquo;</p>
<p>The Ledger has passed its findings to state regulators and the DEA. None of the site operators
responded to requests for comment.</p>
</article>
<footer>&copy; 2026 The Daily Ledger</footer>
""")

p("h9935", "https://forum-trdsupport.example/t/is-serenity-mindcare-legit/4412", "informational", False, "en",
  "forum-thread-short", "Is Serenity MindCare legit?? - TRD Support Forum", """
<div class="thread">
<h1>Is Serenity MindCare legit??</h1>
<div class="post"><span class="user">quietfox_88</span> &middot; 3d<p>Filled out their intake last night and got an "approved!" email 10 min later. Nobody called me, never saw a doctor. They want me to pay in crypto for the 20% off. Is this normal for at-home ketamine? My psychiatrist has a 4 month waitlist lol</p></div>
<div class="post"><span class="user">mod_ellie</span> &middot; 3d<p>Not normal. Every legit telehealth program I know of does a live video eval with a named prescriber first and sends the script to a real pharmacy. Auto approval + crypto = seller dressed up as a clinic. Please don't. Links to verified providers are in the pinned thread.</p></div>
<div class="post"><span class="user">ben_w</span> &middot; 2d<p>I went with a real one last year, the eval was an hour and they asked for my BP readings and my old records. Felt annoying at the time but thats what care looks like.</p></div>
</div>
""")

p("h9936", "https://podcasts.example/the-mind-desk/episodes/142", "informational", False, "en",
  "podcast-episode-snippet", "The Mind Desk, Ep. 142", """
The Mind Desk, Ep. 142 - "Consult Included": psychiatrist Dr. Lena Osei and reporter Dev Malhotra on websites that borrow the language of telehealth to sell ketamine by mail, and the questions that separate a real at-home programme from a storefront.
""", ext="txt")

p("h9937", "https://verbraucherportal-gesundheit.example/ratgeber/online-praxis-ketamin", "informational", False, "de",
  "consumer-guide-medium-de", "Ketamin aus der Online-Praxis? So erkennen Sie unseriöse Anbieter | Verbraucherportal Gesundheit", """
<header><a href="/">Verbraucherportal Gesundheit</a> <nav><a href="/ratgeber">Ratgeber</a> <a href="/warnungen">Warnungen</a> <a href="/ueber-uns">Über uns</a></nav></header>
<article>
<h1>Ketamin aus der &bdquo;Online-Praxis&ldquo;? So erkennen Sie unseriöse Anbieter</h1>
<p class="meta">Ratgeber &middot; Stand: November 2026</p>
<p>Immer mehr Websites werben mit einfühlsamen Texten, einem &bdquo;Ärzteteam&ldquo; und einem medizinischen
Fragebogen für Ketamin-Lutschtabletten oder Esketamin-Nasenspray zum Versand nach Hause. Was
seriös klingt, ist häufig illegaler Handel.</p>
<h2>Warnsignale</h2>
<ul>
<li>&bdquo;Kein Rezept nötig&ldquo; oder &bdquo;Freigabe automatisch&ldquo; &ndash; in Deutschland darf Ketamin nur nach
ärztlicher Untersuchung verschrieben werden; es fällt unter das Arzneimittelgesetz.</li>
<li>Esketamin-Nasenspray wird hierzulande nur in der Praxis oder Klinik unter Aufsicht angewendet &ndash;
ein Versand nach Hause ist nicht vorgesehen.</li>
<li>Bezahlung per Kryptowährung oder Paysafecard, Bestellung über Messenger.</li>
<li>Kein Impressum, keine Namen von Ärztinnen und Ärzten, keine Angabe der zuständigen Ärztekammer.</li>
</ul>
<h2>Seriöse Telemedizin</h2>
<p>Seriöse Online-Praxen führen ein ausführliches Videogespräch mit einer namentlich genannten
Fachärztin oder einem Facharzt, nennen die Kammerzugehörigkeit und überweisen für eine
Esketamin-Behandlung an ein Behandlungszentrum.</p>
</article>
<footer>Verbraucherportal Gesundheit e.V. &middot; <a href="/impressum">Impressum</a></footer>
""", noise="cookie-de")

p("h9938", "https://sante-info-publique.example/alertes/faux-sites-ketamine", "informational", False, "fr",
  "government-alert-medium-fr", "Alerte : faux sites de soins proposant de la kétamine | Santé Info Publique", """
<header><a href="/">Santé Info Publique</a> <nav><a href="/alertes">Alertes</a> <a href="/medicaments">Médicaments</a> <a href="/signaler">Signaler</a></nav></header>
<main>
<h1>Alerte&nbsp;: faux sites de «&nbsp;téléconsultation&nbsp;» proposant de la kétamine</h1>
<p class="date">Publié le 3 novembre 2026</p>
<p>Des sites internet se présentant comme des centres de bien-être ou de téléconsultation proposent
de la kétamine (flacons, gouttes, comprimés) et de l'eskétamine en spray nasal, avec une
«&nbsp;consultation incluse&nbsp;» qui se limite à un questionnaire en ligne. Aucune ordonnance n'est
demandée et le paiement se fait souvent en cryptomonnaie ou en coupons prépayés.</p>
<p>Ces produits sont d'origine inconnue. Leur achat et leur usage hors cadre médical exposent à des
risques graves&nbsp;: troubles cardiovasculaires, dissociation, atteintes urinaires, dépendance.</p>
<h2>Rappel</h2>
<ul>
<li>La kétamine est un médicament réservé à l'usage hospitalier et un stupéfiant.</li>
<li>L'eskétamine (Spravato) est administrée uniquement en établissement de santé, sous surveillance.</li>
<li>Une téléconsultation légitime est réalisée en vidéo par un médecin identifié (numéro RPPS).</li>
</ul>
<p>Vous pouvez signaler un site suspect sur la plateforme PHAROS.</p>
</main>
<footer>Santé Info Publique &middot; Site d'information du ministère</footer>
""", noise="cookie-fr")

p("h9939", "https://reducaodedanos.example/cetamina/sites-que-parecem-clinicas", "informational", False, "pt",
  "harm-reduction-short-pt", "Sites que parecem clínicas: cuidado | Redução de Danos Já", """
<nav><a href="/">Redução de Danos Já</a> · <a href="/substancias">Substâncias</a> · <a href="/testagem">Testagem</a></nav>
<h1>Cetamina vendida por &laquo;clínicas&raquo; online</h1>
<p>Recebemos muitas mensagens sobre sites com cara de clínica que vendem cetamina em gotas com
&laquo;receita automática&raquo;. Não há avaliação médica real e o conteúdo do frasco é desconhecido. Se você já
comprou, não use sozinho, comece com uma quantidade pequena e traga uma amostra para testagem
gratuita no nosso ponto em São Paulo. Para tratamento de verdade, procure um psiquiatra com CRM.</p>
""", noise="cookie-pt")

p("h9940", "https://careers.example/jobs/pmhnp-at-home-ketamine-remote", "informational", False, "en",
  "job-post-snippet", "PMHNP - At-Home Ketamine Program (Remote)", """
Job: Psychiatric Nurse Practitioner (PMHNP-BC), remote, at-home ketamine programme. Conduct 60-minute video evaluations, prescribe only when clinically appropriate, coordinate with our licensed partner pharmacy and lead follow-up visits; active DEA registration and licensure in CO or NY required. $145k-$170k.
""", ext="txt")

save(OUT, R)
