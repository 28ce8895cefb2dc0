"""Aggregate reports: the supporter previews a period's counts and releases them.

`report_view` is the preview-then-export page; `ledger` records releases in the vault and
refuses those the rules forbid (`release_mirror` keeps their periods beside the vault),
`noise_draws` keeps a period's noise so Preview never redraws it. The report itself, its
suppression, audit, periods and files are on the records floor (`desktop.records.peer`),
its preview, PDF and export bar in `desktop.report_ui`: the merge room uses them too.
"""
