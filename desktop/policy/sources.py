"""Reading policy where management tools write it: the common parts and Linux.

Like Chrome and Firefox, Confide reads two levels of policy: *managed* (locked: the person
cannot change it) and *recommended* (a default the person may change). On Linux they are
JSON files in `/etc/confide/policies/managed/` and `/etc/confide/policies/recommended/`,
merged in file-name order, a later file overriding an earlier one setting by setting (so
`90-site.json` overrides `10-org.json`, as in other `*.d` folders).

Only files that ordinary users cannot write are trusted: the file, and every folder above
it, must be owned by root (or the given trusted uid) and not writable by group or others.
A sticky folder above the policy folders (such as `/tmp`) is accepted, because others can
add entries there but cannot replace ours. Anything else is ignored whole, and the reason
is returned as a `PolicyProblem` (the effective policy logs it: paths and reasons only,
never policy content).

The Windows registry and macOS managed preferences have readers of their own
(`sources_windows`, `sources_macos`) that return the same `PolicyReading`.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple

Level = Literal["managed", "recommended"]
LEVELS: Final[tuple[Level, ...]] = ("managed", "recommended")
LINUX_ROOT: Final = Path("/etc/confide/policies")
MAX_FILE_BYTES: Final = 1024 * 1024  # a policy is a few KiB; a huge file is a mistake

TrustCheck = Callable[[Path], "str | None"]


# NamedTuples, not dataclasses: made before the unlock screen's first paint, where each
# frozen dataclass costs ~1 ms compiling its generated methods (same fields, repr, ==, hash).
class PolicyDocument(NamedTuple):
    """The settings read from one place, not yet validated.

    Attributes:
        source: where they came from: a file path or a registry key, for people to read.
        level: "managed" (locked) or "recommended" (a default the person may change).
        values: the top-level settings exactly as read.
    """

    source: str
    level: Level
    values: Mapping[str, Any]


class PolicyProblem(NamedTuple):
    """A problem with policy from one place; its text never repeats a policy value.

    Attributes:
        source: the file or registry key it is in.
        path: a JSON path inside that document (`$` when the whole source was ignored).
        message: what is wrong.
    """

    source: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.path}: {self.message}"


@dataclass
class PolicyReading:
    """Everything read from the system's policy places, in order of increasing precedence.

    Attributes:
        documents: what was read; within one level a later document overrides an earlier one.
        problems: sources that were ignored whole, or values that could not be read.
    """

    documents: list[PolicyDocument] = field(default_factory=list)
    problems: list[PolicyProblem] = field(default_factory=list)

    def add(self, other: PolicyReading) -> None:
        """Append another reading's documents and problems after this one's."""
        self.documents += other.documents
        self.problems += other.problems

    def ignore(self, source: str, reason: str) -> None:
        """Record that `source` was ignored whole, and why (logged when policy is resolved)."""
        self.problems.append(PolicyProblem(source, "$", reason))


def parse_policy_json(raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    """A policy file's bytes as a JSON object, or None and the reason it is not one.

    The reason names the position of a syntax error, never the text around it.
    """
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "is not UTF-8 text"
    except json.JSONDecodeError as exc:
        return None, f"is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
    except RecursionError:
        return None, "is not valid JSON (nested too deeply)"
    if not isinstance(data, dict):
        return None, "is not a JSON object ({...})"
    return data, None


def _owner_mode_problem(
    what: str, info: os.stat_result, trusted_uids: frozenset[int], allow_sticky: bool
) -> str | None:
    if info.st_uid not in trusted_uids:
        owners = " or ".join(f"uid {uid}" if uid else "root" for uid in sorted(trusted_uids))
        return f"{what} is owned by uid {info.st_uid}, not by {owners}"
    mode = info.st_mode
    if allow_sticky and mode & stat.S_ISVTX:
        return None
    if mode & stat.S_IWOTH:
        return f"{what} is writable by all users"
    if mode & stat.S_IWGRP:
        return f"{what} is writable by its group"
    return None


def posix_trust_problem(path: Path, trusted_uid: int = 0) -> str | None:
    """Why ordinary users could change the file at `path`, or None when they cannot.

    Symbolic links are followed, and the real file and every real folder above it are
    checked. Root (uid 0) is always trusted, since root can write anything anyway;
    `trusted_uid` adds one more owner (tests pass their own uid).
    """
    trusted = frozenset({0, trusted_uid})
    try:
        real = path.resolve(strict=True)
        info = real.stat()
    except OSError as exc:
        return f"cannot be examined ({exc.strerror or type(exc).__name__})"
    if not stat.S_ISREG(info.st_mode):
        return "is not a regular file"
    problem = _owner_mode_problem("the file", info, trusted, allow_sticky=False)
    for folder in real.parents:
        if problem is not None:
            break
        try:
            folder_info = folder.stat()
        except OSError as exc:
            return f"its folder {folder} cannot be examined ({exc.strerror})"
        # The folder holding the file must not be sticky-and-writable: others could add
        # files to it. Folders above may be sticky (/tmp): our entries stay ours.
        problem = _owner_mode_problem(
            f"its folder {folder}", folder_info, trusted, allow_sticky=folder != real.parent
        )
    return problem


def read_policy_file(path: Path, level: Level, trust: TrustCheck) -> PolicyReading:
    """Read one policy file if it is trusted and a JSON object; otherwise say why not."""
    reading = PolicyReading()
    source = str(path)
    reason = trust(path)
    if reason is not None:
        reading.ignore(source, f"not trusted: {reason}")
        return reading
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        reading.ignore(source, f"cannot be read ({exc.strerror or type(exc).__name__})")
        return reading
    if len(raw) > MAX_FILE_BYTES:
        reading.ignore(source, f"is larger than {MAX_FILE_BYTES // 1024} KiB")
        return reading
    data, reason = parse_policy_json(raw)
    if data is None:
        reading.ignore(source, reason or "cannot be read")
        return reading
    reading.documents.append(PolicyDocument(source, level, data))
    return reading


def policy_files(folder: Path) -> list[Path]:
    """The `*.json` files in `folder` in name order (hidden files skipped).

    Raises:
        OSError: the folder exists but cannot be listed (FileNotFoundError if it is absent).
    """
    found = [p for p in folder.iterdir() if p.name.endswith(".json") and not p.name.startswith(".")]
    return sorted(found, key=lambda p: p.name)


def read_linux(root: Path = LINUX_ROOT, *, trusted_uid: int = 0) -> PolicyReading:
    """Read `root/managed/*.json` and `root/recommended/*.json`.

    Args:
        root: the policy root, `/etc/confide/policies` in production.
        trusted_uid: an owner trusted besides root (tests pass their own uid).

    Returns:
        The managed documents, then the recommended ones, each level in file-name order.
        A missing folder is not a problem: most machines have no policy.
    """
    reading = PolicyReading()
    for level in LEVELS:
        folder = root / level
        try:
            files = policy_files(folder)
        except FileNotFoundError:
            continue
        except OSError as exc:
            reading.ignore(str(folder), f"cannot be listed ({exc.strerror or type(exc).__name__})")
            continue
        for path in files:
            reading.add(
                read_policy_file(path, level, lambda p: posix_trust_problem(p, trusted_uid))
            )
    return reading
