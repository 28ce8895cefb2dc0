"""`confide-admin`: command-line tools for IT and support staff (no Qt, no window)."""
