"""The words people in distress type, and the words the services that help are written in.

A person types "anxiety", "alcohol", "colleague" or "quiero morir"; the shipped services
say what they do in their own words: "mental health and substance use" (SAMHSA), "a
trained counselor" (988), "peer support" (NAMI), "licensed therapists" (Therapy Aid). Each
concept below lists, in English and Spanish, the words and phrases a person uses for one
thing (lowercase, without accents, words separated by single spaces, as `query` splits
what was typed), and the English beginnings of the words a service that helps with it
uses (`finds`; a space makes it a phrase: its words' beginnings together in the service's
name, organization or description). A service whose words include one of a concept's
`finds` is tagged with it in the index (`tagging`); typing a concept's word searches for
the word itself and for that tag.

A risk concept (suicide, self-harm, crisis) puts every crisis line first, 988 at the top,
and 988 is shown whatever else was typed or filtered (facts.md, safe messaging: crisis
routes are shown before anything else). A concept that leads with 988 shows it first too,
as the matching need does ("Helping a colleague", see `ranking`).

A fixed list written and reviewed by hand, kept as data: no network, no machine
translation. The `finds` are taken from the services' own published descriptions; each
concept's `source` says where the link between the person's words and the services'
words comes from. Adding a word here never changes what a service says about itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Concept:
    """One thing people ask for, in their words and in the services' words.

    Attributes:
        name: what the concept is (for reviewers and test messages).
        key: its tag in the search index (lowercase letters only; see `tagging`).
        words: what people type, English and Spanish, lowercase and without accents;
            a space separates the words of a phrase ("kill myself").
        finds: English beginnings searched as well ("counsel" finds counselor and
            counseling); a space makes a phrase ("mental health").
        risk: every crisis line first, 988 at the top, 988 shown whatever the filters.
        leads_with_988: 988 first, as the need it stands for ranks it.
        source: where the link between the words and the services comes from.
    """

    name: str
    key: str
    words: tuple[str, ...]
    finds: tuple[str, ...]
    source: str
    risk: bool = False
    leads_with_988: bool = False


_SAMHSA = "https://www.samhsa.gov/find-help/national-helpline"
_988 = "https://988lifeline.org (free and confidential support for people in distress)"
_FSPHP = (
    "https://fsphp.memberclicks.net/about (PHPs serve those at risk of impairment from "
    "mental illness, substance use disorders and other health conditions)"
)

# fmt: off
CONCEPTS: Final[tuple[Concept, ...]] = (
    Concept(
        name="suicide, self-harm or a crisis now",
        key="risk",
        words=(
            "suicide", "suicidal", "suicidality", "kill myself", "killing myself",
            "want to die", "wanna die", "wish i was dead", "wish i were dead",
            "better off dead", "end my life", "end it all", "take my life", "self harm",
            "selfharm", "self injury", "hurt myself", "hurting myself", "harm myself",
            "cutting myself", "no reason to live", "dont want to live",
            "don t want to live", "do not want to live", "overdose", "hopeless",
            "crisis", "emergency", "in danger",
            "suicidio", "suicida", "suicidarme", "matarme", "quiero morir",
            "quiero morirme", "me quiero morir", "no quiero vivir", "quitarme la vida",
            "acabar con mi vida", "hacerme dano", "autolesion", "autolesiones",
            "lastimarme", "sobredosis", "desesperanza", "sin esperanza", "emergencia",
        ),
        finds=("suicid", "crisis", "emergenc"),
        source=f"{_988}; facts.md section 2, safe messaging: 988 before anything else",
        risk=True,
    ),
    Concept(
        name="feelings and strain: anxiety, depression, burnout, grief, trauma, sleep",
        key="feelings",
        words=(
            "anxiety", "anxious", "depression", "depressed", "stress", "stressed",
            "panic", "panic attack", "panic attacks", "burnout", "burned out",
            "burnt out", "burn out", "exhausted", "exhaustion", "overwhelmed", "lonely",
            "loneliness", "isolated", "sad", "sadness", "grief", "grieving",
            "bereavement", "trauma", "traumatic", "traumatized", "ptsd",
            "secondary trauma", "compassion fatigue", "moral injury", "moral distress",
            "sleep", "insomnia", "nightmares", "harassment", "harassed", "bullying",
            "bullied", "mental health", "emotional", "struggling", "distress",
            "wellbeing", "well being",
            "ansiedad", "ansioso", "ansiosa", "angustia", "depresion", "deprimido",
            "deprimida", "estres", "estresado", "estresada", "panico", "agotamiento",
            "agotado", "agotada", "desgaste", "quemado", "quemada", "abrumado",
            "abrumada", "soledad", "triste", "tristeza", "duelo", "trauma",
            "traumatico", "tept", "estres postraumatico", "dano moral",
            "sufrimiento moral", "sueno", "insomnio", "pesadillas", "acoso", "acosado",
            "acosada", "hostigamiento", "salud mental", "emocional", "bienestar",
        ),
        finds=(
            "mental health", "mental illness", "counsel", "therap", "psychiatr",
            "psycholog", "peer support", "employee assistance", "well being",
            "wellbeing",
        ),
        source=(
            f"{_SAMHSA} (mental health); {_988}; NAMI HelpLine https://nami.org/?p=30084 "
            "(peer support for mental health); facts.md section 5"
        ),
    ),
    Concept(
        name="someone to talk to",
        key="talk",
        words=(
            "talk", "talk to someone", "someone to talk to", "need to talk", "vent",
            "listen", "hablar", "hablar con alguien", "alguien con quien hablar",
            "desahogarme", "escuchar",
        ),
        finds=("talk", "listen", "counsel", "support line", "helpline", "peer support"),
        source=f"{_988}; Physician Support Line https://physiciansupportline.com/faq",
    ),
    Concept(
        name="a therapist or counselor",
        key="therapy",
        words=(
            "therapist", "therapists", "therapy", "counselor", "counsellor",
            "counseling", "counselling", "psychologist", "psychotherapy",
            "psychotherapist", "talk therapy", "eap", "employee assistance",
            "terapeuta", "terapia", "psicologo", "psicologa", "psicoterapia",
            "consejero", "consejera", "consejeria", "asesoramiento",
        ),
        finds=(
            "therap", "counsel", "psycholog", "mental health professional",
            "employee assistance", "eap",
        ),
        source="Emotional PPE https://emotionalppe.org/faq/; Therapy Aid https://therapyaid.org",
    ),
    Concept(
        name="the organization's Employee Assistance Program",
        key="eap",
        words=(
            "eap", "eaps", "employee assistance", "employee assistance program",
            "employee assistance programs",
            "pae", "asistencia al empleado", "programa de asistencia al empleado",
        ),
        finds=("employee assistance", "eap"),
        source=(
            "facts.md section 5 (the EAP: employer-specific); the organization's EAP "
            "(policy `eap`, or its bundle) calls itself an Employee Assistance Program (EAP)"
        ),
    ),
    Concept(
        name="psychiatric care",
        key="psychiatry",
        words=(
            "psychiatrist", "psychiatry", "psychiatric", "psiquiatra", "psiquiatria",
            "psiquiatrico",
        ),
        finds=("psychiatr", "treatment referral", "referral to treatment"),
        source=f"{_SAMHSA} (treatment referral); {_FSPHP}",
    ),
    Concept(
        name="alcohol and drugs",
        key="substance",
        words=(
            "alcohol", "alcoholism", "alcoholic", "drinking", "drunk", "drugs", "drug",
            "addiction", "addicted", "addict", "substance", "substances",
            "substance use", "substance abuse", "opioid", "opioids", "opiates",
            "fentanyl", "cannabis", "marijuana", "benzos", "cocaine", "sober",
            "sobriety", "relapse", "rehab", "detox",
            "alcoholismo", "alcoholico", "alcoholica", "beber", "drogas", "droga",
            "adiccion", "adicciones", "adicto", "adicta", "sustancias",
            "consumo de sustancias", "opioides", "sobriedad", "recaida",
            "rehabilitacion", "desintoxicacion",
        ),
        finds=("substance", "addict", "alcohol", "drug", "physician health program"),
        source=f"{_SAMHSA} (substance use); {_FSPHP}",
    ),
    Concept(
        name="worried about a colleague",
        key="colleague",
        words=(
            "colleague", "colleagues", "coworker", "coworkers", "co worker",
            "co workers", "team member", "someone else",
            "colega", "colegas", "companero", "companera", "companeros", "companeras",
            "companero de trabajo", "companera de trabajo",
        ),
        finds=("colleague", "peer", "coworker", "referral"),
        source=(
            "the need \"Helping a colleague\" (ranking: 988 first, then peer support, "
            f"information and referral); NAMI HelpLine https://nami.org/?p=30084; {_FSPHP}"
        ),
        leads_with_988=True,
    ),
    Concept(
        name="peer support",
        key="peer",
        words=(
            "peer", "peers", "peer support", "pares", "apoyo entre pares",
            "apoyo de pares",
        ),
        finds=("peer", "colleague"),
        source="NAMI HelpLine https://nami.org/?p=30084 (free peer support)",
    ),
    Concept(
        name="a license, a board, being reported",
        key="license",
        words=(
            "license", "licence", "licensing", "licensure", "medical board",
            "nursing board", "board of nursing", "board", "credentialing",
            "credentials", "reportable", "reported", "lose my license", "disclose",
            "disclosure",
            "licencia", "licencias", "junta medica", "junta de enfermeria",
            "perder mi licencia",
        ),
        finds=("licens", "board", "reportable", "credential"),
        source=(
            "Physician Support Line FAQ https://physiciansupportline.com/faq; "
            "facts.md section 5"
        ),
    ),
    Concept(
        name="confidential or anonymous",
        key="confidential",
        words=(
            "confidential", "confidentiality", "anonymous", "anonymously", "private",
            "privacy", "secret", "off the record",
            "confidencial", "confidencialidad", "anonimo", "anonima", "privado",
            "privada", "privacidad", "secreto",
        ),
        finds=("confidential", "anonym", "no identifying"),
        source="facts.md section 5 (each line's confidentiality terms)",
    ),
)
# fmt: on
