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

# Every call names its context as a literal: lupdate reads only literals, so a helper
# holding the context in a variable hid all of these strings from it.
translate = QCoreApplication.translate


def factor_name(factor: Factor) -> str:
    """The factor as a column heading or a chart label."""
    return {
        Factor.WORKLOAD: translate("Insights", "Workload"),
        Factor.DOCUMENTATION: translate("Insights", "Documentation / EHR"),
        Factor.STAFFING: translate("Insights", "Staffing"),
        Factor.MORAL_DISTRESS: translate("Insights", "Moral distress"),
        Factor.VIOLENCE: translate("Insights", "Violence or harassment"),
        Factor.HOME: translate("Insights", "Home and caregiving"),
        Factor.POOR_SLEEP: translate("Insights", "Poor sleep"),
    }[factor]


def _factor_in_sentence(factor: Factor) -> str:
    return {
        Factor.WORKLOAD: translate("Insights", "workload"),
        Factor.DOCUMENTATION: translate("Insights", "documentation / EHR"),
        Factor.STAFFING: translate("Insights", "staffing"),
        Factor.MORAL_DISTRESS: translate("Insights", "moral distress"),
        Factor.VIOLENCE: translate("Insights", "violence or harassment"),
        Factor.HOME: translate("Insights", "home and caregiving"),
        Factor.POOR_SLEEP: translate("Insights", "poor sleep"),
    }[factor]


def outcome_name(outcome: Outcome) -> str:
    """The outcome as a heading: "Mood", "PHQ-9 score" and so on."""
    return {
        Outcome.MOOD: translate("Insights", "Mood"),
        Outcome.ENERGY: translate("Insights", "Energy"),
        Outcome.PHQ9: translate("Insights", "PHQ-9 score"),
        Outcome.GAD7: translate("Insights", "GAD-7 score"),
        Outcome.WHO5: translate("Insights", "WHO-5 score"),
        Outcome.BURNOUT: translate("Insights", "Burnout item"),
    }[outcome]


def _outcome_in_sentence(outcome: Outcome) -> str:
    return {
        Outcome.MOOD: translate("Insights", "your mood"),
        Outcome.ENERGY: translate("Insights", "your energy"),
        Outcome.PHQ9: translate("Insights", "your PHQ-9 score"),
        Outcome.GAD7: translate("Insights", "your GAD-7 score"),
        Outcome.WHO5: translate("Insights", "your WHO-5 score"),
        Outcome.BURNOUT: translate("Insights", "your answer to the burnout item"),
    }[outcome]


def number(value: float) -> str:
    """A size in points: one decimal, or two when one would round a non-zero end to 0.0."""
    size = abs(value)
    if 0 < size < 0.05:
        return f"{size:.2f}"
    return f"{size:.1f}"


def direction(value: float) -> str:
    return translate("Insights", "higher") if value > 0 else translate("Insights", "lower")


def range_text(finding: Finding) -> str:
    """The range as "0.2 to 1.0 lower" (nearer end first), or "-0.3 to 0.5" across zero."""
    comparison = finding.comparison
    low, high = comparison.low, comparison.high
    if low < 0 < high:
        return translate("Insights", "{low} to {high}").format(
            low=f"{low:.1f}", high=f"{high:.1f}")
    near, far = sorted((abs(low), abs(high)))
    return translate("Insights", "{near} to {far} {direction}").format(
        near=number(near), far=number(far), direction=direction(comparison.estimate)
    )


def difference_text(finding: Finding) -> str:
    """The difference alone: "about 0.6 points lower"."""
    estimate = finding.comparison.estimate
    return translate("Insights", "about {size} points {direction}").format(
        size=number(estimate), direction=direction(estimate)
    )


def short_difference_text(finding: Finding) -> str:
    """The difference for a table cell: "0.6 lower"."""
    estimate = finding.comparison.estimate
    return translate("Insights", "{size} {direction}").format(
        size=number(estimate), direction=direction(estimate))


def _days_clause(finding: Finding) -> str:
    factor = finding.factor
    if finding.outcome.daily:
        if factor is Factor.POOR_SLEEP:
            return translate("Insights", "On days you rated your sleep poor or very poor")
        return translate("Insights", "On days you marked {factor}").format(
            factor=_factor_in_sentence(factor))
    if factor is Factor.POOR_SLEEP:
        return translate(
            "Insights",
            "When at least half your check-ins in the {days} days before had poor or very"
            " poor sleep",
        ).format(days=LOOKBACK_DAYS)
    return translate(
        "Insights",
        "When you marked {factor} on at least half your check-ins in the {days} days before",
    ).format(factor=_factor_in_sentence(factor), days=LOOKBACK_DAYS)


def sentence(finding: Finding) -> str:
    """One finding in plain words, e.g. "On days you marked staffing, your mood was about
    0.6 points lower (0.2 to 1.0 lower)."."""
    return translate("Insights", "{when}, {outcome} was {difference} ({range}).").format(
        when=_days_clause(finding),
        outcome=_outcome_in_sentence(finding.outcome),
        difference=difference_text(finding),
        range=range_text(finding),
    )


def rule_text() -> str:
    """The enough-data rule, as the page states it."""
    return translate(
        "Insights",
        "A driver is compared only when your last {window} days hold at least {each} check-in"
        " days with it and at least {each} without it.",
    ).format(window=WINDOW_DAYS, each=MIN_DAYS_EACH)


def method_text(comparisons: int) -> str:
    """How the figures are worked out, in plain words."""
    # One sentence per English form, filled by .format(): lupdate marks no plural for a
    # module-level translate(), and Qt finds no plural form in a non-plural entry.
    if comparisons == 1:
        words = translate(
            "Insights",
            "How this is worked out: the range is a 95% range, widened because one day"
            " carries over into the next. A difference is shown only when its whole range is"
            " on one side of zero. \u201cGoes with\u201d means the two tend to happen together,"
            " not that one causes the other.")
    else:
        words = translate(
            "Insights",
            "How this is worked out: each range is a 95% range for all {count} comparisons"
            " together (Bonferroni), widened because one day carries over into the next. A"
            " difference is shown only when its whole range is on one side of zero. \u201cGoes"
            " with\u201d means the two tend to happen together, not that one causes the other.",
        ).format(count=comparisons)
    return words + " " + device_text()


def device_text() -> str:
    """Where the figures are made."""
    return translate("Insights", "Everything is worked out on this device and never leaves it.")
