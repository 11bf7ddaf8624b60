# Helpers for the hand-written dev pages (score-dev-hand). Each batch file (batch1.py ...) holds
# its pages written out by hand; this only wraps them in page chrome and writes labels.csv.
import os, html

NOISE = {
    "cookie": '<div id="cookie-consent" class="banner">We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. <a href="#">Accept all</a> <a href="#">Settings</a></div>',
    "cookie-es": '<div class="cookies">Utilizamos cookies propias y de terceros para mejorar nuestros servicios. <button>Aceptar</button> <button>Configurar</button></div>',
    "cookie-de": '<div class="consent">Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. <button>Alle akzeptieren</button> <button>Nur notwendige</button></div>',
    "cookie-fr": '<div class="rgpd">Ce site utilise des cookies pour mesurer l\'audience. <button>Tout accepter</button> <button>Personnaliser</button></div>',
    "cookie-nl": '<div class="cookiebar">Deze website gebruikt cookies. <button>Akkoord</button></div>',
    "cookie-pt": '<div class="lgpd">Usamos cookies para melhorar sua experiência. <button>Aceitar</button></div>',
}

def write(out, pid, url, category, flagged, lang, style, title, body, ext="html", noise=None, head=""):
    os.makedirs(out + "/pages", exist_ok=True)
    fname = f"pages/{pid}.{ext}"
    if ext == "html":
        pre = NOISE[noise] if noise else ""
        doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n{head}</head>\n'
               f'<body>\n{pre}\n{body}\n</body>\n</html>\n')
    else:
        doc = body.strip() + "\n"
    with open(f"{out}/{fname}", "w", encoding="utf-8") as f:
        f.write(doc)
    return f"{pid},{url},{fname},{category},{str(flagged).lower()},{lang},{style}"

def save(out, rows):
    with open(out + "/labels.csv", "w", encoding="utf-8") as f:
        f.write("id,url,file,category,flagged,language,style\n" + "\n".join(rows) + "\n")
