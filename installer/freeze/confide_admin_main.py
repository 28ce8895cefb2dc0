"""Frozen entry point of `confide-admin` (PyInstaller runs a script, not a console-script)."""

import sys

from desktop.admin.cli import main

sys.exit(main())
