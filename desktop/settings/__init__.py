"""Settings: the person's non-personal UI preferences (logic) and the settings page (view)."""
