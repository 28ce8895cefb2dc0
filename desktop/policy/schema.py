"""The organization policy schema: load it, describe its settings, validate a document.

The schema (`resources/policy/schema.json`, JSON Schema draft 2020-12) is the one
definition of every policy setting; the readers, the effective policy, the admin command
and the ADMX/mobileconfig templates all take their settings from it.

Validation uses the `jsonschema` library rather than a validator of our own. It is the
reference implementation for Python, well kept, and the referral directory needs full
JSON Schema validation of HSDS data anyway, so one well-tested dependency serves both;
a home-made subset would have to be kept in step with every keyword the schema uses.

Messages are our own, written from the schema, never from the value: jsonschema's own
messages quote the value, and problems are logged.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Final, NamedTuple

import resources

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

SCHEMA_RESOURCE: Final = "policy/schema.json"
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

_TYPE_WORDS: Final = {
    "boolean": "true or false",
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "array": "a list",
    "object": "an object",
    "null": "null",
}


def _is_whole_number(_checker: object, instance: object) -> bool:
    # Draft 2020-12 calls 5.0 an integer; a policy of 5.0 minutes is more likely a mistake
    # in a generated file, and the app wants an int. bool is an int in Python, never here.
    return isinstance(instance, int) and not isinstance(instance, bool)


@cache
def _strict_validator() -> type[Draft202012Validator]:
    # Imported here: jsonschema costs ~60 ms to import, and most computers have no
    # policy file at all, so start-up should not pay for it.
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - see above
    from jsonschema.validators import extend  # noqa: PLC0415 - see above

    # The stubs leave `extend` unannotated; it returns a class like the one it extends.
    strict: type[Draft202012Validator] = extend(  # type: ignore[no-untyped-call]
        Draft202012Validator,
        type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", _is_whole_number),
    )
    return strict


# NamedTuples, not dataclasses: made before the unlock screen's first paint, where each
# frozen dataclass costs ~1 ms compiling its generated methods (same fields, repr, ==, hash).
class Problem(NamedTuple):
    """One thing wrong with a policy document.

    Attributes:
        path: where, as a JSON path from the document's root, e.g. `$.eap.phones[0].number`
            (`$` for the document as a whole).
        message: what is wrong, in words that never repeat the value.
    """

    path: str
    message: str

    @property
    def setting(self) -> str | None:
        """The top-level setting the problem is in, or None for the whole document."""
        match = re.match(r"^\$(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[(\".*?\")\])", self.path)
        if match is None:
            return None
        name = match.group(1)
        return name if name is not None else str(json.loads(match.group(2)))


class Setting(NamedTuple):
    """One policy setting as the schema defines it (for templates, pages and defaults).

    Attributes:
        name: the key in a policy document, e.g. `max_auto_lock_minutes`.
        title: a short human name.
        description: what it does.
        kind: the JSON type: "boolean", "integer", "string" or "object".
        default: the built-in value when no policy sets it (None: not set).
        example: a valid sample value (used in the generated templates).
        minimum: the smallest allowed integer, for integers.
        maximum: the largest allowed integer, for integers.
    """

    name: str
    title: str
    description: str
    kind: str
    default: Any
    example: Any
    minimum: int | None = None
    maximum: int | None = None


@cache
def load_schema() -> Mapping[str, Any]:
    """The shipped policy schema (parsed once; treat it as read-only)."""
    # The schema itself is checked against the metaschema by a test, not at every start.
    schema: dict[str, Any] = json.loads(resources.read_text(SCHEMA_RESOURCE))
    return schema


def schema_version() -> int:
    """The version of the policy schema this Confide understands."""
    return int(load_schema()["version"])


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node` with a local `$ref` (`#/$defs/…`) followed, for readers that need types."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/$defs/"):
        return node
    target: Mapping[str, Any] = load_schema()["$defs"][ref.removeprefix("#/$defs/")]
    return target


@cache
def settings() -> tuple[Setting, ...]:
    """Every policy setting, in the schema's order."""
    found = []
    for name, raw in load_schema()["properties"].items():
        node = resolve(raw)
        found.append(
            Setting(
                name=name,
                title=str(node["title"]),
                description=str(node["description"]),
                kind=str(node["type"]),
                default=node.get("default"),
                example=node["examples"][0],
                minimum=node.get("minimum"),
                maximum=node.get("maximum"),
            )
        )
    return tuple(found)


def setting_names() -> tuple[str, ...]:
    """The name of every policy setting, in the schema's order."""
    return tuple(s.name for s in settings())


def json_path(parts: Iterable[str | int]) -> str:
    """A JSON path such as `$.eap.phones[0].number` for a sequence of keys and indexes."""
    text = "$"
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _IDENTIFIER.match(part):
            text += f".{part}"
        else:
            text += f"[{json.dumps(part)}]"
    return text


def _type_words(expected: object) -> str:
    kinds = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPE_WORDS.get(str(k), str(k)) for k in kinds)


def _message(error: ValidationError) -> str:
    keyword = error.validator
    rule: Any = error.validator_value
    schema = error.schema if isinstance(error.schema, Mapping) else {}
    words: dict[str, Callable[[], str]] = {
        "type": lambda: f"must be {_type_words(rule)}",
        "enum": lambda: "must be one of: " + ", ".join(json.dumps(v) for v in rule),
        "const": lambda: f"must be {json.dumps(rule)}",
        "minimum": lambda: f"must be at least {rule}",
        "maximum": lambda: f"must be at most {rule}",
        "minLength": lambda: (
            "must not be empty" if rule == 1 else f"must be at least {rule} characters long"
        ),
        "maxLength": lambda: f"must be at most {rule} characters long",
        "minItems": lambda: f"must list at least {rule} item{'s' if rule != 1 else ''}",
        "maxItems": lambda: f"must list at most {rule} items",
        "uniqueItems": lambda: "must not list the same item twice",
        "pattern": lambda: "must be " + str(schema.get("description", "in the expected form")),
    }
    make = words.get(str(keyword))
    return make() if make is not None else f"is not allowed here ({keyword})"


def _problems_of(error: ValidationError) -> list[Problem]:
    parts = list(error.absolute_path)
    instance = error.instance
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        known = set(schema.get("properties", {}))
        what = "unknown setting" if not parts else "unknown key"
        return [
            Problem(json_path([*parts, str(key)]), what) for key in instance if key not in known
        ]
    required = error.validator_value
    if error.validator == "required" and isinstance(instance, dict) and isinstance(required, list):
        return [
            Problem(json_path([*parts, str(key)]), "is required but missing")
            for key in required
            if key not in instance
        ]
    return [Problem(json_path(parts), _message(error))]


def validate(document: object) -> list[Problem]:
    """Every problem in a policy document, sorted by path; [] when it is valid.

    Never raises for any JSON-like input: a document that is not an object gives one
    problem at `$`.
    """
    validator = _strict_validator()(load_schema())
    found: set[Problem] = set()
    for error in validator.iter_errors(document):
        found.update(_problems_of(error))
    return sorted(found)
