"""What the app shows about a confidential resource, the needs it ranks for, and the filters.

A `Resource` is the flat, display-ready view of one HSDS service plus Confide's facts
(carried in HSDS attributes, see `facts`). Views and ranking read only this; the HSDS
records themselves stay in `hsds` for import and export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any, Final, Literal

from referral_directory import address

MODALITIES: Final = frozenset({"call", "text", "chat", "video", "in_person"})
COSTS: Final = ("free", "low", "insurance", "varies")
EMPLOYER_TOLD: Final = ("never", "possibly")
LICENSING_EXPOSURE: Final = ("none", "depends_on_state_question", "possible")
SERVES: Final = frozenset({"physicians", "nurses", "students", "trainees", "all_health_workers"})
PHONE_KINDS: Final = frozenset({"voice", "text", "tty", "fax"})
NATIONAL: Final = "US"  # in `Resource.states`: reachable from every state
# fmt: off
# The states, DC and Puerto Rico, by USPS code: the directory's state filter and the
# licensing questions (whose boards are the 50 states and DC) share this one list.
STATES_AND_TERRITORIES: Final[tuple[tuple[str, str], ...]] = (
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"),
    ("CA", "California"), ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"),
    ("DC", "District of Columbia"), ("FL", "Florida"), ("GA", "Georgia"), ("HI", "Hawaii"),
    ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
    ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"),
    ("MA", "Massachusetts"), ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"),
    ("MO", "Missouri"), ("MT", "Montana"), ("NE", "Nebraska"), ("NV", "Nevada"),
    ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"), ("NY", "New York"),
    ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("PR", "Puerto Rico"), ("RI", "Rhode Island"),
    ("SC", "South Carolina"), ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"),
    ("UT", "Utah"), ("VT", "Vermont"), ("VA", "Virginia"), ("WA", "Washington"),
    ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
)
# fmt: on
# The confidentiality claims a resource can make, each with its own source and check date.
# The first three are the facts `Resource` also carries as codes; the last two are words.
CLAIM_KINDS: Final = (
    "employer_told",
    "licensing_exposure",
    "creates_treatment_record",
    "records_kept",
    "confidentiality_broken",
)
TEXT_CLAIM_KINDS: Final = frozenset({"records_kept", "confidentiality_broken"})

Origin = Literal["national", "organization"]


@dataclass(frozen=True)
class Phone:
    """A number to call or text.

    Attributes:
        number: what to dial, e.g. "988", "1-888-409-0141".
        label: what the number is for, e.g. "Call 988", "TTY".
        kind: "voice", "text", "tty" or "fax".
        body: for a text number, the keyword to send first (e.g. "HOME"), else "".
    """

    number: str
    label: str
    kind: str
    body: str = ""

    def dialable(self) -> str:
        """What to dial for `tel:`, by the one address rule (`address.dialable`).

        Raises:
            UnsafeAddress: the number is not one a phone can dial.
        """
        return address.dialable(self.number)


@dataclass(frozen=True)
class Claim:
    """One confidentiality claim about a resource, with where it was checked and when.

    Attributes:
        kind: one of `CLAIM_KINDS`.
        value: for a coded kind the fact's code ("never", "none", "no"), else the words.
        statement: what the source says, in plain words ("" for the kind's usual words).
        source_url: the page the claim was checked against.
        checked: when it was last checked.
        confirmed: True when the resource's own privacy policy, FAQ or terms page, a
            statute or a government page says so; False when only a secondary page does,
            or the source does not say it in so many words.
        method: how it was checked, e.g. "checked against a stored copy" ("" if unsaid).
    """

    kind: str
    value: str
    statement: str
    source_url: str
    checked: date
    confirmed: bool
    method: str = ""


@dataclass(frozen=True)
class Resource:
    """One confidential resource as the directory shows it (see the brief's Directory API).

    Attributes:
        id: the HSDS service id.
        phones: numbers in the order to offer them.
        text_instructions: e.g. "Text HOME to 741741" ("" when there is no text line).
        schedule: the HSDS schedule rows (dicts) `open_now` reads.
        modalities: from `MODALITIES`.
        cost: one of `COSTS`.
        employer_told: "never" or "possibly".
        licensing_exposure: "none", "depends_on_state_question" or "possible".
        creates_treatment_record: None when no source says.
        states: two-letter codes, "US" for national.
        serves: from `SERVES`.
        crisis: a crisis line (shown first when the need is urgent).
        what_happens: plain words: what happens when you call, who is told.
        source_url: where the facts were checked; checked: when.
        claims: the confidentiality claims, each with its own source, date and status,
            in `CLAIM_KINDS` order (a resource from plain HSDS data has none).
        origin: "national" (shipped) or "organization" (from the signed bundle).
    """

    id: str
    name: str
    description: str
    organization: str
    phones: tuple[Phone, ...] = ()
    text_instructions: str = ""
    chat_url: str | None = None
    website: str | None = None
    hours_text: str = ""
    open_24_7: bool = False
    schedule: tuple[dict[str, Any], ...] = field(default=(), compare=False, hash=False)
    modalities: frozenset[str] = frozenset()
    cost: str = "varies"
    employer_told: str = "possibly"
    licensing_exposure: str = "possible"
    creates_treatment_record: bool | None = None
    states: frozenset[str] = frozenset({NATIONAL})
    languages: tuple[str, ...] = ()
    serves: frozenset[str] = frozenset({"all_health_workers"})
    crisis: bool = False
    what_happens: str = ""
    source_url: str = ""
    checked: date = date(1970, 1, 1)
    claims: tuple[Claim, ...] = ()
    origin: Origin = "national"

    @property
    def is_free(self) -> bool:
        """Free to use."""
        return self.cost == "free"

    def claim(self, kind: str) -> Claim | None:
        """The claim of `kind` ("employer_told", ...), or None when none is sourced."""
        return next((c for c in self.claims if c.kind == kind), None)


class Need(Enum):
    """What a person says they need right now ("What do you need right now?")."""

    CRISIS_NOW = "crisis_now"
    TALK_TODAY = "talk_today"
    COUNSELOR = "counselor"
    PSYCHIATRIC = "psychiatric"
    SUBSTANCE_USE = "substance_use"
    LICENSE_WORRY = "license_worry"
    HELPING_COLLEAGUE = "helping_colleague"

    @property
    def label(self) -> str:
        """The choice's words, as a person would say them."""
        return _NEED_LABELS[self]

    @property
    def urgent(self) -> bool:
        """Crisis lines come first for this need."""
        return self is Need.CRISIS_NOW


_NEED_LABELS: Final = {
    Need.CRISIS_NOW: "I'm in crisis now",
    Need.TALK_TODAY: "Talk to someone today",
    Need.COUNSELOR: "A counselor or therapist",
    Need.PSYCHIATRIC: "Psychiatric care",
    Need.SUBSTANCE_USE: "Alcohol or drugs",
    Need.LICENSE_WORRY: "Worried about my license",
    Need.HELPING_COLLEAGUE: "Helping a colleague",
}


@dataclass(frozen=True)
class Filters:
    """Narrowing choices; the defaults narrow nothing.

    Attributes:
        modalities: keep resources offering any of these ("call", "text", ...).
        free_only: keep free resources.
        open_now: keep resources open at the search time (24/7 or by schedule).
        state: keep resources reachable from this state (national ones always are).
        serves: keep resources for this group (or for all health workers).
        employer_never: keep resources whose facts say the employer is never told.
        licensing_none: keep resources with no licensing-board exposure.
    """

    modalities: frozenset[str] = frozenset()
    free_only: bool = False
    open_now: bool = False
    state: str | None = None
    serves: str | None = None
    employer_never: bool = False
    licensing_none: bool = False


NO_FILTERS: Final = Filters()
