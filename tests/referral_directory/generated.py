"""A directory larger than the page's result limit, made up for tests (not a test module)."""

from __future__ import annotations

import random
from datetime import date

from referral_directory.directory import Directory, national_resources
from referral_directory.model import Phone, Resource

WORDS = (
    "counseling", "support", "peer", "therapy", "nurse", "physician", "psychiatric",
    "substance", "recovery", "grief", "burnout", "colleague", "referral", "evening",
)  # fmt: skip


def many_resources(count: int, *, seed: int = 7) -> list[Resource]:
    """`count` organization resources, each named "<Word> service <n>", facts varied."""
    rng = random.Random(seed)
    made = []
    for n in range(count):
        words = rng.sample(WORDS, 4)
        made.append(
            Resource(
                id=f"generated-{n:05d}",
                name=f"{words[0].title()} service {n}",
                description=" ".join(words[1:]),
                organization=f"Organization {n % 13}",
                phones=(Phone(f"555-01{n % 100:02d}", "Main line", "voice"),),
                open_24_7=n % 5 == 0,
                modalities=frozenset(rng.sample(["call", "text", "chat", "video", "in_person"], 2)),
                cost=rng.choice(["free", "low", "insurance", "varies"]),
                employer_told=rng.choice(["never", "possibly"]),
                licensing_exposure=rng.choice(["none", "depends_on_state_question", "possible"]),
                creates_treatment_record=rng.choice([True, False, None]),
                states=frozenset({rng.choice(["US", "OH", "CA"])}),
                serves=frozenset({rng.choice(["all_health_workers", "nurses", "physicians"])}),
                checked=date(2026, 11, 22),
                origin="organization",
            )
        )
    return made


def large_directory(count: int = 450) -> Directory:
    """The shipped national directory plus `count` generated organization resources."""
    return Directory(national_resources(), many_resources(count))
