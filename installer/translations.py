"""Confide's translation sources: extract them with lupdate, compile them with lrelease.

`python -m installer.translations update` refreshes `resources/translations/confide_<lang>.ts`
from the source files listed in `SOURCES` (new strings are added unfinished, removed ones
marked obsolete; existing translations are kept). `... release OUT` compiles every `.ts` into
`OUT/confide_<lang>.qm`; the freeze spec calls `release` so an installed Confide ships `.qm`
files. The `.qm` files are build output and never committed (`.ts` is the source a
translator edits; a committed binary would drift from it unseen).

Only the files listed here are extracted: phase 1 of issue 15 translated the screens shown
before unlock, the crisis panel, the questionnaire result and the language choice; phase 2
adds its groups (setup, the shell and Home, check-in, questionnaires, the safety plan as
read and edited, organization settings, reminders, export and Settings, Find help, the
peer log with its reports and merge, the anonymous burnout measure, and `confide-admin`).
Qt-free modules mark their words with `desktop.words.QT_TRANSLATE_NOOP`, which lupdate
reads. Add a file here when its strings are translated.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Final

ROOT: Final = Path(__file__).resolve().parent.parent
TS_DIR: Final = ROOT / "resources" / "translations"
LANGUAGES: Final = ("es",)
SOURCES: Final = (
    "desktop/lock/view.py",
    "desktop/lock/problems_view.py",
    "desktop/crisis/view.py",
    "desktop/crisis/data_words.py",
    "desktop/crisis/widgets_view.py",
    "desktop/crisis/logic.py",
    "desktop/questionnaires/result_view.py",
    "desktop/records/band_words.py",
    "desktop/records/band_advice.py",
    "desktop/settings/language_view.py",
    "desktop/i18n_view.py",
    "desktop/setup/view.py",
    "desktop/setup/code_view.py",
    "desktop/setup/words.py",
    "desktop/ui/passphrase.py",
    "desktop/ui/dates.py",
    "desktop/ui/table_fit.py",
    "desktop/shell/main_window.py",
    "desktop/shell/header_view.py",
    "desktop/shell/home_view.py",
    "desktop/shell/assembly.py",
    "desktop/shell/restore_flow.py",
    "desktop/records/checkins.py",
    "desktop/checkins/view.py",
    "desktop/checkins/scale_view.py",
    "desktop/checkins/table_view.py",
    "desktop/checkins/hard_day_view.py",
    "desktop/questionnaires/questionnaire_view.py",
    "desktop/questionnaires/crisis_step_view.py",
    "desktop/questionnaires/questionnaires_view.py",
    "desktop/safety_plan/model.py",
    "desktop/safety_plan/crisis_lines.py",
    "desktop/safety_plan/print_view.py",
    "desktop/safety_plan/summary_view.py",
    # The safety plan editor.
    "desktop/safety_plan/view.py",
    "desktop/safety_plan/words_view.py",
    "desktop/safety_plan/autosave_view.py",
    "desktop/safety_plan/review_view.py",
    "desktop/safety_plan/section_view.py",
    "desktop/safety_plan/step_list_view.py",
    "desktop/safety_plan/items_view.py",
    "desktop/policy/view.py",
    "desktop/policy/words.py",
    "desktop/reminders/settings_view.py",
    "desktop/reminders/tray_view.py",
    "desktop/history/history.py",
    "desktop/history/view.py",
    "desktop/history/chart_view.py",
    "desktop/history/choices.py",
    "desktop/history/table_view.py",
    "desktop/insights/view.py",
    "desktop/insights/chart_view.py",
    "desktop/insights/table_view.py",
    "desktop/insights/words_view.py",
    # Export my data, and the rest of Settings.
    "desktop/export/view.py",
    "desktop/settings/view.py",
    "desktop/settings/messages.py",
    "desktop/settings/widgets_view.py",
    "desktop/settings/preferences_view.py",
    "desktop/settings/text_size_view.py",
    "desktop/settings/backup_view.py",
    "desktop/settings/dialogs_view.py",
    "desktop/settings/keys_view.py",
    "desktop/settings/quick_unlock_view.py",
    "desktop/settings/roles_view.py",
    "desktop/settings/about.py",
    "desktop/settings/about_view.py",
    # Find help (the directory), and the words rooms share.
    "desktop/words.py",
    "desktop/directory/logic.py",
    "desktop/directory/details.py",
    "desktop/directory/results.py",
    "desktop/directory/notices.py",
    "desktop/directory/contact.py",
    "desktop/directory/view.py",
    "desktop/directory/dialog_view.py",
    "desktop/directory/needs_view.py",
    "desktop/directory/search_view.py",
    "desktop/directory/warnings_view.py",
    "desktop/directory/summary_view.py",
    "desktop/directory/detail_view.py",
    "desktop/directory/filters_view.py",
    "desktop/directory/filter_fold_view.py",
    "desktop/directory/licensing_view.py",
    "desktop/directory/results_view.py",
    "desktop/directory/results_pane_view.py",
    "desktop/directory/crisis_first.py",
    "desktop/directory/eap.py",
    # The shipped directory's own words (services and licensing evidence).
    "desktop/directory/data_words.py",
    "desktop/directory/licensing_words.py",
    "desktop/directory/state_words.py",
    # The peer supporter's log, its reports and merge, and the prevalence measure.
    "desktop/records/peer/words.py",
    "desktop/records/peer/model.py",
    "desktop/peer_log/past.py",
    "desktop/records/peer/period.py",
    "desktop/records/peer/failure.py",
    "desktop/records/peer/report.py",
    "desktop/peer_reports/ledger.py",
    "desktop/peer_merge/merge.py",
    "desktop/peer_log/view.py",
    "desktop/peer_log/form_view.py",
    "desktop/peer_log/note_view.py",
    "desktop/peer_log/edit_view.py",
    "desktop/peer_log/past_view.py",
    "desktop/peer_log/past_table_view.py",
    "desktop/report_ui/export_bar_view.py",
    "desktop/report_ui/pdf_view.py",
    "desktop/peer_reports/report_view.py",
    "desktop/peer_merge/merge_view.py",
    "desktop/prevalence/view.py",
    "desktop/prevalence/token_view.py",
    # `confide-admin`, for IT and support staff (its own "confide_admin" context).
    "desktop/admin/cli.py",
    "desktop/admin/parsing.py",
    "desktop/admin/bundle_commands.py",
    "desktop/admin/policy_commands.py",
    "desktop/admin/report_commands.py",
    "desktop/admin/deid_commands.py",
    "desktop/admin/prevalence_commands.py",
)


def tool(name: str) -> str:
    """The path of PySide6's `lupdate` or `lrelease` (inside the PySide6 package)."""
    import PySide6  # noqa: PLC0415 - only the build needs Qt's tools

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"translations: PySide6's {name} was not found")
    return found


def ts_file(language: str) -> Path:
    return TS_DIR / f"confide_{language}.ts"


def update() -> None:
    """Extract the strings of `SOURCES` into each language's .ts (keeping translations)."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        subprocess.run(  # noqa: S603 - Qt's own tool, fixed arguments
            [tool("lupdate"), "-locations", "none", "-no-ui-lines", "-no-obsolete",
             "-target-language",
             f"{language}_US", *SOURCES, "-ts", str(ts_file(language))],
            cwd=ROOT, check=True,
        )


def release(out: Path) -> list[Path]:
    """Compile each language's .ts into `out`; returns the .qm files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        qm = out / f"confide_{language}.qm"
        subprocess.run(  # noqa: S603 - Qt's own tool, fixed arguments
            [tool("lrelease"), "-silent", str(ts_file(language)), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="installer.translations", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="refresh the .ts files from the source files")
    compile_ = commands.add_parser("release", help="compile the .ts files into a folder")
    compile_.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    else:
        for qm in release(args.out):
            print(qm)
    return 0


if __name__ == "__main__":
    sys.exit(main())
