"""A fast yes/no check for the JSON Schema subset the compiled HSDS schemas use.

`jsonschema` walks a 15-attribute service in about 1.5 ms, which makes a 50,000-service
import take over a minute. The compiled HSDS schemas use only `type`, `enum`,
`required`, `properties`, `items` and local `$ref` (everything else is annotation), so
this module compiles them once into plain Python checks. It answers only "valid or
not": when a record fails, `hsds` asks `jsonschema` for the exact field and problem, so
`jsonschema` stays the authority for messages. A schema using any other validation
keyword is refused at compile time (the caller then uses `jsonschema` alone), and a
Hypothesis test checks that both agree. The checks become Python source once (a function
per object or array node, plain leaves inline): walking the nodes one call each took about
40 µs a service, the generated functions a third of that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

Check = Callable[[Any], bool]
_MISSING: Final = object()

_ANNOTATIONS: Final = frozenset(
    {
        "name",
        "title",
        "description",
        "constraints",
        "example",
        "core",
        "format",
        "path",
        "datapackage_metadata",
        "datapackage_type",
        "tabular_required",
        "definitions",
        "mediatype",
        "order",
        "profile",
        "unique",
        "$schema",
        "$id",
        "$comment",
        "examples",
        "default",
    }
)
_KEYWORDS: Final = frozenset({"type", "enum", "required", "properties", "items", "$ref"})
_PY_TYPES: Final[dict[str, tuple[type, ...]]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "number": (int, float),
    "integer": (int,),
    "boolean": (bool,),
    "null": (type(None),),
}


class Unsupported(ValueError):
    """The schema uses a keyword this checker does not implement."""


class _Node:
    """One compiled schema: plain fields read by `_check` (a loop beats nested closures)."""

    __slots__ = ("allows_bool", "enum", "items", "properties", "ref", "required", "types")

    def __init__(self) -> None:
        self.types: tuple[type, ...] | None = None
        self.allows_bool = False
        self.enum: list[Any] | None = None
        self.required: tuple[str, ...] = ()
        self.properties: dict[str, _Node] | None = None
        self.items: _Node | None = None
        self.ref: _Node | None = None


def _check(node: _Node, value: Any) -> bool:  # noqa: PLR0911, PLR0912 (one exit per keyword)
    if node.ref is not None and not _check(node.ref, value):
        return False
    if node.types is not None:
        if not isinstance(value, node.types):
            return False
        if isinstance(value, bool) and not node.allows_bool:
            return False  # JSON true is not a number
    if node.enum is not None and not any(
        value == a and isinstance(value, bool) == isinstance(a, bool) for a in node.enum
    ):
        return False
    if type(value) is dict:
        for key in node.required:
            if key not in value:
                return False
        properties = node.properties
        if properties is not None:
            for key, item in value.items():
                sub = properties.get(key)
                if sub is not None and not _check(sub, item):
                    return False
    elif type(value) is list and node.items is not None:
        items = node.items
        for item in value:
            if not _check(items, item):
                return False
    return True


def compile_schema(root: dict[str, Any]) -> Check:
    """A function telling whether an instance is valid against `root`.

    Raises:
        Unsupported: `root` uses a validation keyword outside the supported subset.
    """
    refs: dict[str, _Node] = {}

    def resolve(ref: str) -> _Node:
        if not ref.startswith("#/"):
            raise Unsupported(f"non-local $ref {ref}")
        if ref not in refs:
            refs[ref] = _Node()  # filled below; recursive schemas point at it meanwhile
            target: Any = root
            for part in ref[2:].split("/"):
                target = target[part]
            build(target, refs[ref])
        return refs[ref]

    def build(schema: Any, node: _Node | None = None) -> _Node:
        node = node if node is not None else _Node()
        if schema is True:
            return node
        if not isinstance(schema, dict):
            raise Unsupported("schema is not an object")
        unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")
        if "$ref" in schema:
            node.ref = resolve(schema["$ref"])
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if any(n not in _PY_TYPES or n == "integer" for n in names):
                raise Unsupported(f"type {names}")  # "integer" would need 1.0 handling
            node.types = tuple(t for n in names for t in _PY_TYPES[n])
            node.allows_bool = "boolean" in names
        if "enum" in schema:
            node.enum = list(schema["enum"])
        node.required = tuple(schema.get("required", ()))
        if "properties" in schema:
            node.properties = {k: build(s) for k, s in schema["properties"].items()}
        if "items" in schema:
            node.items = build(schema["items"])
        return node

    compiled = build(root)
    return _Generated(compiled).function()


def _only_ref(node: _Node) -> bool:
    """Whether a node checks nothing besides its `$ref` (it is then its target)."""
    return (
        node.types is None
        and node.enum is None
        and not node.required
        and (node.properties is None and node.items is None)
    )


def _target(node: _Node) -> _Node:
    """The node that does the checking: past `$ref`s that check nothing else."""
    seen = {id(node)}
    while node.ref is not None and _only_ref(node) and id(node.ref) not in seen:
        node = node.ref
        seen.add(id(node))
    return node


class _Generated:
    """Python source for a compiled schema: one function per object or array node, with
    each plain leaf (a type, an enum) checked inline. The source is made only from the
    shipped schema's structure (names as `repr` literals, types and enums as constants
    passed in), never from the data checked; it answers exactly as `_check` does."""

    def __init__(self, root: _Node) -> None:
        self.root = root
        self.names: dict[int, str] = {}
        self.constants: dict[str, Any] = {"_check": _check, "_MISSING": _MISSING}
        self.lines: list[str] = []
        self.pending: list[_Node] = []

    def function(self) -> Check:
        name = self._name(_target(self.root))
        while self.pending:
            self._define(self.pending.pop())
        namespace = dict(self.constants)
        exec("\n".join(self.lines), namespace)  # noqa: S102 - our own source, see above
        check: Check = namespace[name]
        return check

    def _name(self, node: _Node) -> str:
        if id(node) not in self.names:
            self.names[id(node)] = f"_c{len(self.names)}"
            self.pending.append(node)
        return self.names[id(node)]

    def _constant(self, value: Any) -> str:
        name = f"_k{len(self.constants)}"
        self.constants[name] = value
        return name

    def _leaf(self, node: _Node, var: str) -> str:
        """An expression for a node that checks only type and enum (no ref, no children)."""
        parts = []
        if node.types is not None:
            parts.append(f"isinstance({var}, {self._constant(node.types)})")
            if int in node.types and not node.allows_bool:
                parts.append(f"type({var}) is not bool")
        if node.enum is not None:
            if all(type(a) is str for a in node.enum):
                strings = self._constant(frozenset(node.enum))
                parts.append(f"(isinstance({var}, str) and {var} in {strings})")
            else:
                parts.append(f"_check({self._constant(node)}, {var})")
        return " and ".join(parts) or "True"

    def _expression(self, node: _Node, var: str) -> str:
        node = _target(node)
        simple = node.ref is None and not node.required
        if simple and node.properties is None and node.items is None:
            return self._leaf(node, var)
        return f"{self._name(node)}({var})"

    def _define(self, node: _Node) -> None:
        out = [f"def {self.names[id(node)]}(v):"]
        if node.ref is not None:
            out.append(f"    if not {self._expression(node.ref, 'v')}:\n        return False")
        own = self._leaf(node, "v")
        if own != "True":
            out.append(f"    if not ({own}):\n        return False")
        if node.required or node.properties:
            out.append("    if type(v) is dict:")
            for key in node.required:
                out.append(f"        if {key!r} not in v:\n            return False")
            for key, sub in (node.properties or {}).items():
                test = self._expression(sub, "x")
                if test != "True":
                    out.append(f"        x = v.get({key!r}, _MISSING)")
                    out.append(f"        if x is not _MISSING and not ({test}):")
                    out.append("            return False")
        if node.items is not None:
            test = self._expression(node.items, "x")
            if test != "True":
                out.append("    if type(v) is list:")
                out.append(f"        for x in v:\n            if not ({test}):")
                out.append("                return False")
        out.append("    return True")
        self.lines.extend(out)
        self.lines.append("")
