"""The locked side: a Qt-free unlock flow (`flow`) and the unlock screen (`view`)."""
