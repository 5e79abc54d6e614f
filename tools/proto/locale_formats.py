"""Kind 7: dates, times, numbers and currencies in a source language's format.

- bracketed-date: a date in brackets after a weekday or a relative day (`Sunday (3/9)`,
  `Yesterday (3rd)`, `Tuesday (5th)`, `Today (Friday)`), a convention of Portuguese, Arabic, Korean
  and Indonesian news; and `on the 9th and 10th of this month` (a day with no month).
- foreign-time: a time with a second time in another zone in brackets (`9.00 am (11.00 MSK)`),
  and a dotted date `05.28.91` / `28.05.1991`.
- hijri-date: a Hijri or Persian year (`1442 AH`) given with its Gregorian equivalent.
- currency-format: a currency sign after the amount (`25 $`), a spaced prefix sign (`HK $ 3`,
  `R$ 3`), and the numero sign `№` (English `No.`).
"""
import re
from common import Hit

WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
RELDAY = r"(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))"
BRACKET_DATE = re.compile(r"\b(?:" + WEEKDAY + "|" + RELDAY + r")\s*\((?:\d{1,2}(?:/\d{1,2}(?:/\d{2,4})?)?|\d{1,2}(?:st|nd|rd|th)|" + WEEKDAY + r")\)")
MONTHLESS = re.compile(r"\b(?:on|from|until|since|by) the \d{1,2}(?:st|nd|rd|th)(?: (?:and|to|-) (?:the )?\d{1,2}(?:st|nd|rd|th))? (?:of )?(?:this|last|next|the current) month\b")


def bracketed_date(text):
    out = []
    for rx in (BRACKET_DATE, MONTHLESS):
        for m in rx.finditer(text):
            out.append(Hit(m.start(), m.end(), "locale/bracketed-date", "a date written the source language's way; give the month and day"))
    return out


TIME_IN_ZONE = re.compile(r"\b\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*\(\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[A-Z][a-z]+ time)\)")
DOTTED_DATE = re.compile(r"(?<![\d.])(\d{2})\.(\d{2})\.(\d{2}|\d{4})(?![\d.])")


def foreign_time(text):
    out = []
    for m in TIME_IN_ZONE.finditer(text):
        out.append(Hit(m.start(), m.end(), "locale/foreign-time", "a time with its equivalent in the source country's zone"))
    for m in DOTTED_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if not ((1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)):
            continue
        if re.search(r"(?:v|version|ver\.?)\s*$", text[max(0, m.start() - 9):m.start()], re.I):
            continue
        out.append(Hit(m.start(), m.end(), "locale/foreign-time", "a date with dots; English writes the month"))
    return out


HIJRI = re.compile(r"\b1[34]\d\d\s*(?:AH|A\.H\.|SH|H\.S\.)(?=\W)")


def hijri_date(text):
    return [Hit(m.start(), m.end(), "locale/hijri-date", "a Hijri/Persian year; English news gives the Gregorian date")
            for m in HIJRI.finditer(text)]


CUR_AFTER = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?:\$|€|£|¥)(?![\w\d])")
CUR_SPACED = re.compile(r"\b(?:(?!US)[A-Z]{2,3} \$|R\$|[A-Z]{2}\$ ) ?\d")
NUMERO = re.compile(r"№\s*")


def currency_format(text):
    out = []
    for m in CUR_AFTER.finditer(text):
        out.append(Hit(m.start(), m.end(), "locale/currency-format", "a currency sign after the amount"))
    for m in CUR_SPACED.finditer(text):
        g = m.group()
        if g.startswith("R$") and not g.startswith("R$ "):
            continue  # `R$3` is the English way to write reais
        out.append(Hit(m.start(), m.end(), "locale/currency-format", "a spaced currency prefix (`HK $ 3`)"))
    for m in NUMERO.finditer(text):
        out.append(Hit(m.start(), m.end(), "locale/currency-format", "the numero sign; English writes `No.`",
                       (m.start(), m.end(), "No. ")))
    return out


HEURISTICS = [
    ("locale/bracketed-date", bracketed_date),
    ("locale/foreign-time", foreign_time),
    ("locale/hijri-date", hijri_date),
    ("locale/currency-format", currency_format),
]
