"""The daily check-in: mood, energy, sleep, the day's stress drivers and a private note.

`model` defines a check-in and its scales, `store` keeps check-ins in the vault, `flow`
holds the answers while the person fills the form in, and `view`/`table` render them.
Only `view` and `table` import Qt.
"""
