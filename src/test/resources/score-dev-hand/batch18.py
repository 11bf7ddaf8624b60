# Batch 18 of the hand-written dev set (24 tuning pages, written 2026-12-06 after rules-2026.12.06-24,
# and committed before the scorer ran on it): thin pages, where recall has been weakest, beside thin
# pages that must not be flagged. Seller contact, shipping, payment, FAQ, order-confirmation, bio and
# channel pages in six languages; clinic contact and FAQ pages, telehealth shipping and payment FAQs,
# harm-reduction and consumer pages about the same words. Run: python3 batch18.py.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from hand import write, save
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "batch18")
R = []
def p(*a, **k):
    R.append(write(OUT, *a, **k))

# ------------------------------------------------------------------ sellers (12)
p("h1801", "https://ketamine-shop-eu.example/shipping", "seller", True, "en", "shipping",
  "Shipping",
  """<h1>Shipping information</h1>
<p>Orders placed before 2 pm ship the same day. EU: 2–4 days. UK: 3–5 days. USA: 7–12 days.</p>
<p>All parcels are sent in plain packaging without our name. Lost parcels are resent once for free.</p>""")

p("h1802", "https://kristalle-direkt.example/zahlung", "seller", True, "de", "payment",
  "Zahlungsarten",
  """<h1>Zahlungsarten</h1>
<p>Wir akzeptieren Bitcoin, Monero und Paysafecard. Banküberweisungen sind nicht möglich.</p>
<p>Nach Zahlungseingang wird deine Bestellung innerhalb von 24 Stunden diskret verschickt.</p>""", noise="cookie-de")

p("h1803", "https://ketamina-rapida.example/preguntas", "seller", True, "es", "faq",
  "Preguntas frecuentes",
  """<h1>Preguntas frecuentes</h1>
<p><b>¿Necesito receta?</b> No, solo tienes que ser mayor de edad.</p>
<p><b>¿Cómo llega el paquete?</b> En un sobre sin remitente, en 24/48 h.</p>
<p><b>¿Cómo pago?</b> Bizum o criptomonedas.</p>""", noise="cookie-es")

p("h1804", "https://order-confirm-like.example/thank-you", "seller", True, "en", "order-confirmation",
  "Thank you for your order",
  """<h1>Thank you for your order!</h1>
<p>Order #K-2291 · 2 × Ketamine HCl 5 g · Total $380</p>
<p>Send payment in Bitcoin within 12 hours to the address in your email. Your parcel will be vacuum-sealed and shipped without a return address.</p>""")

p("h1805", "https://tg-channel-like.example/s/keta_nl", "seller", True, "nl", "channel", "",
  """KETA NL 🇳🇱
Nieuwe voorraad binnen ✅
1g €30 · 5g €120 · 10g €220
Bezorging Amsterdam/Rotterdam zelfde dag, rest van NL via PostNL
Bestellen: stuur een bericht""", ext="txt")

p("h1806", "https://loja-cetamina.example/sobre", "seller", True, "pt", "about",
  "Sobre nós",
  """<h1>Sobre nós</h1>
<p>Somos uma loja online especializada em cetamina e outros anestésicos, com envio para todo o Brasil desde 2021.</p>
<p>Mais de 5.000 clientes satisfeitos. Atendimento pelo Telegram.</p>""", noise="cookie-pt")

p("h1807", "https://vente-k.example/contact", "seller", True, "fr", "contact",
  "Contact",
  """<h1>Nous contacter</h1>
<p>Pour toute commande ou question, écrivez-nous sur Wickr (ventek) ou par e-mail chiffré. Réponse sous 2 heures.</p>""", noise="cookie-fr")

p("h1808", "https://bio-link-like.example/kvibes", "seller", True, "en", "bio-link", "",
  """kvibes 🦄✨
🇬🇧 UK based · next day
K · MD · 2CB
menu on telegram 👇
t.me/kvibesuk""", ext="txt")

p("h1809", "https://spravato-sin-clinica.example/", "seller", True, "es", "spravato-seller",
  "Spravato sin clínica",
  """<h1>Spravato a domicilio</h1>
<p>Recibe tu esketamina en spray nasal sin pasar por la clínica. Caja de 3 dispositivos de 28 mg: 420 €.</p>
<p>Pedidos por WhatsApp.</p>""", noise="cookie-es")

p("h1810", "https://ketamine-reseller-like.example/wholesale", "seller", True, "en", "wholesale",
  "Wholesale",
  """<h1>Wholesale ketamine</h1>
<p>100 g $1,600 · 250 g $3,500 · 1 kg $12,000. Samples available for established buyers.</p>
<p>Contact us on Signal for the wholesale menu.</p>""")

p("h1811", "https://research-dissociatives.example/product/2-fdck", "seller", True, "en", "rc-product",
  "2-FDCK – Research Dissociatives",
  """<h1>2-FDCK crystals</h1>
<p>Purity 99.7% (HPLC). For in-vitro research only.</p>
<p>1 g €15 · 5 g €55 · 10 g €95 <button>Add to basket</button></p>""")

p("h1812", "https://kaufen-ketamin.example/", "seller", True, "de", "home-thin",
  "Ketamin kaufen",
  """<h1>Willkommen</h1>
<p>Schnell, diskret, zuverlässig. Wähle dein Produkt im Shop.</p>
<p><a href="/shop">Zum Shop</a></p>""", noise="cookie-de")

