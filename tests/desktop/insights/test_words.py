"""The insights' words: the example sentence exactly, and never a causal word or a label."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop.insights.logic import Factor, Finding, Outcome
from desktop.insights.stats import Comparison
from desktop.insights.words_view import method_text, range_text, rule_text, sentence

CAUSAL = re.compile(
    r"(?i)\b(caus\w*|because|due to|leads? to|results? in|makes? you|drives?|effect of|"
    r"triggers?|depress\w*|disorder|diagnos\w*|you are)\b"
)


def _finding(factor: Factor, outcome: Outcome, estimate: float, low: float,
             high: float) -> Finding:
    return Finding(factor, outcome, Comparison(estimate, low, high, 12, 60, 0.996, 6))


def test_the_example_sentence(qapp: QApplication) -> None:
    finding = _finding(Factor.STAFFING, Outcome.MOOD, -0.6, -1.0, -0.2)
    assert sentence(finding) == (
        "On days you marked staffing, your mood was about 0.6 points lower (0.2 to 1.0 lower)."
    )


def test_higher_and_questionnaire_wording(qapp: QApplication) -> None:
    finding = _finding(Factor.WORKLOAD, Outcome.PHQ9, 3.2, 1.04, 5.4)
    assert sentence(finding) == (
        "When you marked workload on at least half your check-ins in the 14 days before,"
        " your PHQ-9 score was about 3.2 points higher (1.0 to 5.4 higher)."
    )
    sleep = _finding(Factor.POOR_SLEEP, Outcome.ENERGY, -0.9, -1.8, -0.04)
    assert sentence(sleep) == (
        "On days you rated your sleep poor or very poor, your energy was about 0.9 points"
        " lower (0.04 to 1.8 lower)."
    )


def test_a_range_across_zero_keeps_its_signs(qapp: QApplication) -> None:
    finding = _finding(Factor.HOME, Outcome.MOOD, 0.1, -0.3, 0.5)
    assert range_text(finding) == "-0.3 to 0.5"


@pytest.mark.parametrize("outcome", list(Outcome))
@pytest.mark.parametrize("sign", [-1.0, 1.0])
def test_no_causal_words_no_labels(qapp: QApplication, outcome: Outcome, sign: float) -> None:
    for factor in Factor:
        words = sentence(_finding(factor, outcome, sign * 0.8, sign * 1.3, sign * 0.3))
        assert not CAUSAL.search(words), words
    assert not CAUSAL.search(rule_text())


def test_the_method_says_goes_with_is_not_a_cause(qapp: QApplication) -> None:
    text = method_text(14)
    assert "14 comparisons" in text and "Bonferroni" in text
    assert "not that one causes the other" in text
    assert "never leaves it" in text
