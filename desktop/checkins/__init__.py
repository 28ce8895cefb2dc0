"""The daily check-in: mood, energy, sleep, the day's stress drivers and a private note.

What a check-in is and how it is kept live on the records floor (`desktop.records.checkins`,
`desktop.records.checkin_store`), as history, export and insights read them too. Here `flow`
holds the answers while the person fills the form in, and `view`/`table` render them.
Only the `*view.py` modules import Qt.
"""
