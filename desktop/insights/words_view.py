"""The insights in words: names, sentences and ranges, every one through Qt's translation.

A sentence says what went with what ("goes with", "was about ... lower"), the size in the
outcome's own points and the simultaneous range. It never says "causes", "because" or
"due to", never names a condition and never labels the person: the figures describe days.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.insights.logic import (
    LOOKBACK_DAYS,
    MIN_DAYS_EACH,
    WINDOW_DAYS,
    Factor,
    Finding,
    Outcome,
)

_CONTEXT = "Insights"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def factor_name(factor: Factor) -> str:
    """The factor as a column heading or a chart label."""
    return {
        Factor.WORKLOAD: _tr("Workload"),
        Factor.DOCUMENTATION: _tr("Documentation / EHR"),
        Factor.STAFFING: _tr("Staffing"),
        Factor.MORAL_DISTRESS: _tr("Moral distress"),
        Factor.VIOLENCE: _tr("Violence or harassment"),
        Factor.HOME: _tr("Home and caregiving"),
        Factor.POOR_SLEEP: _tr("Poor sleep"),
    }[factor]


def _factor_in_sentence(factor: Factor) -> str:
    return {
        Factor.WORKLOAD: _tr("workload"),
        Factor.DOCUMENTATION: _tr("documentation / EHR"),
        Factor.STAFFING: _tr("staffing"),
        Factor.MORAL_DISTRESS: _tr("moral distress"),
        Factor.VIOLENCE: _tr("violence or harassment"),
        Factor.HOME: _tr("home and caregiving"),
        Factor.POOR_SLEEP: _tr("poor sleep"),
    }[factor]


def outcome_name(outcome: Outcome) -> str:
    """The outcome as a heading: "Mood", "PHQ-9 score" and so on."""
    return {
        Outcome.MOOD: _tr("Mood"),
        Outcome.ENERGY: _tr("Energy"),
        Outcome.PHQ9: _tr("PHQ-9 score"),
        Outcome.GAD7: _tr("GAD-7 score"),
        Outcome.WHO5: _tr("WHO-5 score"),
        Outcome.BURNOUT: _tr("Burnout item"),
    }[outcome]


def _outcome_in_sentence(outcome: Outcome) -> str:
    return {
        Outcome.MOOD: _tr("your mood"),
        Outcome.ENERGY: _tr("your energy"),
        Outcome.PHQ9: _tr("your PHQ-9 score"),
        Outcome.GAD7: _tr("your GAD-7 score"),
        Outcome.WHO5: _tr("your WHO-5 score"),
        Outcome.BURNOUT: _tr("your answer to the burnout item"),
    }[outcome]


def number(value: float) -> str:
    """A size in points: one decimal, or two when one would round a non-zero end to 0.0."""
    size = abs(value)
    if 0 < size < 0.05:
        return f"{size:.2f}"
    return f"{size:.1f}"


def direction(value: float) -> str:
    return _tr("higher") if value > 0 else _tr("lower")


def range_text(finding: Finding) -> str:
    """The range as "0.2 to 1.0 lower" (nearer end first), or "-0.3 to 0.5" across zero."""
    comparison = finding.comparison
    low, high = comparison.low, comparison.high
    if low < 0 < high:
        return _tr("{low} to {high}").format(low=f"{low:.1f}", high=f"{high:.1f}")
    near, far = sorted((abs(low), abs(high)))
    return _tr("{near} to {far} {direction}").format(
        near=number(near), far=number(far), direction=direction(comparison.estimate)
    )


def difference_text(finding: Finding) -> str:
    """The difference alone: "about 0.6 points lower"."""
    estimate = finding.comparison.estimate
    return _tr("about {size} points {direction}").format(
        size=number(estimate), direction=direction(estimate)
    )


def short_difference_text(finding: Finding) -> str:
    """The difference for a table cell: "0.6 lower"."""
    estimate = finding.comparison.estimate
    return _tr("{size} {direction}").format(size=number(estimate), direction=direction(estimate))


def _days_clause(finding: Finding) -> str:
    factor = finding.factor
    if finding.outcome.daily:
        if factor is Factor.POOR_SLEEP:
            return _tr("On days you rated your sleep poor or very poor")
        return _tr("On days you marked {factor}").format(factor=_factor_in_sentence(factor))
    if factor is Factor.POOR_SLEEP:
        return _tr(
            "When at least half your check-ins in the {days} days before had poor or very"
            " poor sleep"
        ).format(days=LOOKBACK_DAYS)
    return _tr(
        "When you marked {factor} on at least half your check-ins in the {days} days before"
    ).format(factor=_factor_in_sentence(factor), days=LOOKBACK_DAYS)


def sentence(finding: Finding) -> str:
    """One finding in plain words, e.g. "On days you marked staffing, your mood was about
    0.6 points lower (0.2 to 1.0 lower)."."""
    return _tr("{when}, {outcome} was {difference} ({range}).").format(
        when=_days_clause(finding),
        outcome=_outcome_in_sentence(finding.outcome),
        difference=difference_text(finding),
        range=range_text(finding),
    )


def rule_text() -> str:
    """The enough-data rule, as the page states it."""
    return _tr(
        "A driver is compared only when your last {window} days hold at least {each} check-in"
        " days with it and at least {each} without it."
    ).format(window=WINDOW_DAYS, each=MIN_DAYS_EACH)


def method_text(comparisons: int) -> str:
    """How the figures are worked out, in plain words."""
    return _tr(
        "How this is worked out: each range is a 95% range for all {count} comparisons"
        " together (Bonferroni), widened because one day carries over into the next. A"
        " difference is shown only when its whole range is on one side of zero. \u201cGoes"
        " with\u201d means the two tend to happen together, not that one causes the other."
    ).format(count=comparisons) + " " + device_text()


def device_text() -> str:
    """Where the figures are made."""
    return _tr("Everything is worked out on this device and never leaves it.")
