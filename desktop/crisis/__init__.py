"""The crisis panel: 988, Crisis Text Line and 911, reachable from every screen, locked or not."""
