"""The shell: entry, main window, navigation, lock screen wiring, worker and themes."""
