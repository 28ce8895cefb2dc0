"""Frozen entry point of `confide` (PyInstaller runs a script, not a console-script)."""

import sys

from desktop.app import main

sys.exit(main())
