"""The policy in force: each setting's value, where it came from, and whether it is locked.

Precedence, per setting: managed (locked) policy > the person's own setting >
recommended policy > the built-in default (the schema's `default`, or not set).

A policy source with problems is not all-or-nothing. As in Chrome, the settings in it that
are valid apply and every problem is named (source, JSON path, reason), logged and kept in
`EffectivePolicy.problems` for `confide-admin policy show` and the settings page. A setting
with any problem inside it is dropped whole (a half-valid EAP entry would show a wrong
phone number), and the next level decides it. Only a source that cannot be read at all
(untrusted, not JSON, not an object) is ignored whole. So the app always starts, never
with a silently half-read policy.

The app loads policy once at start (`load_policy`) and passes the `EffectivePolicy` to
what needs it; there is no global.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Final, NamedTuple

from desktop.policy import schema
from desktop.policy.sources import LINUX_ROOT, PolicyProblem, PolicyReading, read_linux
from desktop.policy.words import title_text, value_text
from desktop.words import Translate, english

log = logging.getLogger(__name__)

USER: Final = "user"
DEFAULT: Final = "default"
# NamedTuples, not dataclasses: made before the unlock screen's first paint, where each
# frozen dataclass costs ~1 ms compiling its generated methods (same fields, repr, ==, hash).
class EffectiveSetting(NamedTuple):
    """One setting as it applies now.

    Attributes:
        name: the schema key, e.g. "max_auto_lock_minutes".
        value: the value in force (None: not set).
        source: "managed: <where>", "recommended: <where>", "user" or "default".
        locked: True when managed policy sets it: the person cannot change it.
    """

    name: str
    value: Any
    source: str
    locked: bool


class PolicyLine(NamedTuple):
    """One row of the read-only "Policies in force" page.

    Attributes:
        setting: the schema key (to find the matching control).
        value_text: the value in words ("yes", "15", "not set").
        source: where it came from, as in `EffectiveSetting.source`.
        locked: show "Managed by your organization" and disable the control.
        title: the setting's human name from the schema.
    """

    setting: str
    value_text: str
    source: str
    locked: bool
    title: str


def _valid_settings(
    source: str, values: Mapping[str, Any], problems: list[PolicyProblem]
) -> dict[str, Any]:
    if isinstance(values, Mapping) and not values:
        return {}  # nothing to check (the usual case: no policy, no own choices)
    # A reader may hand over anything JSON can hold; only an object has settings in it.
    found = schema.validate(dict(values) if isinstance(values, Mapping) else values)
    problems += [PolicyProblem(source, p.path, p.message) for p in found]
    if any(p.setting is None for p in found):
        return {}  # not an object at all: nothing in it can be read
    bad = {p.setting for p in found}
    known = set(schema.setting_names())
    return {k: v for k, v in values.items() if k in known and k not in bad}


class EffectivePolicy:
    """Every policy setting resolved; immutable once made.

    Build it with `resolve` (or `load_policy` at start-up); `defaults()` gives the policy of
    a machine with no policy at all.
    """

    def __init__(
        self, settings: Mapping[str, EffectiveSetting], problems: Sequence[PolicyProblem] = ()
    ) -> None:
        missing = set(schema.setting_names()) - set(settings)
        if missing:
            raise ValueError(f"every setting needs a value; missing {sorted(missing)}")
        self._settings = dict(settings)
        self.problems: tuple[PolicyProblem, ...] = tuple(problems)

    @classmethod
    def resolve(
        cls, reading: PolicyReading, user: Mapping[str, Any] | None = None
    ) -> EffectivePolicy:
        """Apply the precedence to what was read and to the person's own settings.

        Args:
            reading: the documents and problems from the system's policy places.
            user: the person's own choices, keyed by setting name, for the settings a
                person may choose; an invalid or unknown one is ignored and named.
        """
        problems = list(reading.problems)
        layers: dict[str, dict[str, tuple[Any, str]]] = {"managed": {}, "recommended": {}}
        for document in reading.documents:
            for name, value in _valid_settings(document.source, document.values, problems).items():
                layers[document.level][name] = (value, document.source)
        own = _valid_settings(USER, user or {}, problems)
        for problem in problems:
            log.warning(
                "policy problem in %s at %s: %s", problem.source, problem.path, problem.message
            )
        resolved: dict[str, EffectiveSetting] = {}
        for setting in schema.settings():
            name = setting.name
            if name in layers["managed"]:
                value, where = layers["managed"][name]
                resolved[name] = EffectiveSetting(name, value, f"managed: {where}", True)
            elif name in own:
                resolved[name] = EffectiveSetting(name, own[name], USER, False)
            elif name in layers["recommended"]:
                value, where = layers["recommended"][name]
                resolved[name] = EffectiveSetting(name, value, f"recommended: {where}", False)
            else:
                resolved[name] = EffectiveSetting(name, setting.default, DEFAULT, False)
        return cls(resolved, problems)

    @classmethod
    def defaults(cls) -> EffectivePolicy:
        """The policy of a machine where no organization has set anything."""
        return cls.resolve(PolicyReading())

    def setting(self, name: str) -> EffectiveSetting:
        """The setting called `name` (KeyError for a name the schema does not define)."""
        return self._settings[name]

    def value(self, name: str) -> Any:
        """The value in force for `name`."""
        return self._settings[name].value

    def is_locked(self, name: str) -> bool:
        """Whether managed policy sets `name`, so the person cannot change it."""
        return self._settings[name].locked

    def locked_names(self) -> frozenset[str]:
        """Every setting managed policy sets: what a view marks "Managed by your organization".

        A plain set of names, so a view can be handed what it must mark without being
        handed the whole policy.
        """
        return frozenset(name for name, setting in self._settings.items() if setting.locked)

    @property
    def quick_unlock_allowed(self) -> bool:
        """Whether quick unlock is offered."""
        return bool(self.value("quick_unlock_allowed"))

    @property
    def quick_unlock_max_days(self) -> int:
        """The longest quick-unlock lifetime a person may choose, in days."""
        return int(self.value("quick_unlock_max_days"))

    @property
    def peer_log_allowed(self) -> bool:
        """Whether the peer supporter's log is offered."""
        return bool(self.value("peer_log_allowed"))

    @property
    def max_auto_lock_minutes(self) -> int:
        """The longest auto-lock time a person may choose, in minutes."""
        return int(self.value("max_auto_lock_minutes"))

    @property
    def prevalence_tokens_allowed(self) -> bool:
        """Whether a person may make burnout prevalence tokens (off by default)."""
        return bool(self.value("prevalence_tokens_allowed"))

    @property
    def personal_export_allowed(self) -> bool:
        """Whether a person may export their own check-ins."""
        return bool(self.value("personal_export_allowed"))

    @property
    def organization_name(self) -> str | None:
        """The organization's name, if policy gives one."""
        value = self.value("organization_name")
        return None if value is None else str(value)

    @property
    def eap(self) -> Mapping[str, Any] | None:
        """The EAP resource (schema shape), if policy gives one."""
        value: Mapping[str, Any] | None = self.value("eap")
        return value

    @property
    def directory_bundle(self) -> Mapping[str, Any] | None:
        """Where the signed directory bundle is and the pinned keys, if policy gives them."""
        value: Mapping[str, Any] | None = self.value("directory_bundle")
        return value

    @property
    def reminder_defaults(self) -> Mapping[str, Any]:
        """The reminder schedule a person starts with."""
        value: Mapping[str, Any] = self.value("reminder_defaults")
        return value

    def describe(
        self, *, include_defaults: bool = True, translate: Translate = english
    ) -> list[PolicyLine]:
        """One line per setting, in the schema's order, for the "Policies in force" page.

        Args:
            translate: words the titles and values (the page passes Qt's; English left out).
        """
        lines = []
        for setting in schema.settings():
            state = self._settings[setting.name]
            if state.source == DEFAULT and not include_defaults:
                continue
            lines.append(
                PolicyLine(
                    setting.name,
                    value_text(setting.name, state.value, translate),
                    state.source,
                    state.locked,
                    title_text(setting.name, setting.title, translate),
                )
            )
        return lines

    def as_json(self) -> dict[str, Any]:
        """Settings and problems as plain JSON data (for `confide-admin policy show --json`)."""
        return {
            "schema_version": schema.schema_version(),
            "settings": {
                name: {"value": s.value, "source": s.source, "locked": s.locked}
                for name, s in self._settings.items()
            },
            "problems": [
                {"source": p.source, "path": p.path, "message": p.message} for p in self.problems
            ],
        }


def read_system_policy(
    platform: str = sys.platform, *, linux_root: Path = LINUX_ROOT, trusted_uid: int = 0
) -> PolicyReading:
    """Read policy from the places this platform's management tools write.

    Args:
        platform: `sys.platform` ("win32", "darwin", anything else reads the Linux places).
        linux_root: the Linux policy root (tests and `policy show --root`).
        trusted_uid: a file owner trusted besides root (tests).
    """
    if platform == "win32":
        from desktop.policy.sources_windows import read_windows  # noqa: PLC0415 (per platform)

        return read_windows()
    if platform == "darwin":
        from desktop.policy.sources_macos import read_macos  # noqa: PLC0415 (per platform)

        return read_macos(trusted_uid=trusted_uid)
    return read_linux(linux_root, trusted_uid=trusted_uid)


def load_policy(
    user: Mapping[str, Any] | None = None, *, platform: str = sys.platform
) -> EffectivePolicy:
    """The policy in force on this computer; what the app calls once at start-up."""
    return EffectivePolicy.resolve(read_system_policy(platform), user)
