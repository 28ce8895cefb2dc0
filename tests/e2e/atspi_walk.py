"""Reads Confide's accessibility tree through AT-SPI, as a screen reader does, and prints it.

Run with the system's Python 3 and Debian's python3-pyatspi (not the project's venv: the
bindings come from the distribution), in the D-Bus session where Confide runs. Prints one
JSON object: {"found": bool, "controls": [...]}, each control a dict of role, name,
description, focusable, enabled and path, for every object on screen (SHOWING) in the
application named by argv[1]. Items inside lists, tables and trees are not walked: the
container must carry the name, and a table of years of check-ins would take minutes.
"""

import json
import sys
from typing import Any

import pyatspi  # type: ignore[import-not-found]  # Debian's python3-pyatspi, system Python

CONTAINERS = {"list", "list box", "table", "tree", "tree table"}


def walk(node: Any, path: str, out: list[dict[str, object]]) -> None:
    state = node.getState()
    if not state.contains(pyatspi.STATE_SHOWING):
        return
    role = node.getRoleName()
    out.append({
        "role": role,
        "name": node.name or "",
        "description": node.description or "",
        "focusable": state.contains(pyatspi.STATE_FOCUSABLE),
        "enabled": state.contains(pyatspi.STATE_ENABLED),
        "path": path,
    })
    if role in CONTAINERS:
        return
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            walk(child, f"{path}/{child.getRoleName()}[{index}]", out)


def main() -> None:
    desktop = pyatspi.Registry.getDesktop(0)
    controls: list[dict[str, object]] = []
    found = False
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == sys.argv[1]:
            found = True
            for window_index in range(app.childCount):
                window = app.getChildAtIndex(window_index)
                if window is not None:
                    walk(window, f"{window.getRoleName()}[{window_index}]", controls)
    print(json.dumps({"found": found, "controls": controls}))


if __name__ == "__main__":
    main()
