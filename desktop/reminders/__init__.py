"""Content-free reminders: the editor in Settings and the tray that reminds.

When a reminder is due (`desktop.records.reminder_schedule`, Qt-free) sits on the records
floor, as the settings room keeps the schedule in the preferences and this room acts on it.
"""
