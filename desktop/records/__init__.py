"""Records: Qt-free data several rooms read, on a floor below the rooms.

What check-ins and questionnaires keep (a check-in and its store, the shipped
instruments, their scoring, the results store) is written by those rooms and read by
history, export, insights and Home; the reminder schedule is kept by settings and acted on
by reminders; `peer/` holds the peer log's contacts and the aggregate report that the
log, reports and merge rooms share. Kept here, each room reads them without opening
another room's door.
Nothing here imports Qt, the ground floor `ui` or a feature.
"""
