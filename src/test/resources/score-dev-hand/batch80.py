# Batch 80 of the hand-written dev set: 40 pages, written 2026-12-07 by an independent author who had
# not read the scorer's rules, vocabulary, extractor, the eval sets or any measurement, and committed
# before the scorer was run on them (committed before any scorer run).
# Theme: sellers hiding in articles, and articles about sellers. Sellers are long, informative-looking
# articles (health blog, lifestyle listicle, Q&A post, personal story, guides, veterinary and
# research-chemical primers) whose single selling element is small and sits anywhere: sidebar shop
# ad, reader-deal coupon, messenger contact line, order box, e-mail "ask for stock" note, price
# table, plain-text snippet, shipping note, questionnaire-only order widget, footer shop ad, WhatsApp
# ordering line, research-chemical catalogue line, vet vial sold without licence, footer payment line.
# Informational pages describe or quote such offers (news investigation, attorney-general consumer
# alert, German customs press release, French harm-reduction page, forum moderator rules, Dutch
# fact-check, police press release, Spanish news on veterinary diversion, plain-text customs brief).
# Telehealth and clinic pages are providers' own long blog posts and patient guides that mention
# prices, payment, shipping of prescribed medication and booking.
# Mix: 14 sellers, 9 informational, 9 telehealth, 8 clinics; 24 English, 16 es/de/fr/nl/pt/it.
# Author: independent. Date: 2026-12-07.
# Run: python3 batch80.py (writes batch80/).
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch80")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ---------------------------------------------------------------- sellers

p("h8001", "https://serotoninstreet.example/research/ketamine-depression-20-years", "seller", True, "en",
  "health-blog-article-sidebar-shop-ad", "The Ketamine Review: What 20 Years of Depression Research Actually Shows | Serotonin Street", """
<header class="site-header"><a class="logo" href="/">Serotonin Street</a>
<nav><a href="/research">Research</a> <a href="/wellness">Wellness</a> <a href="/stories">Reader Stories</a> <a href="/about">About</a> <a href="/newsletter">Newsletter</a></nav></header>
<div class="layout">
<article>
<p class="kicker">Research Deep Dive</p>
<h1>The Ketamine Review: What 20 Years of Depression Research Actually Shows</h1>
<p class="byline">By Dana Whitcombe · 14 min read · Updated November 2026</p>
<p>In the spring of 2000, a small group of psychiatrists at Yale published a study with seven patients. It was the kind of paper that usually disappears: tiny sample, crossover design, a drug best known as an anaesthetic for horses and battlefield surgery. Yet that paper, by Berman and colleagues, quietly started one of the most interesting stories in modern psychiatry. A single sub-anaesthetic infusion of ketamine appeared to lift depressive symptoms within hours rather than weeks.</p>
<h2>Why "hours, not weeks" mattered</h2>
<p>Classic antidepressants such as SSRIs usually take four to six weeks to show a benefit, and roughly a third of patients never respond to two or more adequate trials. For someone who is severely depressed, that waiting period is dangerous. Ketamine offered something new: a rapid effect that could, at least in principle, bridge the gap.</p>
<p>The 2006 NIMH trial led by Carlos Zarate replicated the finding in a larger, placebo-controlled design. Around 70% of participants with treatment-resistant depression responded within 24 hours. The catch, visible even then, was durability: for most people the effect faded within one to two weeks.</p>
<h2>How is it supposed to work?</h2>
<p>Ketamine blocks NMDA receptors, a type of glutamate receptor. The leading hypothesis is that this blockade, especially on inhibitory interneurons, produces a burst of glutamate release, which activates AMPA receptors and triggers downstream signalling (BDNF, mTOR) that supports the regrowth of synaptic connections. Animal work from Ronald Duman's lab showed new dendritic spines appearing within a day. Other researchers point to metabolites like hydroxynorketamine, or to effects on the lateral habenula, the brain's so-called "anti-reward" centre. The honest answer is that we don't fully know.</p>
<h2>Esketamine and the 2019 approval</h2>
<p>In March 2019 the FDA approved esketamine (Spravato), the S-enantiomer of ketamine, as a nasal spray for treatment-resistant depression used alongside an oral antidepressant. It must be given in a certified healthcare setting, with the patient observed for at least two hours afterwards. The approval was contested: two of the three short-term trials missed their primary endpoint, and the relapse-prevention study drew criticism for its design. Still, it gave ketamine-type treatment a regulated home.</p>
<h2>What the meta-analyses say</h2>
<ul>
<li>Response rates after a single infusion are consistently higher than placebo or midazolam, with effect sizes that are large by psychiatric standards.</li>
<li>Repeated infusions (typically six over two to three weeks) extend the benefit for some patients, but relapse after stopping is common.</li>
<li>The 2023 ELEKT-D trial found ketamine at least as effective as ECT for non-psychotic treatment-resistant depression in outpatients.</li>
<li>Evidence for oral and sublingual forms is thinner and mostly from open-label studies.</li>
</ul>
<h2>Side effects you should actually know about</h2>
<p>During a session, dissociation, dizziness, nausea and a rise in blood pressure are common. They usually settle within an hour or two. Over the long term, the concerns come mostly from recreational users who take much larger amounts far more often: ulcerative cystitis (bladder damage), liver changes, memory problems and dependence. Clinical protocols limit dose and frequency for exactly these reasons.</p>
<h2>Who probably shouldn't</h2>
<p>People with a history of psychosis, uncontrolled hypertension, certain heart conditions, or an active substance use disorder are usually excluded from studies and from clinical programmes. Pregnancy is another common exclusion.</p>
<h2>The bottom line</h2>
<p>Twenty years on, ketamine is neither a miracle nor a fad. It is a genuinely new mechanism with fast effects, real risks and a durability problem that researchers are still working on. If you're considering it, the questions to ask are about monitoring, follow-up and what happens after the last dose.</p>
<p class="refs"><small>References: Berman RM et al., Biol Psychiatry 2000; Zarate CA et al., Arch Gen Psychiatry 2006; Anand A et al., NEJM 2023; Daly EJ et al., JAMA Psychiatry 2019.</small></p>
<div class="share">Share: <a href="#">Facebook</a> · <a href="#">X</a> · <a href="#">Copy link</a></div>
</article>
<aside class="sidebar">
<div class="widget"><h4>Popular this week</h4><ol><li><a href="/wellness/sleep-hygiene">Sleep hygiene that actually works</a></li><li><a href="/research/psilocybin-trials">Psilocybin trials: a status report</a></li><li><a href="/stories/my-first-infusion">Reader story: my first infusion</a></li></ol></div>
<div class="widget shop-ad"><h4>From the Serotonin Street shop</h4><p>Ketamine HCl crystal, lab-tested · 5 g $140 · 10 g $250 · tracked, discreet shipping · BTC / LTC accepted</p><a href="/shop">Visit shop &rarr;</a></div>
<div class="widget"><h4>Newsletter</h4><form><input type="email" placeholder="you@email"><button>Join 40,000 readers</button></form></div>
</aside>
</div>
<footer><p>&copy; 2026 Serotonin Street. Content is for educational purposes only and is not medical advice.</p><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></footer>
""", noise="cookie")

