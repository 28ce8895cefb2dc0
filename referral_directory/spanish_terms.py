"""Spanish search words and the English words the directory is written in (Qt-free).

The shipped directory and most organizations' bundles are in English, so a word typed in
Spanish ("ansiedad", "enfermera") would find nothing. `english_for` gives, for one typed
word, the English beginnings to search as well; the search still looks for the word itself,
because a bundle may be written in Spanish. Accents and case do not matter ("depresion"
is "depresión"). A word still being typed counts once it has four letters and starts a
listed term ("ansie"), so results do not wait for the last letter. Words spelled alike in
both languages ("crisis", "alcohol", "doctor", "trauma") need no entry.

A fixed list written and reviewed by hand: no network and no machine translation. The
English side is what the search matches as a prefix ("therap" finds therapy and
therapists), taken from the words the directory and its facts use. While an English word
is typed, a few of its beginnings also start a Spanish term ("medi" for médico, "tele"
for teléfono); that only adds results, and the next letter ends it.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Spanish term (lowercase, no accents) -> English prefixes searched with it.
# fmt: off
TERMS: Final[dict[str, tuple[str, ...]]] = {
    # feelings and conditions
    "ansiedad": ("anxi",), "angustia": ("anxi", "distress"), "depresion": ("depress",),
    "deprimido": ("depress",), "deprimida": ("depress",), "estres": ("stress",),
    "agotamiento": ("burnout",), "desgaste": ("burnout",), "duelo": ("grief",),
    "suicidio": ("suicid",), "suicida": ("suicid",), "emergencia": ("emergenc",),
    "urgencia": ("urgent",), "urgente": ("urgent",), "salud": ("health",),
    # help and who gives it
    "ayuda": ("help",), "apoyo": ("support",), "consejero": ("counsel",),
    "consejera": ("counsel",), "consejeria": ("counsel",), "asesoramiento": ("counsel",),
    "terapeuta": ("therap",), "terapia": ("therap",), "psicologo": ("psycholog",),
    "psicologa": ("psycholog",), "psicologia": ("psycholog",), "psiquiatra": ("psychiatr",),
    "psiquiatria": ("psychiatr",), "psiquiatrico": ("psychiatr",), "tratamiento": ("treatment",),
    "companeros": ("peer", "colleague"), "pares": ("peer",), "voluntario": ("volunteer",),
    "voluntaria": ("volunteer",), "linea": ("line",),
    # alcohol and drugs
    "drogas": ("drug",), "droga": ("drug",), "sustancias": ("substance",),
    "adiccion": ("addiction",), "adicciones": ("addiction",), "alcoholismo": ("alcohol",),
    # work and licensing
    "licencia": ("licens",), "licencias": ("licens",), "junta": ("board",),
    "enfermera": ("nurs",), "enfermero": ("nurs",), "enfermeria": ("nurs",),
    "medico": ("physician", "doctor"), "medica": ("physician", "doctor"),
    "medicos": ("physician", "doctor"), "doctora": ("doctor",), "colega": ("colleague",),
    "colegas": ("colleague",), "estudiante": ("student",), "estudiantes": ("student",),
    "residente": ("resident",), "residentes": ("resident",), "empleador": ("employer",),
    "veterano": ("veteran",), "veteranos": ("veteran",), "veterana": ("veteran",),
    # how to reach it
    "llamar": ("call",), "llamada": ("call",), "telefono": ("phone", "call"),
    "mensaje": ("text", "message"), "texto": ("text",), "hablar": ("talk",),
    "gratis": ("free",), "gratuito": ("free",), "gratuita": ("free",),
    "confidencial": ("confidential",), "espanol": ("spanish",),
}
# fmt: on
_TYPING: Final = 4  # letters before a word still being typed is matched to a term


def plain(word: str) -> str:
    """`word` in lowercase without accents ("Médico" -> "medico", "español" -> "espanol")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def english_for(word: str) -> tuple[str, ...]:
    """The English prefixes to search along with `word` (none: not a listed Spanish word)."""
    typed = plain(word)
    if typed in TERMS:
        return TERMS[typed]
    if len(typed) < _TYPING:
        return ()
    found: dict[str, None] = {}  # ordered, without repeats
    for term, english in TERMS.items():
        if term.startswith(typed):
            found.update(dict.fromkeys(english))
    return tuple(found)
