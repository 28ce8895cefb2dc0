"""Content-free reminders: when to remind (`schedule`, Qt-free) and the tray that does it."""
