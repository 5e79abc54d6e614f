"""Kind 6: names.

- diacritics-variant: one name written with and without its diacritics in a text (`Vondráček` and
  `Vondracek`); the less frequent spelling is flagged, for review (which one is right is not certain).
- dropped-letters: a well-known name with non-ASCII letters written with those letters deleted
  (`So Paulo`, `Bogot`): the list below re-types public gazetteer facts (place names and common
  given/family names); person names that occur on the development pages are left out of it (so
  the measured recall does not come from the pages' own words); the fix restores the letters.
- mou-placeholder: the untranslated anonymising `mou` (某) of Chinese news after a surname
  (`Yang mou Xia`, `Rao mou`, `xinmou`), lower case or between capitalised syllables when the text
  also uses the surname alone.
"""
import collections
import re
import unicodedata
from common import Hit, tokens, is_known

WELL_KNOWN = """São Paulo|Brasília|Goiás|Paraná|Maranhão|Ceará|Pará|Amapá|Piauí|Espírito Santo|Bogotá|Medellín|
Querétaro|Yucatán|Michoacán|Mérida|Córdoba|Málaga|Cádiz|León|Jaén|Almería|Asunción|Perú|Panamá|Curaçao|
Québec|Montréal|Zürich|Düsseldorf|München|Köln|Nürnberg|Göttingen|Tübingen|Kraków|Łódź|Gdańsk|Wrocław|
Poznań|Plzeň|České Budějovice|Brno|Bratislava|Košice|Timișoara|Iași|Brașov|Constanța|Türkiye|İstanbul|
İzmir|Şanlıurfa|Diyarbakır|Çavuşoğlu|Davutoğlu|Kılıçdaroğlu|Reykjavík|Tromsø|Malmö|Göteborg|
Jönköping|Århus|Ålborg|Hà Nội|Đà Nẵng|Huế|João|José|Antônio|Conceição|Gonçalves|Magalhães|
Guimarães|Simões|Estêvão|Sebastião|Felipe|García|Rodríguez|González|Fernández|López|Sánchez|
Pérez|Gómez|Jiménez|Díaz|Álvarez|Hernández|Muñoz|Núñez|Ibáñez|Peña|Suárez|Vázquez|Ramírez|Chávez|
Márcio|Flávio|Fábio|Vinícius|Luís|Fiala|Dvořák|Kundera|Šťastný|Škoda|
Pečenka|Hašek|Čapek|Müller|Schröder|Bruxelles|Genève|Orléans|Besançon|Nîmes|Béziers""".replace("\n", "")


def _fold(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)) \
        .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ø", "o").replace("ı", "i") \
        .replace("ß", "ss")


def _dropped(s):
    return "".join(c for c in s if ord(c) < 128)


def diacritics_variant(text):
    out = []
    counts = collections.Counter(w for s, e, w in tokens(text) if w[0].isupper())
    by_fold = collections.defaultdict(set)
    for w in counts:
        by_fold[_fold(w)].add(w)
    for fold, forms in by_fold.items():
        if len(forms) < 2 or not any(_fold(f) != f for f in forms) or len(fold) < 4:
            continue
        if is_known(fold) and fold.lower() in __import__("common").words():
            continue  # the plain form is an English word (`Radio` / `Rádio`)
        ranked = sorted(forms, key=lambda f: (-counts[f], f != fold))
        keep = ranked[0]
        for s, e, w in tokens(text):
            if w in forms and w != keep:
                out.append(Hit(s, e, "names/diacritics-variant", f"`{w}` is also written `{keep}` in this text"))
    return out


_DROPPED = {}
for name in WELL_KNOWN.split("|"):
    d = _dropped(name)
    if d != name and d.strip() and d != _fold(name):
        _DROPPED[re.sub(r"\s+", " ", d)] = name


def dropped_letters(text):
    out = []
    for d, name in _DROPPED.items():
        for m in re.finditer(r"(?<![\w])" + re.escape(d) + r"(?![\w])", text):
            # the dropped form must not itself be an English word (`So`, `Par`) unless multiword
            if " " not in d and (is_known(d) or len(d) < 5):
                continue
            out.append(Hit(m.start(), m.end(), "names/dropped-letters", f"`{d}` is `{name}` with its letters lost",
                           (m.start(), m.end(), name)))
    return out


MOU = re.compile(r"\b([A-Z][a-z]{1,5}) (mou|Mou)\b(?: ([A-Z]?[a-z]{1,6})\b)?|\b([a-z]{2,6})mou\b")


def mou_placeholder(text):
    out = []
    for m in MOU.finditer(text):
        if m.group(4):
            if is_known(m.group(0)):
                continue
            out.append(Hit(m.start(), m.end(), "names/mou-placeholder", "`mou` (某), an anonymised name left untranslated"))
            continue
        sur, mou = m.group(1), m.group(2)
        # `Mou` is also a real surname: capitalised `Mou` only when the text uses the surname alone too
        if mou == "Mou" and not re.search(r"\b" + re.escape(sur) + r"\b(?! Mou)", text):
            continue
        out.append(Hit(m.start(), m.end(), "names/mou-placeholder", "`mou` (某), an anonymised name left untranslated"))
    return out


HEURISTICS = [
    ("names/diacritics-variant", diacritics_variant),
    ("names/dropped-letters", dropped_letters),
    ("names/mou-placeholder", mou_placeholder),
]
