"""What every `confide-admin` command module shares: its exit codes and what it adds to.

No Qt (the admin tools run on machines without a display).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Final

EXIT_OK: Final = 0
EXIT_PROBLEM: Final = 1
EXIT_USAGE: Final = 2

if TYPE_CHECKING:
    from typing import TypeAlias

    # What `ArgumentParser.add_subparsers` returns: typeshed names the type, argparse
    # keeps the class private (and it cannot be subscripted at run time).
    Subcommands: TypeAlias = argparse._SubParsersAction[argparse.ArgumentParser]