# ------------------------------------------------------------------ telehealth (4)
p("h1813", "https://harbor-tele.example/faq/shipping", "telehealth", False, "en", "telehealth-shipping",
  "Shipping FAQ | Harbor Telehealth",
  """<h1>How does my medication ship?</h1>
<p>After your Harbor clinician prescribes, our partner pharmacy ships your ketamine tablets in discreet, tamper-evident packaging. An adult signature is required. We ship only to the states where our clinicians are licensed.</p>""")

p("h1814", "https://clarity-tele.example/faq/payment", "telehealth", False, "en", "telehealth-payment",
  "Payment FAQ | Clarity",
  """<h1>Payment</h1>
<p>We accept all major credit cards and HSA/FSA cards. We do not accept insurance, but we provide a superbill for out-of-network reimbursement. Your membership covers visits with your prescriber.</p>""")

p("h1815", "https://mente-tranquila.example/es/contacto", "telehealth", False, "es", "telehealth-contact",
  "Contacto | Mente Tranquila",
  """<h1>Contacto</h1>
<p>¿Tienes dudas sobre el tratamiento con ketamina por telemedicina? Escríbenos por WhatsApp o correo y nuestro equipo médico te responde en 24 horas.</p>""", noise="cookie-es")

p("h1816", "https://virtuele-kliniek.example/betalen", "telehealth", False, "nl", "telehealth-payment",
  "Betalen",
  """<h1>Betalen</h1>
<p>U betaalt per maand via iDEAL of creditcard. Het abonnement omvat videoconsulten met uw psychiater; de medicatie op recept wordt apart door de apotheek gefactureerd.</p>""", noise="cookie-nl")

# ------------------------------------------------------------------ clinics (4)
p("h1817", "https://clearwater-ketamine.example/contact", "clinic", False, "en", "clinic-contact",
  "Contact | Clearwater Ketamine Clinic",
  """<h1>Contact us</h1>
<p>Call (727) 555-0182 or text us to book. 600 Cleveland St, Suite 210, Clearwater, FL 33755.</p>
<p>Office hours: Mon–Fri 8–5.</p>""")

p("h1818", "https://clinica-ketamina-valencia.example/preguntas", "clinic", False, "es", "clinic-faq",
  "Preguntas frecuentes | Clínica",
  """<h1>Preguntas frecuentes</h1>
<p><b>¿Necesito receta?</b> Necesita una valoración con nuestro psiquiatra antes de la primera sesión.</p>
<p><b>¿Puedo volver conduciendo?</b> No, debe venir acompañado.</p>""", noise="cookie-es")

p("h1819", "https://praxis-ketamin-koeln.example/kontakt", "clinic", False, "de", "clinic-contact",
  "Kontakt | Praxis",
  """<h1>Kontakt</h1>
<p>Praxis für Ketamintherapie, Hohenzollernring 12, 50672 Köln. Telefon 0221 555 0123. Terminvereinbarung per Telefon oder E-Mail.</p>""", noise="cookie-de")

p("h1820", "https://clinica-mente-sp.example/pagamento", "clinic", False, "pt", "clinic-payment",
  "Formas de pagamento",
  """<h1>Formas de pagamento</h1>
<p>As sessões de infusão de cetamina na clínica podem ser pagas com Pix, cartão de crédito em até 6x ou boleto.</p>""", noise="cookie-pt")

# ------------------------------------------------------------------ informational (4)
p("h1821", "https://harm-reduction-like.example/buying-online", "informational", False, "en", "harm-reduction",
  "Buying drugs online: what to know",
  """<h1>Buying drugs online: what to know</h1>
<p>Online vendors often promise stealth shipping and take only crypto. Packages can be seized, products are often mislabelled, and ketamine may be swapped for 2-FDCK. If you use, test your drugs and start low.</p>""")

p("h1822", "https://consumer-guide-like.example/ketamine-telehealth-checklist", "informational", False, "en", "consumer-guide",
  "Choosing an at-home ketamine provider: a checklist",
  """<h1>Choosing an at-home ketamine provider</h1>
<p>A legitimate provider does a live video evaluation, names its clinicians, requires a prescription and ships from a licensed pharmacy. Be wary of any site that sells ketamine without a prescription or takes payment in crypto.</p>""")

p("h1823", "https://polizei-like.example/presse/ketamin-paket", "informational", False, "de", "police-press",
  "Zoll stellt Ketamin in Paketen sicher",
  """<h1>Zoll stellt Ketamin in Paketen sicher</h1>
<p>Am Flughafen fanden Zollbeamte in vakuumverpackten Paketen insgesamt 4 Kilogramm Ketamin. Die Sendungen waren als Kosmetik deklariert.</p>""", noise="cookie-de")

p("h1824", "https://wiki-like.example/wiki/Ketamina", "informational", False, "pt", "encyclopedia",
  "Cetamina – Wiki",
  """<h1>Cetamina</h1>
<p>A cetamina é um anestésico dissociativo. No Brasil é comercializada para uso hospitalar e veterinário, com receita de controle especial.</p>
<p>Nomes comerciais: Ketalar, Ketamin, Cetamin, Clortamina.</p>""", noise="cookie-pt")

save(OUT, R)
print(len(R), "pages")