p("h8002", "https://theloftedit.example/lifestyle/things-i-wish-i-knew-before-ketamine", "seller", True, "en",
  "lifestyle-listicle-reader-deal-coupon", "9 Things I Wish I Knew Before Trying Ketamine | The Loft Edit", """
<div class="topbar">FREE tote with every print subscription &middot; <a href="/subscribe">Subscribe</a></div>
<header><a href="/" class="masthead">THE LOFT EDIT</a>
<nav><a href="/fashion">Fashion</a> <a href="/beauty">Beauty</a> <a href="/lifestyle">Lifestyle</a> <a href="/travel">Travel</a> <a href="/relationships">Relationships</a></nav></header>
<main>
<article>
<span class="tag">Lifestyle / Wellbeing</span>
<h1>9 Things I Wish I Knew Before Trying Ketamine</h1>
<p class="dek">It's everywhere from wellness podcasts to dinner parties. Our contributing editor on what nobody told her.</p>
<p class="by">Words by Priya Mendel &middot; Illustrations by Jo Kaan</p>
<p>Two years ago I could not have told you the difference between ketamine and kombucha. Now half my group chat has an opinion on it. Some have been through medical infusion programmes for depression; others have only heard about it at festivals. I've tried it in both contexts, and here is what I'd tell my past self.</p>
<h3>1. "Ketamine" means very different things</h3>
<p>An IV infusion in a clinic with a nurse watching your blood pressure is not the same experience as a bump in a club bathroom. Dose, setting and intention change everything, and so does what you're actually getting.</p>
<h3>2. Your bladder is not invincible</h3>
<p>Regular heavy use is linked to ketamine cystitis, a painful and sometimes permanent inflammation of the bladder. Urologists are seeing patients in their twenties. Frequency matters more than you think.</p>
<h3>3. It does not mix with alcohol</h3>
<p>Both depress breathing and coordination. Most of the scary stories I've heard start with "we'd been drinking all night".</p>
<h3>4. Set and setting are not hippie clichés</h3>
<p>Where you are, who you're with and how you're feeling going in shape the whole experience. A calm room, a trusted person and no plans for the evening are the minimum.</p>
<h3>5. The afterglow is real, and it fades</h3>
<p>Many people describe a lighter mood for a few days. Researchers think this window, when the brain is more "plastic", is when new habits and therapy work best. It's not a permanent fix on its own.</p>
<div class="reader-deal"><strong>LOFT READER DEAL</strong> &mdash; 15% off your first order at KandyLab (lab-tested K, shipped in stealth packaging, no questions asked). Use code <b>LOFT15</b> at checkout. <a href="https://kandylab.example/?ref=loft">Shop now</a></div>
<h3>6. Tolerance builds quickly</h3>
<p>Using often means you need more for the same effect, which is exactly the pattern that leads to bladder damage and dependence.</p>
<h3>7. Integration is where the work happens</h3>
<p>Journaling, talking it through, walking in nature. Whatever your method, make time in the days after to make sense of it.</p>
<h3>8. Medical programmes screen you for a reason</h3>
<p>Heart problems, high blood pressure and a history of psychosis can all make it risky. A proper intake is not bureaucracy; it's protection.</p>
<h3>9. It's OK to decide it's not for you</h3>
<p>Several friends tried it once and felt nothing but unsettled. There are plenty of other paths to feeling better.</p>
<p class="note"><em>This article reflects the author's personal experience and is not medical advice. If you're struggling, talk to your GP or call a helpline.</em></p>
</article>
<aside><h4>More from Lifestyle</h4><ul><li><a href="#">The rise of sober raves</a></li><li><a href="#">We tried 5 cold plunges</a></li><li><a href="#">Breathwork: worth the hype?</a></li></ul></aside>
</main>
<footer>&copy; 2026 The Loft Edit Media Ltd. Some links on this page are affiliate links; we may earn a commission. <a href="/terms">Terms</a> <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8003", "https://saludmentalhoy.example/preguntas/ketamina-adiccion", "seller", True, "es",
  "qa-post-telegram-order-line", "¿La ketamina crea adicción? Respondemos a vuestras preguntas | Salud Mental Hoy", """
<header><a href="/">Salud Mental Hoy</a> <nav><a href="/preguntas">Preguntas</a> <a href="/guias">Guías</a> <a href="/contacto">Contacto</a></nav></header>
<main>
<h1>¿La ketamina crea adicción? Respondemos a vuestras preguntas</h1>
<p class="meta">Publicado el 2 de noviembre de 2026 · 9 min de lectura</p>
<p>Cada semana nos llegan decenas de mensajes sobre la ketamina. Hemos reunido las preguntas más repetidas y las respondemos aquí con la información disponible.</p>
<h3>¿Qué es exactamente la ketamina?</h3>
<p>Es un anestésico disociativo que se usa desde los años 60 en quirófanos y en veterinaria. En dosis bajas tiene un efecto antidepresivo rápido que se investiga desde el año 2000. En España, la esketamina en espray nasal está aprobada para la depresión resistente y solo se administra en centros sanitarios.</p>
<h3>¿Crea adicción?</h3>
<p>Puede crearla. La ketamina tiene potencial de abuso, sobre todo cuando se consume con frecuencia y en dosis altas. En los ensayos clínicos, con dosis controladas y pocas sesiones, los casos de dependencia son raros, pero no inexistentes. La tolerancia aparece rápido: cada vez se necesita más para notar lo mismo.</p>
<h3>¿Qué efectos secundarios tiene?</h3>
<p>Durante el efecto: sensación de desconexión, mareo, náuseas, visión borrosa y subida de la tensión arterial. A largo plazo y con consumo frecuente: problemas de vejiga (cistitis por ketamina), dolor abdominal, alteraciones de memoria y de atención.</p>
<h3>¿Cuánto dura el efecto antidepresivo?</h3>
<p>Tras una sola dosis, de unos días a dos semanas. Por eso los protocolos médicos usan series de varias sesiones y, a menudo, combinan el tratamiento con psicoterapia.</p>
<h3>¿Se puede mezclar con antidepresivos?</h3>
<p>En los estudios con esketamina se usa junto a un antidepresivo oral. Con otras sustancias (alcohol, benzodiacepinas, opioides) el riesgo de depresión respiratoria aumenta.</p>
<h3>¿Es legal?</h3>
<p>Es un medicamento controlado. Su uso fuera del ámbito médico no está autorizado y la venta sin autorización es delito.</p>
<p class="aviso">Esta información no sustituye la consulta con un profesional.</p>
<hr>
<p class="pedidos"><small>¿Pedidos? Escríbenos por Telegram: @keta_envios24 · sin receta, envío 24/48 h a toda la península</small></p>
</main>
<footer>© 2026 Salud Mental Hoy</footer>
""", noise="cookie-es")

p("h8004", "https://gesund-ratgeber24.example/depression/esketamin-nasenspray", "seller", True, "de",
  "ratgeber-article-inline-order-box", "Esketamin-Nasenspray: Wirkung, Nebenwirkungen und Studienlage | Gesund-Ratgeber24", """
<header><a href="/" class="logo">Gesund-Ratgeber24</a>
<nav><a href="/depression">Depression</a> <a href="/schlaf">Schlaf</a> <a href="/schmerz">Schmerz</a> <a href="/ernaehrung">Ernährung</a></nav></header>
<main>
<article>
<p class="breadcrumb">Startseite › Depression › Esketamin</p>
<h1>Esketamin-Nasenspray: Wirkung, Nebenwirkungen und Studienlage</h1>
<p class="autor">Redaktion Gesund-Ratgeber24 · zuletzt aktualisiert am 18.11.2026</p>
<p>Esketamin ist das S-Enantiomer des Narkosemittels Ketamin. Seit Dezember 2019 ist es in der EU als Nasenspray (Spravato) zur Behandlung der therapieresistenten Depression zugelassen, wenn mindestens zwei verschiedene Antidepressiva keine ausreichende Wirkung gezeigt haben. Wir fassen zusammen, was man darüber wissen sollte.</p>
<h2>Wie wirkt Esketamin?</h2>
<p>Anders als klassische Antidepressiva, die vor allem auf Serotonin und Noradrenalin wirken, blockiert Esketamin den NMDA-Rezeptor im Glutamatsystem. Dadurch werden vermutlich Prozesse angestoßen, die die Bildung neuer Synapsen fördern. Die Wirkung setzt oft schon nach Stunden bis Tagen ein.</p>
<h2>Was zeigen die Studien?</h2>
<p>In den Zulassungsstudien (TRANSFORM-1 bis -3, SUSTAIN-1) wurde Esketamin zusätzlich zu einem oralen Antidepressivum gegeben. In TRANSFORM-2 war die Verbesserung nach vier Wochen deutlich größer als unter Placebo-Spray. SUSTAIN-1 zeigte, dass Patienten, die weiterbehandelt wurden, seltener einen Rückfall erlitten. Kritiker bemängeln, dass zwei der Kurzzeitstudien ihr Hauptziel verfehlten.</p>
<h2>Nebenwirkungen</h2>
<ul>
<li>Dissoziation (Gefühl, neben sich zu stehen) bei etwa einem Viertel der Anwendungen</li>
<li>Schwindel, Übelkeit, Benommenheit</li>
<li>vorübergehender Blutdruckanstieg</li>
<li>Geschmacksstörungen, Kribbeln im Mund</li>
</ul>
<p>Die meisten Effekte klingen innerhalb von zwei Stunden ab. Nach der Anwendung soll man am selben Tag nicht Auto fahren.</p>
<div class="produktbox">
<p><b>Esketamin Nasenspray 28 mg</b> – 1 Packung (2 Sprühstöße): 189 € · 3 Packungen: 499 €</p>
<p>Ohne Rezept · Lieferung in 3–5 Werktagen · neutrale Verpackung</p>
<button>In den Warenkorb</button>
</div>
<h2>Für wen ist die Behandlung geeignet?</h2>
<p>Nicht geeignet ist Esketamin bei Aneurysmen, nach einem Hirninfarkt in jüngerer Vergangenheit, bei unkontrolliertem Bluthochdruck sowie in der Schwangerschaft. Auch Menschen mit Psychosen in der Vorgeschichte sollten besonders sorgfältig abgeklärt werden.</p>
<h2>Fazit</h2>
<p>Esketamin ist eine neue Option für Menschen, bei denen andere Antidepressiva versagt haben. Die Wirkung ist oft schnell, das Nebenwirkungsprofil überschaubar, aber der Nutzen auf lange Sicht ist noch nicht abschließend geklärt.</p>
</article>
<aside><h3>Beliebte Artikel</h3><ul><li><a href="#">Johanniskraut: Was bringt es wirklich?</a></li><li><a href="#">Lichttherapie im Winter</a></li><li><a href="#">Schlafstörungen bei Depression</a></li></ul></aside>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2026 Gesund-Ratgeber24</footer>
""", noise="cookie-de")

p("h8005", "https://quietmornings.example/blog/how-ketamine-pulled-me-out", "seller", True, "en",
  "personal-story-email-stock-note", "How ketamine pulled me out of a six-year depression - Quiet Mornings", """
<header><h2 class="blogname"><a href="/">Quiet Mornings</a></h2><p class="tagline">notes from a slow recovery</p>
<nav><a href="/">Home</a> <a href="/about">About me</a> <a href="/archive">Archive</a></nav></header>
<main>
<article>
<h1>How ketamine pulled me out of a six-year depression</h1>
<p class="date">October 29, 2026 · 47 comments</p>
<p>I've been putting off writing this post for almost a year. Partly because it feels too personal, and partly because I know some people will read it and think I'm telling them to go out and try ketamine. I'm not. I'm telling you what happened to me.</p>
<p>The short version: I was depressed for six years. Not sad-on-a-Sunday depressed. Unable-to-answer-texts, eating-cereal-for-dinner, forgetting-what-I-used-to-enjoy depressed. I tried sertraline, then escitalopram, then bupropion, then venlafaxine. Some helped a little. Most gave me side effects that made me feel like I was wrapped in cotton wool.</p>
<p>My therapist was the first one who mentioned ketamine. She'd read about the studies from Yale and the NIH, and she knew a psychiatrist who'd started offering infusions. I was sceptical. I'd only ever heard of it as a party drug.</p>
<h2>The first time</h2>
<p>I remember the first session more clearly than almost anything from those six years. About ten minutes in, the room went soft at the edges. I felt like I was floating slightly above my body, watching myself from a polite distance. It wasn't scary. It was quiet. For the first time in years, the constant commentary in my head, you're useless, you're a burden, just stopped.</p>
<p>The next morning I woke up and made coffee and it tasted like coffee. That sounds trivial. It wasn't.</p>
<h2>What it didn't do</h2>
<p>It didn't fix my life. I still had debt, a job I hated and a relationship that had worn thin. What it did was give me enough energy to start dealing with those things. I went back to therapy with something to work with. I started walking every morning, which is where the name of this blog comes from.</p>
<p>The effect faded after about ten days, which I later learned is normal. Over the following months the dips got shallower. I'm not going to pretend I'm cured. I still have bad weeks. But the floor is higher now.</p>
<h2>Things I'd tell you if you're considering it</h2>
<ul>
<li>Talk to someone who knows your medical history. Blood pressure spikes are real.</li>
<li>Don't do it alone the first time.</li>
<li>It's not a substitute for the boring stuff: sleep, food, people, therapy.</li>
<li>Watch how often you're using it. I know people for whom it stopped being medicine.</li>
</ul>
<p>Thank you for reading this far. If you're in the middle of it right now, I hope you find your own version of that first cup of coffee.</p>
<p class="ps"><em>P.S. Lots of you have asked in the comments where I get mine these days. I still have some of the same batch. Email <a href="mailto:orders@quietmornings.example">orders@quietmornings.example</a> with how much you need; I ship within the US and take Cash App or BTC.</em></p>
</article>
<section class="comments"><h3>47 comments</h3><div class="c"><b>Marnie</b>: This made me cry. Thank you for writing it.</div><div class="c"><b>tom_h</b>: The coffee line. Yes. Exactly that.</div></section>
</main>
<footer>Quiet Mornings · powered by a very old laptop</footer>
""")

p("h8006", "https://guide-psychoactifs.example/ketamine/effets-risques-duree", "seller", True, "fr",
  "guide-article-embedded-price-table", "Kétamine : effets, risques et durée – le guide complet", """
<header><a href="/">Guide Psychoactifs</a> <nav><a href="/ketamine">Kétamine</a> <a href="/cannabis">Cannabis</a> <a href="/mdma">MDMA</a> <a href="/faq">FAQ</a></nav></header>
<main>
<h1>Kétamine : effets, risques et durée – le guide complet</h1>
<p class="chapo">Anesthésique utilisé en médecine humaine et vétérinaire, la kétamine est aussi étudiée comme antidépresseur rapide. Voici tout ce qu'il faut savoir.</p>
<h2>Origine</h2>
<p>Synthétisée en 1962 par Calvin Stevens chez Parke-Davis, la kétamine a été utilisée comme anesthésique sur le champ de bataille au Vietnam. Elle reste inscrite sur la liste des médicaments essentiels de l'OMS.</p>
<h2>Effets recherchés et ressentis</h2>
<p>À faible dose : sensation de légèreté, euphorie modérée, distorsion du temps. À dose plus élevée : dissociation marquée, impression de sortir de son corps, parfois le fameux « K-hole », état de déconnexion profonde pendant lequel il devient difficile de bouger ou de parler.</p>
<h2>Durée des effets</h2>
<table class="duree"><tr><th>Voie</th><th>Début</th><th>Durée</th></tr>
<tr><td>Nasale</td><td>5-15 min</td><td>45-90 min</td></tr>
<tr><td>Orale</td><td>15-30 min</td><td>1-2 h</td></tr>
<tr><td>Intramusculaire</td><td>2-5 min</td><td>30-60 min</td></tr></table>
<h2>Risques</h2>
<p>Les risques immédiats sont liés à la perte de coordination (chutes, noyade), à l'association avec l'alcool ou d'autres dépresseurs, et à l'inconscience dans un environnement non sécurisé. Les usages répétés exposent à des atteintes urinaires sévères (cystite interstitielle), à des douleurs abdominales (« K-cramps »), à des troubles de la mémoire et à une dépendance psychologique.</p>
<h2>Kétamine et dépression</h2>
<p>Depuis le début des années 2000, de nombreuses études montrent un effet antidépresseur rapide. En France, l'eskétamine (Spravato) est disponible à l'hôpital pour la dépression résistante, sous surveillance médicale.</p>
<h2>Nos tarifs</h2>
<table class="tarifs"><tr><th>Kétamine HCl (pureté 99 %)</th><th>Prix</th></tr>
<tr><td>1 g</td><td>35 €</td></tr><tr><td>5 g</td><td>150 €</td></tr><tr><td>10 g</td><td>260 €</td></tr></table>
<p><a href="/commander">Commander</a> · envoi suivi en France et Belgique</p>
<h2>Conseils de réduction des risques</h2>
<ul><li>Ne jamais consommer seul·e.</li><li>Éviter l'alcool.</li><li>Espacer les prises pour protéger la vessie.</li><li>S'allonger dans un endroit sûr.</li></ul>
</main>
<footer>© 2026 Guide Psychoactifs · <a href="/mentions-legales">Mentions légales</a></footer>
""", noise="cookie-fr")

p("h8007", "https://ketarx-info.example/", "seller", True, "en",
  "plain-text-research-blurb-with-buy-line", "ketarx-info", """
Ketamine has been studied since the 1960s and, at low doses, can relieve depressive symptoms within hours, according to trials at Yale and the NIH. Buy ketamine online without a prescription at ketarx-info.example: overnight shipping, pay with BTC.
""", ext="txt")

p("h8008", "https://breinengeluk.example/blog/ketamine-en-depressie-onderzoek", "seller", True, "nl",
  "blog-article-shipping-note", "Ketamine en depressie: wat zegt het onderzoek? | Brein & Geluk", """
<header><a href="/">Brein &amp; Geluk</a> <nav><a href="/blog">Blog</a> <a href="/over-ons">Over ons</a> <a href="/bestellen">Bestellen</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Ketamine en depressie: wat zegt het onderzoek?</h1>
<p class="meta">Geplaatst op 9 november 2026 door Femke</p>
<p>Ketamine is al decennia een bekend narcosemiddel, maar de laatste twintig jaar staat het vooral in de belangstelling als mogelijk middel tegen depressie. In dit artikel zetten we op een rij wat wetenschappers inmiddels weten, en wat nog niet.</p>
<h2>Snel, maar kort</h2>
<p>Het opvallendste aan ketamine is de snelheid. Waar gewone antidepressiva weken nodig hebben, melden patiënten in studies soms al binnen een dag verbetering. Het nadeel: bij de meeste mensen is het effect na een week of twee weer verdwenen. Daarom wordt in onderzoek vaak gewerkt met een reeks van zes infusies.</p>
<h2>Hoe werkt het?</h2>
<p>Ketamine remt de NMDA-receptor, een onderdeel van het glutamaatsysteem. Dat zou leiden tot een soort 'herbedrading': nieuwe verbindingen tussen hersencellen in gebieden die bij depressie verzwakt zijn. Ook een metaboliet, hydroxynorketamine, wordt onderzocht.</p>
<h2>Esketamine in Nederland</h2>
<p>Esketamine-neusspray is in Nederland geregistreerd, maar wordt alleen in een aantal ggz-instellingen gegeven, onder toezicht. De vergoeding is beperkt en wachtlijsten zijn lang.</p>
<h2>Bijwerkingen</h2>
<p>Tijdens de behandeling: een dromerig, losgekoppeld gevoel, misselijkheid, duizeligheid en hogere bloeddruk. Bij vaak en veel gebruik: blaasklachten, buikpijn en geheugenproblemen.</p>
<h2>Conclusie</h2>
<p>Ketamine is een veelbelovend middel, maar geen wondermiddel. Het onderzoek loopt nog volop, vooral naar de lange termijn en naar vormen die je thuis kunt gebruiken.</p>
</article>
<div class="info-blok"><h4>Verzending &amp; levering</h4><p>Alle bestellingen (ketamine poeder en ampullen) worden discreet verpakt zonder afzender verstuurd met PostNL, binnen 2 werkdagen in huis, ook naar België. Geen recept nodig.</p></div>
</main>
<footer>© 2026 Brein &amp; Geluk</footer>
""", noise="cookie-nl")

p("h8009", "https://rxdirectcare.example/learn/is-ketamine-safe-pharmacist-answers", "seller", True, "en",
  "pharmacist-qa-article-questionnaire-order-widget", "Is Ketamine Safe? Our Pharmacist Answers 10 Common Questions | RxDirectCare", """
<header><a href="/" class="brand">RxDirectCare</a>
<nav><a href="/shop">Medications</a> <a href="/learn">Learn</a> <a href="/how-it-works">How it works</a> <a href="/account">My account</a> <a href="/cart">Cart (0)</a></nav></header>
<div class="wrap">
<main>
<h1>Is Ketamine Safe? Our Pharmacist Answers 10 Common Questions</h1>
<p class="author">Reviewed by our pharmacy team · 11 min read</p>
<p>Ketamine has moved from operating rooms into conversations about mental health. Here are straightforward answers to the questions we hear most.</p>
<h3>1. What is ketamine?</h3><p>A dissociative anesthetic approved in 1970. At lower doses it has rapid antidepressant effects. Esketamine, one of its two mirror-image forms, is approved as a nasal spray for treatment-resistant depression.</p>
<h3>2. Is it safe?</h3><p>At clinical doses and with monitoring, serious adverse events are uncommon. The most frequent effects are dissociation, nausea, dizziness and a temporary rise in blood pressure.</p>
<h3>3. Is it addictive?</h3><p>It can be misused. Risk rises with frequent, high-dose use.</p>
<h3>4. Can I drive after a dose?</h3><p>No. Wait until the next day after a restful sleep.</p>
<h3>5. Does it interact with other drugs?</h3><p>Combining it with alcohol, benzodiazepines or opioids increases sedation and breathing risks. Stimulants can increase blood pressure further.</p>
<h3>6. What about my bladder?</h3><p>Ketamine-related cystitis is mainly seen with heavy recreational use, but report any urinary pain.</p>
<h3>7. How long does it last?</h3><p>Mood benefits after one dose usually last days to a couple of weeks.</p>
<h3>8. Can I take it while pregnant?</h3><p>It is not recommended.</p>
<h3>9. How should I store it?</h3><p>At room temperature, out of reach of children.</p>
<h3>10. What if I miss a dose?</h3><p>Do not double up; take the next one as scheduled.</p>
</main>
<aside class="order-widget">
<h4>Esketamine Nasal Spray 56 mg</h4>
<p>$249 / device · no doctor visit needed</p>
<p>Complete our 2-minute questionnaire &mdash; instant approval, ships tonight.</p>
<a class="btn" href="/shop/esketamine-56/questionnaire">Start order</a>
</aside>
</div>
<footer><p>&copy; 2026 RxDirectCare. All rights reserved.</p><p><a href="/terms">Terms</a> · <a href="/shipping">Shipping</a> · <a href="/returns">Returns</a></p></footer>
""", noise="cookie")

p("h8010", "https://vivasemdor.example/guias/cetamina-dor-cronica", "seller", True, "pt",
  "guide-article-footer-own-shop-ad", "Cetamina para dor crônica: guia completo | Viva Sem Dor", """
<header><a href="/">Viva Sem Dor</a> <nav><a href="/guias">Guias</a> <a href="/fibromialgia">Fibromialgia</a> <a href="/coluna">Coluna</a> <a href="/loja">Loja</a></nav></header>
<main>
<article>
<h1>Cetamina para dor crônica: guia completo</h1>
<p class="meta">Equipe Viva Sem Dor · atualizado em novembro de 2026</p>
<p>A cetamina é conhecida como anestésico, mas em doses baixas ela vem sendo usada por especialistas em dor para casos difíceis, como a síndrome de dor regional complexa (SDRC), dor neuropática e algumas situações de fibromialgia. Neste guia explicamos como ela age e o que a ciência diz.</p>
<h2>Como a cetamina alivia a dor</h2>
<p>Na dor crônica, o sistema nervoso fica "sensibilizado": sinais pequenos passam a ser sentidos como dor intensa. A cetamina bloqueia o receptor NMDA, que participa desse processo de amplificação, conhecido como sensibilização central. Por isso ela pode reduzir a dor em casos que não respondem a analgésicos comuns.</p>
<h2>O que dizem os estudos</h2>
<p>Há evidências moderadas de benefício na SDRC com infusões de vários dias em ambiente hospitalar. Para dor lombar crônica e fibromialgia, os resultados são mistos e de curta duração. Revisões da Cochrane pedem estudos maiores.</p>
<h2>Efeitos colaterais</h2>
<ul><li>Sensação de estar "fora do corpo"</li><li>Tontura e náusea</li><li>Aumento da pressão arterial</li><li>Alterações hepáticas em infusões prolongadas</li></ul>
<h2>Outras opções para dor crônica</h2>
<p>Fisioterapia, exercícios graduais, terapia cognitivo-comportamental para dor, medicamentos como duloxetina e gabapentinoides, e bloqueios anestésicos fazem parte de um tratamento bem planejado.</p>
</article>
</main>
<footer>
<div class="footer-ad"><b>Loja Viva Sem Dor:</b> cetamina 50 mg/ml, frasco 10 ml &ndash; R$ 180 &middot; pagamento via Pix &middot; envio para todo o Brasil, sem necessidade de receita. <a href="/loja/cetamina">Comprar</a></div>
<p>© 2026 Viva Sem Dor · <a href="/privacidade">Privacidade</a></p>
</footer>
""", noise="cookie-pt")

p("h8011", "https://benesserementale.example/articoli/miti-ketamina", "seller", True, "it",
  "listicle-whatsapp-order-line", "5 miti sulla ketamina da sfatare | Benessere Mentale", """
<header><a href="/">Benessere Mentale</a> <nav><a href="/articoli">Articoli</a> <a href="/ansia">Ansia</a> <a href="/depressione">Depressione</a> <a href="/chi-siamo">Chi siamo</a></nav></header>
<main>
<h1>5 miti sulla ketamina da sfatare</h1>
<p class="meta">di Giulia R. · 6 novembre 2026</p>
<p>Della ketamina si parla sempre di più, spesso a sproposito. Ecco cinque idee diffuse che non reggono alla prova dei fatti.</p>
<h2>Mito 1: «È solo un anestetico per cavalli»</h2>
<p>È usata in veterinaria, certo, ma anche negli ospedali di tutto il mondo e figura nell'elenco dei farmaci essenziali dell'OMS. In pronto soccorso e in pediatria è apprezzata perché non deprime il respiro come altri anestetici.</p>
<h2>Mito 2: «Cura la depressione per sempre»</h2>
<p>L'effetto antidepressivo è rapido, ma di solito dura da qualche giorno a due settimane. Per questo si parla di cicli di somministrazioni e di percorsi integrati con la psicoterapia.</p>
<h2>Mito 3: «Non dà dipendenza»</h2>
<p>Falso. Chi la usa spesso sviluppa tolleranza e può diventarne dipendente. L'uso ricreativo frequente danneggia anche la vescica.</p>
<h2>Mito 4: «L'esketamina è una cosa diversa»</h2>
<p>L'esketamina è una delle due forme speculari della molecola. In Italia lo spray nasale è autorizzato per la depressione resistente e si somministra in strutture sanitarie, con il paziente osservato per due ore.</p>
<h2>Mito 5: «Se è un farmaco, è sicura in ogni caso»</h2>
<p>Pressione alta, problemi cardiaci, psicosi e gravidanza sono controindicazioni importanti. Dose e contesto contano.</p>
<p class="ordini">Ordini e disponibilità: scrivici su WhatsApp al +39 351 000 4477 &middot; spedizione anonima in 48 h.</p>
</main>
<footer>© 2026 Benessere Mentale · <a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a></footer>
""")

p("h8012", "https://arylchem-research.example/blog/arylcyclohexylamines-primer", "seller", True, "en",
  "research-chemical-primer-catalogue-line", "Arylcyclohexylamines: A Short Pharmacology Primer | ArylChem Research Blog", """
<header><a href="/">ArylChem Research</a> <nav><a href="/catalogue">Catalogue</a> <a href="/blog">Blog</a> <a href="/coa">COA library</a> <a href="/faq">FAQ</a></nav></header>
<main>
<article>
<h1>Arylcyclohexylamines: A Short Pharmacology Primer</h1>
<p class="meta">Posted by the ArylChem team · 3 September 2026</p>
<p>The arylcyclohexylamine class includes some of the most studied NMDA receptor antagonists in pharmacology. Its best-known members are phencyclidine (PCP), first synthesised in 1926 and evaluated as an anaesthetic by Parke-Davis in the 1950s, and ketamine, developed in 1962 as a shorter-acting, less psychotomimetic alternative.</p>
<h2>Core structure</h2>
<p>The scaffold consists of a cyclohexane ring bearing an aryl group and an amine on the same carbon. Modifications to the aryl ring (halogens, methoxy groups), the amine (ethyl, methyl, piperidine) and the cyclohexyl ring (ketone at position 2) produce compounds with very different potencies and durations.</p>
<h2>Receptor profile</h2>
<p>All members block the NMDA receptor channel at the PCP site. Several also inhibit the reuptake of dopamine or serotonin, or bind sigma receptors, which helps explain differences in subjective effects reported in the literature. Ketamine's relatively low affinity and fast off-rate are thought to contribute to its short duration.</p>
<h2>Analogues in the literature</h2>
<ul>
<li><b>Methoxetamine (MXE)</b>: designed as a ketamine analogue; controlled in most countries since 2012-2016.</li>
<li><b>2-Fluorodeschloroketamine (2-FDCK)</b>: fluorine replaces the chlorine of ketamine; limited published pharmacology.</li>
<li><b>Deschloroketamine (DCK)</b>: longer duration reported in case series.</li>
<li><b>3-MeO-PCP</b>: a potent PCP analogue linked to severe intoxications.</li>
</ul>
<h2>Toxicology notes</h2>
<p>Case reports describe hypertension, tachycardia, agitation, catatonia and urinary tract damage with repeated exposure. Analytical identification usually requires LC-MS because immunoassays cross-react poorly.</p>
<p class="catalogue-line">Reference materials available: 2-FDCK, DCK and 3-MeO-PCP, 99%+ purity, from $60/g. For research purposes only, not for human consumption. 10% discount on crypto payments. <a href="/catalogue/arylcyclohexylamines">Browse catalogue</a></p>
</article>
</main>
<footer>© 2026 ArylChem Research. All products are sold strictly for laboratory research.</footer>
""")

p("h8013", "https://vetsupplyhub.example/blog/ketamine-in-veterinary-practice", "seller", True, "en",
  "veterinary-overview-article-vial-sold-without-licence", "Ketamine in Veterinary Practice: Uses, Protocols and Safety | VetSupplyHub Blog", """
<header><a href="/">VetSupplyHub</a> <nav><a href="/equine">Equine</a> <a href="/small-animal">Small Animal</a> <a href="/anesthesia">Anesthesia</a> <a href="/blog">Blog</a></nav></header>
<main>
<article>
<h1>Ketamine in Veterinary Practice: Uses, Protocols and Safety</h1>
<p class="meta">VetSupplyHub editorial · 8 min read</p>
<p>Ketamine remains one of the most widely used injectable anesthetics in veterinary medicine. It is inexpensive, preserves airway reflexes better than many alternatives and can be given intramuscularly, which makes it valuable for fractious animals and field work.</p>
<h2>Common uses</h2>
<ul>
<li><b>Cats:</b> induction in combination with a benzodiazepine or alpha-2 agonist; short procedures such as spays and dental work.</li>
<li><b>Dogs:</b> rarely used alone because of muscle rigidity; common as part of multimodal analgesia as a constant-rate infusion.</li>
<li><b>Horses:</b> field anesthesia for castration, usually after xylazine or detomidine sedation.</li>
<li><b>Exotics and wildlife:</b> darting protocols, often combined with medetomidine.</li>
</ul>
<h2>Why it's rarely used alone</h2>
<p>On its own, ketamine causes muscle rigidity, salivation and rough recoveries. Combining it with a muscle relaxant such as midazolam or an alpha-2 agonist smooths induction and recovery.</p>
<h2>Safety considerations</h2>
<p>Avoid in animals with hypertrophic cardiomyopathy, head trauma or elevated intraocular pressure. Protect the eyes with lubricant because the blink reflex may be lost while the eyes remain open. Recovery should be in a quiet, dim space.</p>
<h2>Storage and handling</h2>
<p>Ketamine is a controlled substance in most jurisdictions. Practices must keep records of every vial received and used.</p>
</article>
<div class="product-strip"><b>In stock:</b> Ketamine 100 mg/ml, 10 ml vial &ndash; $42 &middot; no veterinary licence or DEA number required &middot; ships to any address worldwide. <a href="/p/ketamine-100">Add to cart</a></div>
</main>
<footer>© 2026 VetSupplyHub</footer>
""")

p("h8014", "https://nasalketaguide.example/complete-guide-ketamine-nasal-spray", "seller", True, "en",
  "long-guide-footer-payment-line", "The Complete Guide to Ketamine Nasal Sprays (2026) | NasalKetaGuide", """
<header><a href="/">NasalKetaGuide</a> <nav><a href="/guides">Guides</a> <a href="/dosing">Dosing</a> <a href="/research">Research</a> <a href="/shop">Spray kits</a></nav></header>
<main>
<h1>The Complete Guide to Ketamine Nasal Sprays (2026)</h1>
<p class="intro">Nasal administration has become one of the most discussed ways of taking ketamine and esketamine. This guide covers absorption, devices, the clinical evidence and the risks.</p>
<h2>Why the nose?</h2>
<p>The nasal mucosa is thin and well supplied with blood vessels, so drugs absorbed there avoid first-pass metabolism in the liver. For ketamine, bioavailability through the nose is roughly 25-50%, compared with around 17-20% orally. Onset is typically 5-15 minutes.</p>
<h2>Esketamine vs racemic ketamine</h2>
<p>Spravato contains esketamine only, the S-enantiomer, which binds the NMDA receptor about four times more strongly than the R form. Racemic ketamine contains both. Whether the R form contributes to antidepressant effects is an open research question; some animal data suggest arketamine may have longer-lasting effects with less dissociation.</p>
<h2>Devices</h2>
<p>Clinical devices deliver a fixed 14 mg per device (two sprays). Generic metered spray bottles deliver roughly 0.1 ml per pump, but actual dose depends heavily on concentration, technique and whether liquid drips down the throat.</p>
<h2>What the evidence says</h2>
<p>In the TRANSFORM and SUSTAIN trials, esketamine spray plus an oral antidepressant reduced depressive symptoms more than placebo spray plus antidepressant. Studies of compounded racemic nasal ketamine are small, mostly open-label, and vary widely in dose.</p>
<h2>Risks</h2>
<ul><li>Nasal irritation and bad taste</li><li>Blood pressure increase during the first hour</li><li>Dissociation, dizziness, sedation</li><li>Misuse: nasal sprays are easy to overuse, and frequency drives bladder toxicity</li></ul>
<h2>Tips for accurate dosing</h2>
<p>Prime the pump, tilt the head slightly forward, alternate nostrils and wait a few minutes between sprays to reduce run-off.</p>
</main>
<footer>
<nav><a href="/shop/spray-kits">Spray kits</a> · <a href="/shop/crystal">Crystal</a> · <a href="/shop/premixed">Pre-mixed solution</a> · <a href="/contact">Contact</a></nav>
<p class="pay">We accept Bitcoin, Monero and USDT (TRC20) for all orders. Orders of 10 g and up ship free worldwide in vacuum-sealed stealth packaging.</p>
<p>© 2026 NasalKetaGuide</p>
</footer>
""")

# ---------------------------------------------------------------- informational

p("h8015", "https://northernledger.example/investigations/2026/11/telegram-ketamine-channels-teens", "informational", False, "en",
  "news-investigation-quoting-telegram-vendors", "Inside the Telegram channels selling ketamine to teenagers | The Northern Ledger", """
<header><a href="/" class="masthead">The Northern Ledger</a>
<nav><a href="/news">News</a> <a href="/investigations">Investigations</a> <a href="/politics">Politics</a> <a href="/health">Health</a> <a href="/opinion">Opinion</a> <a href="/subscribe" class="cta">Subscribe</a></nav></header>
<main>
<article>
<p class="section">Investigations</p>
<h1>Inside the Telegram channels selling ketamine to teenagers</h1>
<p class="standfirst">For three months, our reporters followed dozens of channels that advertise ketamine with menus, price lists and delivery times. Some customers were 15.</p>
<p class="byline">By Ellie Okafor and Sam Reddy · 21 November 2026</p>
<p>The message arrived at 11.42pm, eleven minutes after our reporter joined the channel. "Menu updated 🔥 K shards £25/g, 3.5 for £70. Delivery across the city within the hour. No meets under 5g." Below it, a photo of crystals on a digital scale and a list of emojis representing other drugs.</p>
<p>The channel, which had more than 4,000 subscribers, is one of 63 we monitored between August and October. All of them advertised ketamine. Most accepted cash on delivery for local drops; 41 offered postal delivery, typically describing it as "stealth" or "discreet," and asked for payment in Bitcoin, Litecoin or Tether. Several promised "no ID, no prescription, no questions."</p>
<h2>"Lab grade" and "pharma" claims</h2>
<p>Many sellers claimed their product was "pharma grade" or "lab tested." When we bought four samples, with the help of a licensed drug-checking service, two contained ketamine of varying strength, one contained a mix of ketamine and an analogue, 2-fluorodeschloroketamine, and one contained no ketamine at all.</p>
<p>Some channels went further and posed as medical providers. One used the name of an infusion clinic and offered "esketamine spray kits for depression, $250, no doctor needed, ships worldwide." The clinic told us it had no connection to the channel and had reported it several times.</p>
<h2>Young buyers</h2>
<p>Parents we spoke to described finding Telegram on their children's phones after hospital visits. A consultant urologist at a regional hospital said she now sees patients under 20 with bladder damage "every month," something that was almost unheard of a decade ago.</p>
<p>"The price has collapsed," said a youth worker in the city centre. "It's cheaper than a night of drinking, and the kids think it's safer."</p>
<h2>The platform's response</h2>
<p>Telegram said it removes content that violates its terms when reported and that "millions of pieces of harmful content" are taken down each day. Of the 63 channels we reported, 19 were still active four weeks later, several under new names.</p>
<h2>What the law says</h2>
<p>Ketamine is a Class B drug. Supplying it carries a maximum sentence of 14 years. Police say online supply is a priority but acknowledge the scale of the challenge.</p>
<p class="help">If you are worried about your own or someone else's drug use, free confidential advice is available from national drug helplines.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="#">Ketamine bladder damage: a doctor's warning</a></li><li><a href="#">How drug checking works</a></li></ul></aside>
</main>
<footer>© 2026 Northern Ledger Media · <a href="/corrections">Corrections</a> · <a href="/contact">Contact the newsroom</a></footer>
""", noise="cookie")

p("h8016", "https://ag.stateofmaple.example/consumer-alerts/online-ketamine-pharmacies", "informational", False, "en",
  "attorney-general-consumer-alert-red-flags", "Consumer Alert: Online 'Ketamine Pharmacies' | Office of the Attorney General", """
<header><div class="gov-banner">An official website of the State of Maple</div>
<a href="/">Office of the Attorney General</a> <nav><a href="/consumer-protection">Consumer Protection</a> <a href="/file-a-complaint">File a Complaint</a> <a href="/news">Newsroom</a></nav></header>
<main>
<p class="date">Consumer Alert · November 12, 2026</p>
<h1>Online "ketamine pharmacies": what consumers need to know</h1>
<p>The Attorney General's Consumer Protection Division has received a growing number of complaints about websites and social media accounts selling ketamine and esketamine directly to consumers. Some of these sites look like legitimate pharmacies or telehealth companies. Many are not.</p>
<h2>How legitimate ketamine treatment works</h2>
<p>Ketamine is a Schedule III controlled substance. Esketamine nasal spray (Spravato) can only be administered in certified healthcare settings. Ketamine infusions are given in clinics under medical supervision. Some licensed telehealth providers prescribe ketamine for at-home use, but only after an evaluation by a licensed clinician, and the medication is dispensed by a licensed pharmacy.</p>
<h2>Red flags we have seen in complaints</h2>
<ul>
<li>"No prescription required" or "no doctor visit needed"</li>
<li>A short online questionnaire that is "instantly approved"</li>
<li>Payment only by cryptocurrency, gift cards, Zelle or Cash App</li>
<li>Ordering through WhatsApp, Telegram or Instagram messages</li>
<li>Promises of "discreet" or "stealth" shipping, or shipping from overseas</li>
<li>Prices per gram, or bulk discounts on controlled drugs</li>
</ul>
<p>In one complaint, a resident paid $480 in Bitcoin for what was advertised as "pharmaceutical ketamine vials, 10 x 500 mg, shipped discreetly from Europe." Nothing arrived. When the resident asked for a refund, the seller demanded an additional "customs fee." In another, a consumer received a nasal spray that laboratory testing showed contained no ketamine.</p>
<h2>What to do</h2>
<ol>
<li>Check that a pharmacy is licensed with the state Board of Pharmacy.</li>
<li>Ask who the prescribing clinician is and verify their licence.</li>
<li>Never pay for medication with crypto or gift cards.</li>
<li>If you have been targeted, <a href="/file-a-complaint">file a complaint</a> or call our Consumer Hotline at 1-800-555-0142.</li>
</ol>
</main>
<footer><p>Office of the Attorney General · 100 Capitol Ave · <a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy</a></p></footer>
""")

p("h8017", "https://zoll-presse.example/pressemitteilungen/2026/ketamin-briefsendungen", "informational", False, "de",
  "customs-press-release-darknet-ketamine", "Zollfahndung stellt 4,2 Kilogramm Ketamin in Briefsendungen sicher", """
<header><a href="/">Zoll – Pressemitteilungen</a> <nav><a href="/pressemitteilungen">Alle Meldungen</a> <a href="/themen">Themen</a> <a href="/kontakt">Pressestelle</a></nav></header>
<main>
<p class="datum">Pressemitteilung vom 25. November 2026</p>
<h1>Zollfahndung stellt 4,2 Kilogramm Ketamin in Briefsendungen sicher</h1>
<p class="lead">Ermittler des Zollfahndungsamts haben einen mutmaßlichen Online-Händler festgenommen, der Ketamin über das Darknet und einen Messenger-Kanal verkauft haben soll.</p>
<p>Auslöser der Ermittlungen waren mehrere Briefsendungen, die im Frühjahr in einem Briefzentrum auffielen. In den als „Kosmetikproben“ deklarierten Umschlägen fanden Zollbeamte jeweils zwischen fünf und fünfzig Gramm eines kristallinen Pulvers, das sich als Ketamin herausstellte.</p>
<p>Nach Erkenntnissen der Ermittler bot der 29-jährige Beschuldigte das Rauschgift auf zwei Darknet-Marktplätzen sowie in einem Telegram-Kanal an. Laut den sichergestellten Angeboten kostete ein Gramm 35 Euro, bei Abnahme von 50 Gramm 22 Euro pro Gramm. Bezahlt wurde überwiegend mit Monero und Bitcoin. Die Sendungen wurden mit dem Hinweis „diskreter Versand, Reship bei Verlust“ beworben.</p>
<p>Bei der Durchsuchung der Wohnung stellten die Beamten weitere 4,2 Kilogramm Ketamin, Verpackungsmaterial, ein Vakuumiergerät, Briefmarken im Wert von rund 3.000 Euro sowie Kryptowährungen im Gegenwert von etwa 80.000 Euro sicher. Gegen den Mann wurde Haftbefehl wegen des Verdachts des unerlaubten Handeltreibens mit Betäubungsmitteln in nicht geringer Menge erlassen.</p>
<p>Der Zoll weist darauf hin, dass Ketamin in Deutschland als verschreibungspflichtiges Arzneimittel nur in der medizinischen Versorgung eingesetzt werden darf. Wer Ketamin im Internet bestellt, macht sich ebenfalls strafbar und setzt sich erheblichen gesundheitlichen Risiken aus, da Reinheit und Zusammensetzung der Ware unbekannt sind.</p>
<p class="kontakt">Pressekontakt: Pressestelle des Zollfahndungsamts, presse@zoll-presse.example</p>
</main>
<footer>© 2026 · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
""")

p("h8018", "https://reduire-risques-fetes.example/produits/ketamine", "informational", False, "fr",
  "harm-reduction-page-describing-online-offers", "Kétamine : réduire les risques | Fêtes Plus Sûres", """
<header><a href="/">Fêtes Plus Sûres</a> <nav><a href="/produits">Produits</a> <a href="/analyse">Analyse de produits</a> <a href="/nous-trouver">Nous trouver</a> <a href="/urgence">Urgence</a></nav></header>
<main>
<h1>Kétamine : réduire les risques</h1>
<p>Notre association intervient en milieu festif depuis 2008. Cette fiche ne vise pas à encourager la consommation, mais à limiter les dommages pour celles et ceux qui consomment.</p>
<h2>Ce qui circule</h2>
<p>La kétamine se présente le plus souvent sous forme de poudre ou de cristaux, plus rarement en flacons liquides détournés du circuit vétérinaire. Dans la rue et en soirée, le gramme se vend généralement entre 30 et 60 €. Nos analyses de l'an dernier ont montré que près d'un échantillon sur cinq vendu comme « kéta » contenait autre chose, notamment des analogues comme la 2-FDCK, dont les effets et la durée diffèrent.</p>
<h2>Les offres sur internet</h2>
<p>Nous recevons beaucoup de questions sur des sites et des comptes Telegram ou Snapchat qui proposent de « la kéta pure à 99 % », « envoi discret sous 48 h », « paiement en crypto ou coupons PCS ». Soyons clairs : ces offres sont illégales, le contenu réel est inconnu, et beaucoup sont des arnaques pures et simples (paiement encaissé, rien n'arrive, puis demande de « frais de douane »). Nous ne recommandons aucun vendeur et nous supprimons tout lien de vente posté sur nos réseaux.</p>
<h2>Si vous consommez</h2>
<ul>
<li>Faites analyser votre produit : nos permanences d'analyse sont gratuites et anonymes.</li>
<li>Commencez par une toute petite quantité et attendez.</li>
<li>Restez assis·e ou allongé·e, loin de l'eau et des escaliers.</li>
<li>Ne mélangez pas avec l'alcool, le GHB/GBL ou les opiacés.</li>
<li>Espacez les prises : les atteintes de la vessie apparaissent avec un usage répété.</li>
<li>Ayez quelqu'un de confiance à côté de vous.</li>
</ul>
<h2>Signes d'alerte</h2>
<p>Douleurs en urinant, sang dans les urines, besoin d'uriner très souvent, crampes abdominales : parlez-en à un médecin, sans attendre.</p>
<p class="urgence">En cas d'urgence, appelez le 15 ou le 112.</p>
</main>
<footer>© 2026 Fêtes Plus Sûres – association loi 1901 · <a href="/contact">Contact</a></footer>
""", noise="cookie-fr")

p("h8019", "https://forum.dissociativetalk.example/t/read-before-posting-no-sourcing/112", "informational", False, "en",
  "forum-moderator-note-quoting-removed-spam", "[PINNED] Read before posting: NO sourcing, ever - DissociativeTalk", """
<header><a href="/">DissociativeTalk</a> <nav><a href="/c/harm-reduction">Harm Reduction</a> <a href="/c/research">Research &amp; News</a> <a href="/c/trip-reports">Trip Reports</a> <a href="/c/recovery">Recovery</a></nav></header>
<main>
<h1>[PINNED] Read before posting: NO sourcing, ever</h1>
<div class="post mod">
<p class="who"><b>mod_wren</b> · Moderator · posted Jan 2025, edited Nov 2026</p>
<p>Hi all. Since the spam has gotten worse again, here's a reminder of our most important rule.</p>
<p><b>We do not allow sourcing.</b> That means: no asking where to buy, no naming vendors, no links to shops, no Telegram/Wickr/Session handles, no "DM me," no hints like "check the usual place." This applies to ketamine, analogues, and everything else.</p>
<p>To give you an idea of what gets removed, here are some (de-linked) examples from the last month alone:</p>
<blockquote>"Pharma grade K, 10g for $300, stealth shipping USA/EU, BTC or XMR only. TG @[removed]"</blockquote>
<blockquote>"Anyone need esketamine spray? No script needed, I can get you set up, DM"</blockquote>
<blockquote>"Great article! For those asking, I got mine from [link removed], fast delivery, they take Cash App"</blockquote>
<p>All three accounts were banned. The third kind is the sneakiest: spam bots reply to real harm-reduction threads with a friendly comment and slip in a shop link.</p>
<p>Why we're strict: (1) many of these "vendors" are scammers who take your crypto and vanish; (2) the ones who do ship often send analogues or worse; (3) the forum would be shut down.</p>
<p>If you see sourcing, hit report. If you're struggling with use, the Recovery board is there for you, and you can find drug-checking services in the Harm Reduction wiki.</p>
<p>Thanks for keeping this place useful. - wren</p>
</div>
<div class="replies"><p><b>halfmoon</b>: Thanks wren. Reported three this morning.</p></div>
</main>
<footer>DissociativeTalk community forum · <a href="/guidelines">Guidelines</a></footer>
""")

p("h8020", "https://feitencheck-nu.example/checks/esketamine-zonder-recept-online", "informational", False, "nl",
  "fact-check-quoting-ad", "Factcheck: kun je esketamine legaal zonder recept online kopen? | FeitenCheck", """
<header><a href="/">FeitenCheck</a> <nav><a href="/checks">Alle checks</a> <a href="/gezondheid">Gezondheid</a> <a href="/werkwijze">Werkwijze</a></nav></header>
<main>
<article>
<h1>Kun je esketamine legaal zonder recept online kopen?</h1>
<p class="oordeel"><b>Ons oordeel: ONWAAR</b></p>
<p class="datum">27 november 2026 · Door Ruben de Graaf</p>
<h2>De bewering</h2>
<p>Op Instagram en Facebook circuleert een advertentie met de tekst: "Esketamine neusspray tegen depressie – legaal en zonder recept! Binnen 24 uur geleverd in heel Nederland, betalen met iDEAL of crypto. Vraag naar de voorraad via WhatsApp." De advertentie is volgens de advertentiebibliotheek van Meta minstens 40.000 keer getoond.</p>
<h2>Wat zeggen de regels?</h2>
<p>Esketamine (merknaam Spravato) is in Nederland een geneesmiddel dat alleen op recept verkrijgbaar is. Bovendien mag het uitsluitend worden toegediend in een zorginstelling, onder toezicht van een zorgverlener, omdat patiënten na toediening minstens twee uur geobserveerd moeten worden. Een apotheek levert het niet mee naar huis.</p>
<p>Een woordvoerder van de Inspectie Gezondheidszorg en Jeugd laat weten dat het aanbieden van receptgeneesmiddelen zonder recept verboden is, en dat de inspectie meldingen over dit soort advertenties onderzoekt.</p>
<h2>Wat zit er in die sprays?</h2>
<p>Dat is niet te controleren. Een drugstestservice die wij benaderden, zag het afgelopen jaar enkele als "esketamine" verkochte sprays binnenkomen; die bevatten gewone ketamine, een ander middel, of niets werkzaams.</p>
<h2>Conclusie</h2>
<p>Esketamine is niet legaal zonder recept online te koop. Advertenties die dat beloven, bieden een illegaal product van onbekende samenstelling aan. Wie last heeft van een depressie die niet reageert op behandeling, kan met de huisarts of psychiater bespreken of esketamine een optie is.</p>
</article>
</main>
<footer>FeitenCheck is lid van het International Fact-Checking Network · <a href="/contact">Tip ons</a></footer>
""", noise="cookie-nl")

p("h8021", "https://police.rivertoncounty.example/news/2026/11/ketamine-distribution-arrest", "informational", False, "en",
  "police-press-release-quoting-social-ads", "Sheriff's Office arrests man accused of selling ketamine through social media | Riverton County Sheriff", """
<header><a href="/">Riverton County Sheriff's Office</a> <nav><a href="/news">News Releases</a> <a href="/services">Services</a> <a href="/tips">Submit a Tip</a></nav></header>
<main>
<h1>Sheriff's Office arrests man accused of selling ketamine through social media</h1>
<p class="date">FOR IMMEDIATE RELEASE · November 19, 2026</p>
<p>RIVERTON COUNTY - Detectives with the Narcotics Unit arrested a 34-year-old man Tuesday following a four-month investigation into the sale of ketamine advertised on Snapchat and Instagram.</p>
<p>According to investigators, the suspect used several accounts to post "menus" offering ketamine at $60 per gram, along with pills he described as "pharmacy-grade." The posts advertised "same-day drop-offs" in the county and "nationwide shipping, discreet packaging," with payment accepted through Cash App, Apple Pay and Bitcoin. Some posts described the ketamine as "the same stuff the depression clinics use."</p>
<p>During a search warrant at a residence on Larkspur Road, detectives seized approximately 1.8 kilograms of suspected ketamine, 30 vials labeled as veterinary ketamine, a pill press, packaging materials, shipping labels and $14,200 in cash.</p>
<p>The suspect was booked into the county jail on charges including possession with intent to distribute a controlled substance and distribution of a controlled substance within 1,000 feet of a school.</p>
<p>"Ketamine bought from social media accounts is not medicine," the Sheriff said. "People struggling with depression deserve real care from licensed providers, not a stranger with a menu and a Cash App tag."</p>
<p>The investigation is ongoing. Anyone with information is asked to contact the Narcotics Unit or submit an anonymous tip online.</p>
<p class="note">All suspects are presumed innocent until proven guilty in a court of law.</p>
<p class="contact">Media contact: Public Information Officer, 555-0119</p>
</main>
<footer>Riverton County Sheriff's Office · Serving since 1871</footer>
""")

p("h8022", "https://diariodelsur.example/sucesos/2026/11/robo-ketamina-veterinaria-venta-online", "informational", False, "es",
  "news-report-veterinary-diversion-online-sale", "Desarticulada una red que vendía por internet ketamina robada de clínicas veterinarias | Diario del Sur", """
<header><a href="/">Diario del Sur</a> <nav><a href="/local">Local</a> <a href="/sucesos">Sucesos</a> <a href="/economia">Economía</a> <a href="/deportes">Deportes</a> <a href="/suscripcion">Suscríbete</a></nav></header>
<main>
<article>
<p class="seccion">Sucesos</p>
<h1>Desarticulada una red que vendía por internet ketamina robada de clínicas veterinarias</h1>
<p class="entradilla">Los detenidos ofrecían el anestésico en redes sociales "sin receta y con envío discreto" a toda España.</p>
<p class="firma">Lucía Ferrer · 23 de noviembre de 2026, 10:14</p>
<p>Agentes de la Guardia Civil han detenido a cinco personas acusadas de robar ketamina en al menos doce clínicas veterinarias de tres provincias y de revenderla a través de internet. La operación comenzó en primavera, cuando varios veterinarios denunciaron robos nocturnos en los que solo desaparecían los viales del anestésico.</p>
<p>Según fuentes de la investigación, la red publicaba anuncios en perfiles de Instagram y en un canal de Telegram con mensajes como "ketamina farmacéutica 100 % original, sin receta, envío discreto en 24-48 h" y precios de entre 40 y 60 euros por vial. El pago se hacía mediante Bizum o criptomonedas. Algunos compradores recibían el producto en polvo, tras evaporar el líquido de los viales.</p>
<p>En los registros, los agentes intervinieron 340 viales, varios kilos de ketamina en polvo, básculas de precisión y material de envasado. Los investigadores no descartan más detenciones.</p>
<p>El Colegio de Veterinarios ha recordado a las clínicas la obligación de guardar los estupefacientes en armarios con llave y de llevar un libro de registro. "Cada vial tiene que estar controlado", señaló su presidenta.</p>
<p>Sanidad advierte de que la ketamina de origen veterinario no está pensada para uso humano fuera del ámbito sanitario y que su consumo frecuente puede causar daños graves en la vejiga y dependencia.</p>
</article>
<aside><h3>Lo más leído</h3><ol><li><a href="#">Cortes de tráfico por obras en la A-4</a></li><li><a href="#">El tiempo del fin de semana</a></li></ol></aside>
</main>
<footer>© 2026 Diario del Sur · <a href="/aviso-legal">Aviso legal</a></footer>
""", noise="cookie-es")

p("h8023", "https://cbp-newsroom.example/local-media-release/ketamine-ceramic-tiles", "informational", False, "en",
  "plain-text-customs-seizure-brief", "Customs seizure brief", """
CBP officers at the international mail facility seized 11 pounds of ketamine hidden in a parcel declared as "ceramic tiles" and addressed to a residence in the region. Officers noted that the shipper's online listing advertised "ketamine, no prescription, stealth shipping, BTC accepted"; the case has been referred to Homeland Security Investigations.
""", ext="txt")

# ---------------------------------------------------------------- telehealth

p("h8024", "https://harborlighthealth.example/blog/how-at-home-ketamine-works-step-by-step", "telehealth", False, "en",
  "telehealth-blog-program-walkthrough-prices-shipping", "How At-Home Ketamine Therapy Works with Harborlight, Step by Step | Harborlight Health Blog", """
<header><a href="/" class="logo">Harborlight Health</a>
<nav><a href="/how-it-works">How it works</a> <a href="/pricing">Pricing</a> <a href="/clinicians">Our clinicians</a> <a href="/blog">Blog</a> <a href="/login">Log in</a> <a href="/get-started" class="btn">Get started</a></nav></header>
<main>
<article>
<h1>How at-home ketamine therapy works with Harborlight, step by step</h1>
<p class="byline">By Dr. Renata Osei, MD, Medical Director · 10 min read</p>
<p>We get a lot of questions from people who are curious about ketamine-assisted treatment but unsure what the process actually looks like. This post walks through every step, from the first form you fill out to what happens after your last session, including what it costs and how your medication reaches you.</p>
<h2>Step 1: A short intake</h2>
<p>You start by telling us about your symptoms, your treatment history and your medical background: blood pressure, heart conditions, medications, any history of psychosis or substance use. This takes about 15 minutes. The intake does <em>not</em> decide whether you get ketamine. It helps your clinician prepare.</p>
<h2>Step 2: A video evaluation with a licensed clinician</h2>
<p>Within a few days you meet one of our psychiatric clinicians (psychiatrists and psychiatric nurse practitioners licensed in your state) for a 45-60 minute video evaluation. They'll go over your history, ask about your goals and, if needed, request records from your current providers or ask you to get a blood pressure reading or labs. About one in four people we evaluate are not prescribed ketamine, either because another treatment is a better fit or because it would not be safe.</p>
<h2>Step 3: If prescribed, your medication ships from our partner pharmacy</h2>
<p>If your clinician decides ketamine is appropriate, they send a prescription to our licensed partner compounding pharmacy. The pharmacy verifies the prescription and ships sublingual tablets in tamper-evident, temperature-appropriate packaging. An adult signature is required at delivery. Your first shipment also includes a blood pressure cuff and a printed safety guide.</p>
<h2>Step 4: Preparation and your first session</h2>
<p>Before your first dose, you'll have a preparation call with a guide. You'll need a "session monitor", a trusted adult who stays nearby, and a quiet space. Your first session is done with a clinician watching over video.</p>
<h2>Step 5: Integration and check-ins</h2>
<p>After sessions, you'll have group or one-on-one integration calls, and you'll complete short mood questionnaires (PHQ-9, GAD-7) so your clinician can track progress and adjust or stop treatment.</p>
<h2>What it costs</h2>
<table class="pricing"><tr><th>Plan</th><th>Includes</th><th>Price</th></tr>
<tr><td>Initial evaluation</td><td>60-minute video visit with a clinician</td><td>$199 (covers the clinician's time, whether or not ketamine is prescribed)</td></tr>
<tr><td>Foundation program</td><td>6 sessions, medication, shipping, 2 clinician follow-ups, integration groups</td><td>$1,050</td></tr>
<tr><td>Maintenance</td><td>Monthly clinician check-in + medication, if prescribed</td><td>$229/month</td></tr></table>
<p>We accept HSA/FSA cards and offer payment plans. We don't bill insurance directly, but we provide superbills you can submit for out-of-network reimbursement.</p>
<h2>Where we operate</h2>
<p>Harborlight currently serves patients in 14 states. Because clinicians must be licensed where you are, you'll need to be physically located in one of those states during every visit.</p>
<p class="cta"><a href="/get-started">Start your intake</a></p>
</article>
</main>
<footer><p>Harborlight Health, PC · Clinical services provided by licensed clinicians. If you're in crisis, call or text 988.</p><p><a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="/hipaa">HIPAA notice</a></p></footer>
""", noise="cookie")

p("h8025", "https://clearwaveketamine.example/guides/paying-for-treatment", "telehealth", False, "en",
  "telehealth-patient-guide-payment-hsa-superbill", "Paying for Your Treatment: HSA, FSA, Payment Plans and Superbills | Clearwave", """
<header><a href="/">Clearwave</a> <nav><a href="/treatment">Treatment</a> <a href="/guides">Patient guides</a> <a href="/pricing">Pricing</a> <a href="/portal">Patient portal</a></nav></header>
<main>
<h1>Paying for your treatment</h1>
<p>Clearwave is a virtual psychiatry practice. Ketamine is only prescribed after a video evaluation with one of our licensed prescribers, and only if it is medically appropriate. This guide explains how payment works once you're a patient.</p>
<h2>What you pay for</h2>
<ul>
<li><b>Psychiatric evaluation:</b> $250, paid when you book. If our prescriber recommends a different treatment, you'll still leave with a written plan.</li>
<li><b>Treatment month:</b> $310 per month while you are in active treatment. This covers two prescriber visits, medication (if prescribed), integration coaching and shipping from our partner pharmacy.</li>
<li><b>Follow-up only:</b> $120 per visit for patients who have finished a course and need periodic review.</li>
</ul>
<h2>Cards we accept</h2>
<p>All major credit and debit cards, plus HSA and FSA cards. Payments are processed securely through our patient portal. We do not accept cryptocurrency, cash, wire transfers or gift cards.</p>
<h2>Payment plans</h2>
<p>Through our financing partner you can split the first treatment month into four interest-free payments. Approval depends on the partner's credit check.</p>
<h2>Insurance and superbills</h2>
<p>We are out-of-network with all insurers. After each visit you can download a superbill from the portal with the CPT and ICD-10 codes, the prescriber's NPI and our tax ID. Many patients with PPO plans receive partial reimbursement. Medication costs are usually not reimbursable because compounded ketamine is not covered by most plans.</p>
<h2>Refunds and cancellations</h2>
<p>Cancel an evaluation up to 24 hours before for a full refund. Treatment months can be cancelled at any time; unused visits are refunded pro rata. Medication that has shipped cannot be returned, as required by pharmacy law.</p>
<h2>Questions?</h2>
<p>Message our billing team from the portal, Monday to Friday, 9am-6pm ET.</p>
</main>
<footer>© 2026 Clearwave Psychiatry, PLLC · <a href="/privacy">Privacy</a> · Crisis: call or text 988</footer>
""")

p("h8026", "https://lumenmind.example/blog/ketamine-side-effects-what-clinicians-watch", "telehealth", False, "en",
  "telehealth-blog-side-effects-with-booking-cta", "Ketamine Side Effects: What Our Clinicians Watch For | LumenMind", """
<header><a href="/">LumenMind</a> <nav><a href="/programs">Programs</a> <a href="/science">Science</a> <a href="/blog">Blog</a> <a href="/team">Care team</a> <a href="/book" class="btn">Book a consult</a></nav></header>
<main>
<article>
<h1>Ketamine side effects: what our clinicians watch for</h1>
<p class="meta">Clinically reviewed by Michael Tran, PMHNP-BC · 12 min read</p>
<p>Every medicine has side effects, and ketamine is no exception. Being honest about them is part of good care. Here's what our care team monitors before, during and after treatment, and why.</p>
<h2>During a session</h2>
<h3>Dissociation</h3>
<p>Most people feel a sense of detachment: from their body, surroundings, or the passage of time. At the doses we prescribe, this usually peaks 20-40 minutes after a dose and fades within an hour or two. For many patients it's the part of the experience they need the most preparation for, which is why every new patient has a preparation call with a guide.</p>
<h3>Blood pressure and heart rate</h3>
<p>Ketamine raises blood pressure temporarily. Before your first session, we ask you to take readings on three different days with the automatic cuff included in your welcome kit. If your readings are high, your clinician may postpone treatment or ask you to see your primary care doctor first.</p>
<h3>Nausea</h3>
<p>Common, especially in the first sessions. Your prescriber may add an anti-nausea medication. Not eating for a few hours beforehand helps.</p>
<h2>After a session</h2>
<p>Tiredness, mild headache and feeling "foggy" for the rest of the day are common. You should not drive until the next day.</p>
<h2>Longer-term risks</h2>
<p>The bladder and liver problems associated with ketamine are mostly seen with frequent, high-dose recreational use. Still, we ask about urinary symptoms at every follow-up, and we limit how often medication is dispensed. Each refill requires a check-in with your prescriber; our partner pharmacy will not ship a new supply without an active prescription.</p>
<h2>Misuse</h2>
<p>Because ketamine can be misused, we screen for substance use disorders, use the state prescription monitoring database, and keep doses in a locked pouch that comes with your shipment.</p>
<h2>When we say no</h2>
<p>We don't prescribe ketamine to people with uncontrolled hypertension, a history of psychosis or mania, recent stroke or heart attack, or who are pregnant. That's roughly one in five people who book a consult.</p>
<div class="cta-box"><p>Want to know if ketamine is right for you? A 30-minute consult with a licensed clinician is $95, credited toward your first month if you start treatment.</p><a href="/book">Book a consult</a></div>
</article>
</main>
<footer>LumenMind Medical Group · Available in CA, CO, FL, NY, TX, WA · <a href="/privacy">Privacy</a></footer>
""", noise="cookie")

p("h8027", "https://psychiatrie-online-praxis.example/ratgeber/esketamin-therapieresistente-depression", "telehealth", False, "de",
  "virtual-psychiatry-blog-referral-esketamine", "Therapieresistente Depression: Wann kommt Esketamin infrage? | Online-Praxis für Psychiatrie", """
<header><a href="/">Online-Praxis für Psychiatrie Dr. Lehmann</a> <nav><a href="/leistungen">Leistungen</a> <a href="/ablauf">Ablauf</a> <a href="/kosten">Kosten</a> <a href="/ratgeber">Ratgeber</a> <a href="/termin">Termin buchen</a></nav></header>
<main>
<article>
<h1>Therapieresistente Depression: Wann kommt Esketamin infrage?</h1>
<p class="autor">Dr. med. Katrin Lehmann, Fachärztin für Psychiatrie und Psychotherapie</p>
<p>In unserer Videosprechstunde sprechen wir häufig mit Patientinnen und Patienten, die bereits mehrere Antidepressiva ausprobiert haben, ohne dass es ihnen besser geht. Viele fragen nach Esketamin. In diesem Beitrag erklären wir, für wen die Behandlung gedacht ist, wie sie abläuft und welche Rolle wir als Online-Praxis dabei spielen.</p>
<h2>Was bedeutet „therapieresistent“?</h2>
<p>Von einer therapieresistenten Depression spricht man in der Regel, wenn mindestens zwei Antidepressiva verschiedener Wirkstoffklassen in ausreichender Dosis und Dauer keine ausreichende Besserung gebracht haben. Bevor man diese Diagnose stellt, prüfen wir, ob die Einnahme regelmäßig war, ob Begleiterkrankungen vorliegen und ob Psychotherapie ausreichend genutzt wurde.</p>
<h2>Was ist Esketamin?</h2>
<p>Esketamin ist ein Nasenspray, das zusätzlich zu einem Antidepressivum gegeben wird. Es wirkt über das Glutamatsystem und kann die Stimmung schneller verbessern als klassische Präparate.</p>
<h2>Warum wir Esketamin nicht selbst verabreichen</h2>
<p>Esketamin darf nur in einer medizinischen Einrichtung angewendet werden, weil Blutdruck und Befinden nach jeder Gabe mindestens zwei Stunden überwacht werden müssen. Es wird nicht nach Hause geschickt. Als reine Online-Praxis übernehmen wir daher die Diagnostik, die Indikationsprüfung und die Begleitung. Wenn Esketamin sinnvoll ist, überweisen wir Sie an eine unserer Partnerkliniken in Berlin, Hamburg, Köln oder München, wo die Anwendung stattfindet. Die Befunde tauschen wir mit Ihrem Einverständnis direkt aus.</p>
<h2>Ablauf bei uns</h2>
<ol><li>Online-Terminbuchung und Fragebogen</li><li>Erstgespräch per Video (50 Minuten) mit Anamnese und Durchsicht Ihrer Vorbefunde</li><li>Bei Bedarf Laborwerte und EKG über Ihre Hausarztpraxis</li><li>Besprechung der Optionen: Medikamentenwechsel, Augmentation, Psychotherapie, Esketamin, EKT</li><li>Überweisung und Arztbrief, regelmäßige Video-Verlaufstermine</li></ol>
<h2>Kosten</h2>
<p>Gesetzlich Versicherte können die Videosprechstunde über die Versichertenkarte abrechnen, sofern Kapazitäten verfügbar sind. Für Selbstzahler und Privatversicherte berechnen wir nach GOÄ; das Erstgespräch kostet in der Regel etwa 120–160 €. Die Kosten der Esketamin-Behandlung selbst rechnet die Partnerklinik ab.</p>
<p><a href="/termin">Jetzt Termin für ein Erstgespräch buchen</a></p>
</article>
</main>
<footer>Online-Praxis für Psychiatrie Dr. Lehmann · <a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · Im Notfall: 112</footer>
""", noise="cookie-de")

p("h8028", "https://calmaencasa.example/es/preguntas-frecuentes-ketamina", "telehealth", False, "es",
  "telehealth-faq-spanish-us-pricing-shipping", "Terapia con ketamina desde casa: preguntas frecuentes | Calma en Casa", """
<header><a href="/es">Calma en Casa</a> <nav><a href="/es/como-funciona">Cómo funciona</a> <a href="/es/precios">Precios</a> <a href="/es/equipo">Equipo médico</a> <a href="/en">English</a></nav></header>
<main>
<h1>Terapia con ketamina desde casa: preguntas frecuentes</h1>
<p>Calma en Casa ofrece atención de salud mental por telemedicina en español a pacientes en Arizona, California, Florida, Nueva York y Texas.</p>
<h3>¿Quién decide si puedo recibir ketamina?</h3>
<p>Un médico o una enfermera practicante con licencia en su estado, después de una evaluación por videollamada de unos 50 minutos. Revisamos su historial, sus medicamentos, su presión arterial y sus antecedentes. Si la ketamina no es segura o adecuada para usted, se lo diremos y le propondremos otras opciones.</p>
<h3>¿Cómo me llega el medicamento?</h3>
<p>Solo si se le receta, una farmacia asociada con licencia prepara las tabletas sublinguales y las envía por mensajería a su domicilio en un paquete sellado. Se requiere la firma de un adulto. No enviamos medicamentos sin receta ni a otra dirección que no sea la del paciente.</p>
<h3>¿Cuánto cuesta?</h3>
<table><tr><td>Evaluación médica por video</td><td>$180</td></tr>
<tr><td>Primer mes de tratamiento (medicamento, envío, 2 consultas de seguimiento, sesiones de integración)</td><td>$350</td></tr>
<tr><td>Meses siguientes</td><td>$240/mes</td></tr></table>
<p>Aceptamos tarjetas de crédito y débito y tarjetas HSA/FSA. Ofrecemos planes de pago en cuotas.</p>
<h3>¿Necesito a alguien conmigo?</h3>
<p>Sí. Durante cada sesión debe acompañarle un adulto de confianza, y la primera sesión se hace con supervisión del equipo por video.</p>
<h3>¿Aceptan seguro médico?</h3>
<p>No facturamos al seguro directamente, pero le damos un recibo detallado (superbill) para solicitar reembolso.</p>
<p><a href="/es/empezar">Reservar mi evaluación</a></p>
</main>
<footer>© 2026 Calma en Casa Telehealth, PA · Si está en crisis, llame o envíe un mensaje al 988</footer>
""", noise="cookie-es")

p("h8029", "https://telepsiquebr.example/blog/escetamina-quem-pode-usar", "telehealth", False, "pt",
  "telepsychiatry-blog-esketamine-partner-centre", "Escetamina: quem pode usar e como funciona o encaminhamento | TelePsique", """
<header><a href="/">TelePsique</a> <nav><a href="/consultas">Consultas online</a> <a href="/especialistas">Especialistas</a> <a href="/blog">Blog</a> <a href="/agendar">Agendar</a></nav></header>
<main>
<article>
<h1>Escetamina: quem pode usar e como funciona o encaminhamento</h1>
<p class="meta">Por Dr. Rafael Moura, psiquiatra (CRM-SP) · 15 de outubro de 2026</p>
<p>A escetamina em spray nasal foi aprovada pela Anvisa em 2020 para depressão resistente ao tratamento e para quadros depressivos com risco de suicídio, sempre em associação com um antidepressivo oral. Na TelePsique, recebemos muitas perguntas sobre ela. Explicamos aqui o que sabemos e como atuamos.</p>
<h2>Para quem é indicada</h2>
<p>Para adultos que não responderam a pelo menos dois antidepressivos em dose e tempo adequados, ou em situações agudas avaliadas pelo psiquiatra. Não é indicada para quem tem hipertensão descontrolada, histórico de aneurisma ou AVC recente, nem durante a gravidez.</p>
<h2>Como é aplicada</h2>
<p>O próprio paciente aplica o spray, mas sempre dentro de uma clínica ou hospital, com monitoramento da pressão arterial por pelo menos duas horas. O medicamento não é entregue para uso em casa.</p>
<h2>O papel da TelePsique</h2>
<p>Fazemos a consulta psiquiátrica por vídeo, revisamos o histórico de tratamentos, pedimos exames quando necessário e, se a escetamina for indicada, encaminhamos você para um dos nossos centros parceiros em São Paulo, Rio de Janeiro, Belo Horizonte e Curitiba, com relatório médico. Continuamos acompanhando você por teleconsulta durante todo o processo.</p>
<h2>Valores</h2>
<p>A consulta online com psiquiatra custa R$ 450 (retorno em até 30 dias: R$ 300). Pagamento por cartão de crédito em até 3 vezes ou Pix, no momento do agendamento. As sessões de escetamina são cobradas pelo centro parceiro; alguns planos de saúde cobrem mediante relatório.</p>
<p><a href="/agendar">Agendar consulta online</a></p>
</article>
</main>
<footer>TelePsique Serviços Médicos Ltda. · Responsável técnico: Dr. Rafael Moura · Em crise, ligue 188 (CVV)</footer>
""", noise="cookie-pt")

p("h8030", "https://evenkeelcare.example/faq/do-you-ship-to-my-state", "telehealth", False, "en",
  "telehealth-short-faq-shipping-states", "Do you ship to my state? | Even Keel Care FAQ", """
<header><a href="/">Even Keel Care</a> <nav><a href="/faq">FAQ</a> <a href="/start">Start</a></nav></header>
<main>
<h1>Do you ship to my state?</h1>
<p>We can only treat and ship to patients who live in a state where our clinicians are licensed: Colorado, Illinois, Minnesota, New Jersey, Oregon, Pennsylvania and Virginia.</p>
<p>Medication ships only after your clinician has completed your video evaluation and sent a prescription to our partner pharmacy. Shipping is free, takes 2-4 business days and requires an adult signature. We cannot ship to P.O. boxes, hotels or any address other than the one on your patient file.</p>
<p>Moving? Tell your care team before you go; your prescription may need to be transferred or paused.</p>
<p><a href="/faq">Back to all questions</a></p>
</main>
""")

p("h8031", "https://mail.northpinementalhealth.example/notifications/rx-shipped", "telehealth", False, "en",
  "plain-text-telehealth-shipping-email", "Your prescription is on the way", """
Hi Jordan, your prescription for ketamine sublingual tablets, written by Dr. Alicia Ferrante after your video visit on Nov 14, was filled by our partner pharmacy (Cedar Compounding, license #PH-20471) and shipped today via UPS 2-Day, adult signature required. Your next check-in with Dr. Ferrante is booked for Dec 2 at 4:30 pm; your monthly membership ($219) renews Dec 15. - North Pine Mental Health care team
""", ext="txt")

p("h8032", "https://tidewellhealth.example/journal/why-we-pair-ketamine-with-integration", "telehealth", False, "en",
  "telehealth-journal-essay-with-plan-pricing", "Why We Pair Ketamine with Integration Coaching | Tidewell Journal", """
<header><a href="/">Tidewell</a> <nav><a href="/approach">Our approach</a> <a href="/membership">Membership</a> <a href="/journal">Journal</a> <a href="/eligibility" class="btn">Check eligibility</a></nav></header>
<main>
<article>
<p class="kicker">Tidewell Journal</p>
<h1>Why we pair ketamine with integration coaching</h1>
<p class="by">By Hannah Lisle, LCSW, Director of Integration · and Dr. Omar Qureshi, Chief Medical Officer</p>
<p>When we started Tidewell, we made a decision that surprised some investors: nobody would receive ketamine from us without also being assigned an integration coach. Here's why.</p>
<h2>The window</h2>
<p>Research suggests that ketamine opens a period of heightened neuroplasticity lasting roughly 24-72 hours. That's a biological opportunity, not a guarantee. What people do in that window seems to matter. In our experience, patients who reflect, journal and talk through their sessions with a coach tend to report more durable changes than those who treat the medicine as the whole treatment.</p>
<h2>What integration looks like</h2>
<p>It isn't mystical. A coach might help you notice a memory that came up during a session, connect it to a pattern you've been stuck in, and pick one small thing to do differently this week. Sometimes it's as practical as calling a friend you've been avoiding.</p>
<h2>Medical care stays medical</h2>
<p>Coaches don't prescribe. Every Tidewell member is evaluated by video by a board-certified psychiatrist or psychiatric nurse practitioner, who decides whether ketamine is appropriate, sets the dose and reviews progress every four weeks. Medication is dispensed by a licensed pharmacy and shipped to members only against a valid prescription.</p>
<h2>How membership works</h2>
<p>Membership is $279 a month and includes clinician visits, medication when prescribed, shipping, weekly coaching and access to small peer groups. The first month is $399 because it includes your full psychiatric evaluation. Members can pause or cancel anytime from their dashboard.</p>
<h2>What we're still learning</h2>
<p>We track outcomes with standard measures and publish an annual report. We don't yet know which integration practices matter most, and we're collaborating with a university team to find out.</p>
<p><a href="/eligibility">See if Tidewell is right for you</a></p>
</article>
</main>
<footer>Tidewell Health, P.A. · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · In an emergency call 911 or 988</footer>
""")

# ---------------------------------------------------------------- clinics

p("h8033", "https://summitketamineclinic.example/blog/your-first-infusion-what-to-expect", "clinic", False, "en",
  "infusion-clinic-blog-first-visit-prices-booking", "Your First Ketamine Infusion: What to Expect | Summit Ketamine & Wellness", """
<header><a href="/" class="logo">Summit Ketamine &amp; Wellness</a>
<nav><a href="/treatments">Treatments</a> <a href="/pricing">Pricing</a> <a href="/team">Our team</a> <a href="/blog">Blog</a> <a href="/contact">Contact</a> <a href="/book" class="btn">Book now</a></nav>
<p class="topline">Call (555) 014-2290 · 1840 Alder Ridge Blvd, Suite 210</p></header>
<main>
<article>
<h1>Your first ketamine infusion: what to expect</h1>
<p class="byline">By Jessica Park, RN, Clinical Nurse Manager</p>
<p>Walking into a clinic for your first infusion can feel intimidating, especially if you've been struggling for a long time. Knowing what happens, minute by minute, takes away a lot of that anxiety. Here's how a first visit works at Summit.</p>
<h2>Before the day</h2>
<p>Every patient first has a consultation with our anesthesiologist, Dr. Mark Ellison, or our psychiatric nurse practitioner. We review your medical history, medications and current symptoms, and we coordinate with your therapist or psychiatrist. Please don't eat for six hours before your infusion (clear liquids are fine up to two hours before), and arrange for someone to drive you home.</p>
<h2>When you arrive</h2>
<p>Our front desk checks you in and you'll complete a short mood questionnaire. A nurse takes your vital signs and places a small IV in your arm. You'll settle into a private room with a reclining chair, a weighted blanket if you'd like one, and noise-cancelling headphones.</p>
<h2>During the infusion</h2>
<p>The infusion runs for about 40 minutes. Your blood pressure, heart rate and oxygen level are monitored continuously, and a nurse is with you or just outside the door the whole time. Most people feel relaxed and a little detached; colours and sounds may seem different. If you feel nauseous or anxious, we can adjust the rate or give medication.</p>
<h2>Afterwards</h2>
<p>You'll rest for 30-45 minutes while the effects wear off. We'll check your vitals again before you leave with your driver. No driving, work decisions or alcohol for the rest of the day.</p>
<h2>How many infusions?</h2>
<p>Our standard depression protocol is six infusions over two to three weeks, followed by a review. Some patients then move to occasional booster infusions.</p>
<h2>Cost</h2>
<table><tr><td>Consultation</td><td>$150 (credited toward your first infusion)</td></tr>
<tr><td>Single infusion (depression/anxiety)</td><td>$475</td></tr>
<tr><td>Series of six</td><td>$2,550 (save $300)</td></tr>
<tr><td>Booster infusion</td><td>$450</td></tr></table>
<p>We accept major cards, HSA/FSA and CareCredit, and we can provide a superbill for out-of-network reimbursement. A $100 deposit holds your first appointment.</p>
<p class="cta"><a href="/book">Book your consultation online</a> or call us at (555) 014-2290.</p>
</article>
</main>
<footer><p>Summit Ketamine &amp; Wellness · Mon-Sat 8am-6pm · <a href="/privacy">Privacy</a> · If you are in crisis, call 988.</p></footer>
""", noise="cookie")

p("h8034", "https://bayviewbehavioral.example/spravato/patient-guide", "clinic", False, "en",
  "spravato-centre-patient-guide-insurance-scheduling", "Starting Spravato at Bayview: Patient Guide | Bayview Behavioral Health", """
<header><a href="/">Bayview Behavioral Health</a> <nav><a href="/services">Services</a> <a href="/spravato">Spravato</a> <a href="/tms">TMS</a> <a href="/insurance">Insurance</a> <a href="/patient-portal">Patient Portal</a> <a href="/refer">Refer a patient</a></nav></header>
<main>
<h1>Starting Spravato at Bayview: a patient guide</h1>
<p>Bayview Behavioral Health is a certified Spravato (esketamine) treatment center. This guide covers eligibility, insurance, scheduling and what happens during your visits at our Harbor Street office.</p>
<h2>1. Referral and evaluation</h2>
<p>Your psychiatrist or primary care provider can refer you, or you can self-refer. One of our psychiatrists will evaluate you in person to confirm a diagnosis of treatment-resistant depression (or major depression with acute suicidal thoughts) and to check blood pressure and other health factors.</p>
<h2>2. Insurance and benefits check</h2>
<p>Most commercial plans, Medicare and some Medicaid plans cover Spravato with prior authorization. Our benefits team submits the authorization and tells you your expected costs before you start. Commercially insured patients may be eligible for the manufacturer's savings program, which can bring the medication copay down substantially. You'll be billed separately for the medication and for the observation visit.</p>
<h2>3. Scheduling</h2>
<p>During weeks 1-4, treatment is twice a week; weeks 5-8, once a week; after that, every week or every other week depending on your response. Appointments are available Monday to Saturday. Please plan for about 2.5 hours per visit.</p>
<h2>4. On treatment days</h2>
<ul><li>Avoid food for 2 hours and liquids for 30 minutes beforehand.</li><li>You'll self-administer the spray under the supervision of our staff.</li><li>We monitor your blood pressure and how you feel for at least 2 hours.</li><li>You must not drive until the next day after a restful sleep, so arrange a ride.</li></ul>
<p>Spravato is kept at the clinic at all times; it is never dispensed to take home.</p>
<h2>5. Billing questions</h2>
<p>You can pay copays and view statements in the patient portal, or call our billing office at (555) 018-3300.</p>
<p><a href="/spravato/request-appointment">Request an evaluation</a></p>
</main>
<footer>Bayview Behavioral Health · 412 Harbor Street · <a href="/nondiscrimination">Nondiscrimination notice</a> · <a href="/privacy">Privacy</a></footer>
""")

p("h8035", "https://threadlinekap.example/writing/integration-between-sessions", "clinic", False, "en",
  "kap-practice-blog-integration-fees", "Between Sessions: Integration in Ketamine-Assisted Psychotherapy | Threadline KAP", """
<header><a href="/">Threadline Ketamine-Assisted Psychotherapy</a> <nav><a href="/approach">Approach</a> <a href="/clinicians">Clinicians</a> <a href="/fees">Fees</a> <a href="/writing">Writing</a> <a href="/contact">Contact</a></nav></header>
<main>
<article>
<h1>Between sessions: integration in ketamine-assisted psychotherapy</h1>
<p class="by">Miriam Adeyemi, PhD, licensed psychologist</p>
<p>People often ask what happens in the weeks of a KAP course when nobody is taking any medicine. The honest answer is: most of the therapy.</p>
<p>At Threadline, a course typically includes one preparation session, three to six medicine sessions in our office, and an integration session after each one. The medicine sessions get the attention, but clients tell us later that the integration hours are where things shifted.</p>
<h2>What a medicine session looks like here</h2>
<p>You come to our office on Morrow Street. Our medical partner, Dr. Steven Hale, has already evaluated you and written the prescription; on the day, he or our nurse checks your blood pressure before you take a lozenge in the session room. Your therapist stays with you throughout, and we monitor vitals during the session. You'll rest afterwards until you're clear-headed, and someone picks you up.</p>
<h2>Integration</h2>
<p>In the integration session, usually one to three days later, we look at what came up. Sometimes it's an image, a feeling, a memory, a sudden perspective on a relationship. We don't try to interpret it for you. We help you decide what, if anything, you want to do with it.</p>
<p>Between sessions we sometimes suggest writing, movement, time outdoors, or a conversation you've been postponing. Small, specific commitments work better than grand plans.</p>
<h2>A note on fees</h2>
<p>Preparation and integration sessions are $200 per 50 minutes. Medicine sessions are $650 (three hours with your therapist, nursing monitoring and the room). The medical evaluation with Dr. Hale is billed separately by his practice and is often covered by insurance. We keep a limited number of sliding-scale spots; ask us about them. Fees are paid through our secure client portal after each session, and we provide superbills.</p>
<p>If you're curious whether KAP could be a fit, <a href="/contact">book a free 20-minute phone consultation</a>.</p>
</article>
</main>
<footer>Threadline KAP · 27 Morrow Street, Second Floor · <a href="/privacy">Privacy practices</a></footer>
""")

p("h8036", "https://clinique-lac-psychiatrie.example/esketamine/guide-patient", "clinic", False, "fr",
  "clinic-patient-guide-esketamine-fees-appointment", "Traitement par eskétamine : guide du patient | Clinique du Lac – Psychiatrie", """
<header><a href="/">Clinique du Lac</a> <nav><a href="/soins">Nos soins</a> <a href="/esketamine">Eskétamine</a> <a href="/equipe">Équipe</a> <a href="/tarifs">Tarifs</a> <a href="/rendez-vous">Prendre rendez-vous</a></nav></header>
<main>
<h1>Traitement par eskétamine : guide du patient</h1>
<p>La Clinique du Lac, établissement psychiatrique privé à Lausanne, propose le traitement par eskétamine en spray nasal aux adultes souffrant de dépression résistante. Ce guide répond aux questions les plus fréquentes de nos patients.</p>
<h2>Qui peut en bénéficier ?</h2>
<p>Les adultes dont la dépression n'a pas répondu à au moins deux antidépresseurs bien conduits. L'indication est posée par un psychiatre de la clinique lors d'une consultation préalable, en lien avec votre médecin traitant.</p>
<h2>Comment se déroule une séance ?</h2>
<p>Vous êtes accueilli·e dans une salle de soins calme. Après une mesure de la tension artérielle, vous vous administrez vous-même le spray sous la supervision d'une infirmière. Vous restez ensuite au moins deux heures en observation. Vous ne pouvez pas conduire le jour même : prévoyez un accompagnant ou un taxi.</p>
<h2>Rythme</h2>
<p>Deux séances par semaine pendant un mois, puis une séance hebdomadaire, puis une séance toutes les une ou deux semaines selon l'évolution.</p>
<h2>Tarifs et remboursement</h2>
<p>Le médicament est pris en charge par l'assurance obligatoire des soins sur prescription d'un psychiatre et après accord du médecin-conseil. Les prestations médicales et infirmières sont facturées selon le tarif ambulatoire en vigueur. Pour les patients non couverts, nous établissons un devis à l'avance : comptez environ 420 CHF par séance (médicament inclus). Les factures peuvent être réglées par virement ou par carte à l'accueil.</p>
<h2>Prendre rendez-vous</h2>
<p>Votre médecin peut nous adresser une demande par courrier ou via notre formulaire en ligne. Vous pouvez aussi appeler notre secrétariat au 021 555 40 20, du lundi au vendredi.</p>
</main>
<footer>Clinique du Lac SA · Avenue des Tilleuls 8, Lausanne · <a href="/mentions">Mentions légales</a> · <a href="/confidentialite">Confidentialité</a></footer>
""", noise="cookie-fr")

p("h8037", "https://ggz-rivierenland-kliniek.example/behandelingen/ketamine-esketamine", "clinic", False, "nl",
  "mental-health-clinic-treatment-page-costs-referral", "Behandeling met (es)ketamine bij depressie | Kliniek Rivierenland", """
<header><a href="/">Kliniek Rivierenland</a> <nav><a href="/behandelingen">Behandelingen</a> <a href="/aanmelden">Aanmelden</a> <a href="/kosten">Kosten en vergoeding</a> <a href="/verwijzers">Voor verwijzers</a> <a href="/contact">Contact</a></nav></header>
<main>
<h1>Behandeling met (es)ketamine bij depressie</h1>
<p>Heeft u een depressie waarbij meerdere behandelingen niet hebben geholpen? Op onze polikliniek voor stemmingsstoornissen bieden wij behandeling met esketamine-neusspray en, binnen een wetenschappelijk onderzoek, ketamine-infusies aan.</p>
<h2>Voor wie?</h2>
<p>Voor volwassenen met een therapieresistente depressie: u heeft minstens twee antidepressiva en psychotherapie geprobeerd zonder voldoende resultaat. Tijdens een intakegesprek met onze psychiater bekijken we of de behandeling geschikt en veilig voor u is.</p>
<h2>Hoe gaat het in zijn werk?</h2>
<p>U komt naar onze polikliniek. Een verpleegkundige meet uw bloeddruk, waarna u onder toezicht de neusspray gebruikt. Daarna blijft u minimaal twee uur in de behandelkamer. U mag die dag niet zelf autorijden. In de eerste vier weken komt u twee keer per week, daarna minder vaak.</p>
<h2>Kosten en vergoeding</h2>
<p>De behandeling valt onder de basisverzekering. U heeft wel een verwijzing van uw huisarts of psychiater nodig. Houd rekening met uw eigen risico (in 2026 € 385). De reiskosten zijn voor eigen rekening. Met een niet-gecontracteerde zorgverzekering kan een deel van de kosten voor uzelf zijn; neem contact op met uw verzekeraar.</p>
<h2>Aanmelden</h2>
<p>Uw verwijzer kan u aanmelden via Zorgdomein. Heeft u vragen? Bel ons secretariaat op 088 555 7100 (ma-vr 8.30-17.00 uur). De huidige wachttijd voor een intake is ongeveer zes weken.</p>
</main>
<footer>Kliniek Rivierenland · <a href="/privacy">Privacyverklaring</a> · <a href="/klachten">Klachtenregeling</a></footer>
""", noise="cookie-nl")

p("h8038", "https://serenacancun-ketamine.example/en/packages", "clinic", False, "en",
  "medical-tourism-clinic-packages-whatsapp-booking", "Ketamine Infusion Packages in Cancún | Serena Clinic", """
<header><a href="/en">Serena Clinic Cancún</a> <nav><a href="/en/about">About</a> <a href="/en/packages">Packages</a> <a href="/en/doctors">Doctors</a> <a href="/en/travel">Travel info</a> <a href="/es">Español</a></nav></header>
<main>
<h1>Ketamine infusion packages in Cancún</h1>
<p>Serena Clinic is a licensed outpatient medical facility in Cancún's hotel zone, registered with COFEPRIS. Our anesthesiologists and psychiatrists have treated patients from the US, Canada and Europe since 2019. All infusions are given at our clinic under continuous monitoring.</p>
<h2>Before you book</h2>
<p>Every patient completes a medical questionnaire and a video pre-assessment with Dr. Alejandro Ruiz, our psychiatrist, before travelling. Some patients are not eligible (for example, with uncontrolled blood pressure or a history of psychosis); in that case we refund your deposit in full.</p>
<h2>Packages</h2>
<table><tr><th>Package</th><th>Includes</th><th>Price (USD)</th></tr>
<tr><td>Reset 3</td><td>3 IV infusions over 5 days, psychiatric consultation, airport transfer</td><td>$1,650</td></tr>
<tr><td>Complete 6</td><td>6 IV infusions over 12 days, 2 psychiatric consultations, 2 integration sessions, transfers</td><td>$3,100</td></tr>
<tr><td>Single infusion</td><td>For returning patients</td><td>$520</td></tr></table>
<p>Accommodation is not included; we have partner rates with three nearby hotels.</p>
<h2>How to book</h2>
<p>Send us a message on WhatsApp at +52 998 555 0143 or use the form below. Our coordinator will schedule your video pre-assessment. A deposit of $300 (card or bank transfer) secures your dates; the balance is paid at the clinic.</p>
<form><input placeholder="Name"><input placeholder="Email"><input placeholder="Preferred dates"><button>Request information</button></form>
<p class="small">Ketamine is administered only on site. We do not ship or dispense medication.</p>
</main>
<footer>Serena Clinic S.C. · Blvd. Kukulcán km 9 · Licencia sanitaria 23-0412 · <a href="/en/privacy">Privacy</a></footer>
""")

p("h8039", "https://lakeshorepaincenter.example/patients/ketamine-infusions-crps", "clinic", False, "en",
  "pain-clinic-short-patient-guide-billing", "Ketamine Infusions for CRPS | Lakeshore Pain Center", """
<header><a href="/">Lakeshore Pain Center</a> <nav><a href="/patients">For patients</a> <a href="/billing">Billing</a> <a href="/locations">Locations</a></nav></header>
<main>
<h1>Ketamine infusions for CRPS and neuropathic pain</h1>
<p>Our interventional pain physicians offer outpatient ketamine infusions for complex regional pain syndrome and selected neuropathic pain conditions when other treatments have not helped. Infusions take 4 hours and are given on five consecutive days in our procedure suite, with cardiac monitoring and a nurse present throughout.</p>
<p><b>Billing:</b> We will request prior authorization from your insurer; coverage varies and ketamine for pain is often considered off-label. If not covered, the self-pay rate is $690 per infusion day. Payment plans are available through our billing office at (555) 016-7788.</p>
<p>To schedule, ask your physician to fax a referral to (555) 016-7790 or call our scheduling line.</p>
</main>
""")

p("h8040", "https://centrosaluteumore-verona.example/servizi/esketamina-spray", "clinic", False, "it",
  "hospital-mood-centre-esketamine-access-ticket", "Esketamina spray nasale: come accedere al trattamento | Centro per i Disturbi dell'Umore", """
<header><a href="/">Centro per i Disturbi dell'Umore – Verona</a> <nav><a href="/servizi">Servizi</a> <a href="/prenotazioni">Prenotazioni</a> <a href="/equipe">Équipe</a> <a href="/contatti">Contatti</a></nav></header>
<main>
<h1>Esketamina spray nasale: come accedere al trattamento</h1>
<p>Il nostro Centro, convenzionato con il Servizio Sanitario Regionale, è autorizzato alla somministrazione di esketamina per la depressione resistente al trattamento.</p>
<h2>Chi può accedere</h2>
<p>Adulti con depressione maggiore che non hanno risposto ad almeno due antidepressivi diversi nell'episodio in corso. L'indicazione viene confermata da uno psichiatra del Centro durante una prima visita.</p>
<h2>Come prenotare la prima visita</h2>
<p>Serve l'impegnativa del medico di medicina generale o dello specialista con la dicitura "visita psichiatrica". Si prenota tramite CUP (telefono 045 555 0300) oppure di persona allo sportello del Centro. Il ticket per la prima visita è di 23 euro, salvo esenzioni.</p>
<h2>Le sedute</h2>
<p>Le somministrazioni avvengono nel nostro ambulatorio: il paziente usa lo spray sotto la supervisione dell'infermiere e resta in osservazione almeno due ore, con controllo della pressione. Il farmaco non viene consegnato a domicilio. Non è possibile guidare nel giorno della seduta.</p>
<h2>Costi</h2>
<p>Il farmaco è a carico del Servizio Sanitario Nazionale. Per le prestazioni ambulatoriali si paga il ticket previsto, presso le casse automatiche, online con PagoPA o allo sportello.</p>
<h2>Contatti</h2>
<p>Segreteria: lunedì-venerdì 9-13, tel. 045 555 0310, umore@centrosaluteumore-verona.example</p>
</main>
<footer>Centro per i Disturbi dell'Umore – Azienda Ospedaliera · <a href="/privacy">Privacy</a> · <a href="/note-legali">Note legali</a></footer>
""")

save(OUT, R)
