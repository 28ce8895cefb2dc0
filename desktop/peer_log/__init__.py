"""The peer supporter's de-identified contact log and its aggregate reports.

`model` defines a contact (no name field exists), `deid` finds identifiers in a note,
`store` keeps contacts in the vault, `past` turns past contacts into list rows and
periods, `failure` words a failed vault job, `report` builds the aggregate report,
`suppress` hides small cells, `ledger` records releases and refuses those the rules
forbid (`release_mirror` keeps their periods beside the vault), `noise_draws` keeps a
period's noise so Preview never redraws it, `report_file` reads and writes report files
and `merge` combines supporters' reports. Only `view.py` and `*_view.py` import Qt:
`view` is the page, `form_view` the contact's fields, `past_view`, `past_table_view` and
`edit_view` the list of past contacts and their correction.
"""
