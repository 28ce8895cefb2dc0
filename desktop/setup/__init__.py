"""First-run setup: a Qt-free flow (`flow`), its strength rule (`strength`) and its views."""
