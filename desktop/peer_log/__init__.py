"""The peer supporter's log: record a contact, see due follow-ups, correct past contacts.

What the log keeps (the contact, its note check, its store) lives on the records floor
(`desktop.records.peer`), so the reports room reads the same counts without a door into
this room. Here: `past` turns past contacts into list rows and periods, `demo_log` writes
the demo's fictional log. Only `view.py` and `*_view.py` import Qt: `view` is the page,
`form_view` the contact's fields, `note_view` the checked note, `past_view`,
`past_table_view` and `edit_view` the list of past contacts and their correction.
"""
