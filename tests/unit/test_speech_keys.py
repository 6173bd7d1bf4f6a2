"""Every phrase key the code can ask Speech.say for is in English (and so, by
test_speech_locales, in every locale), found by reading the source: no key is built at run time.

A key reaches `.say(...)` as a string literal, through a conditional of them, from a variable or
parameter given them, or from a module-level table of them (`STEP_KEYS[kind]`,
`ERRORS.get(outcome, "timer_error_failed")`, `for part, key in TEXTS.items()`), here or imported.
Anything else (an f-string, a concatenation, a key from elsewhere) fails: make it one of those.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from skill.speech import en

ROOT = Path(__file__).resolve().parents[2]
SKILL = ROOT / "skill"


def _sources() -> list[Path]:
    """The skill's code that speaks: not the speech modules, nor the developers' local tools."""
    return [
        path
        for path in sorted(SKILL.rglob("*.py"))
        if not {"local", "speech"} & set(path.relative_to(SKILL).parts[:-1])
    ]


@dataclass
class Module:
    path: Path
    tree: ast.Module
    parents: dict[ast.AST, ast.AST] = field(default_factory=dict)

    def where(self, node: ast.AST) -> str:
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{getattr(node, 'lineno', '?')}"


def _parse(path: Path) -> Module:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module = Module(path, tree)
    for parent in ast.walk(tree):
        for child in ast.iter_child_nodes(parent):
            module.parents[child] = parent
    return module


_module = cache(_parse)


def _module_named(name: str) -> Module | None:
    path = ROOT.joinpath(*name.split("."))
    for candidate in (path.with_suffix(".py"), path / "__init__.py"):
        if candidate.is_file():
            return _module(candidate)
    return None


class Unresolved(Exception):
    """An expression given to .say() whose keys can't be read from the source."""


class Keys:
    """The phrase keys an expression can hold, read from the source."""

    def __init__(self) -> None:
        self.seen: set[tuple[Path, str]] = set()  # tables and names being resolved: no cycles

    def of(self, module: Module, node: ast.expr) -> set[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return {node.value}
        if isinstance(node, ast.JoinedStr):
            raise Unresolved(f"{module.where(node)}: a key built with an f-string")
        if isinstance(node, ast.IfExp):
            return self.of(module, node.body) | self.of(module, node.orelse)
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            return self.table(module, node.value.id, node)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(node.func.value, ast.Name)
            and len(node.args) == 2
        ):
            return self.table(module, node.func.value.id, node) | self.of(module, node.args[1])
        if isinstance(node, ast.Name):
            return self.name(module, node)
        raise Unresolved(f"{module.where(node)}: a key from {ast.unparse(node)!r}")

    def table(self, module: Module, name: str, at: ast.AST) -> set[str]:
        """The values of a module-level dict literal, defined in `module` or imported into it."""
        for statement in module.tree.body:
            value = _assigned(statement, name)
            if isinstance(value, ast.Dict):
                if (module.path, name) in self.seen:
                    return set()
                self.seen.add((module.path, name))
                return set().union(*(self.of(module, v) for v in value.values))
            if isinstance(statement, ast.ImportFrom) and statement.module:
                for alias in statement.names:
                    if (alias.asname or alias.name) == name:
                        source = _module_named(statement.module)
                        if source is not None:
                            return self.table(source, alias.name, at)
        raise Unresolved(f"{module.where(at)}: {name} is no module-level table of keys")

    def name(self, module: Module, node: ast.Name) -> set[str]:
        """What a variable is given in its function: assignments, a loop over a table's items or
        values, or, for a parameter, the arguments of the calls to the function in its module."""
        function = _enclosing_function(module, node)
        scope: ast.AST = function or module.tree
        if (module.path, f"{id(scope)}.{node.id}") in self.seen:
            return set()
        self.seen.add((module.path, f"{id(scope)}.{node.id}"))
        keys: set[str] = set()
        found = False
        for statement in ast.walk(scope):
            value = _assigned(statement, node.id)
            if value is not None:
                keys |= self.of(module, value)
                found = True
            if isinstance(statement, ast.For | ast.comprehension):
                table = _looped_table(statement, node.id)
                if table is not None:
                    keys |= self.table(module, table, statement)
                    found = True
        if function is not None and node.id in _parameters(function):
            keys |= self.arguments(module, function, node.id)
            found = True
        if not found:
            raise Unresolved(f"{module.where(node)}: nothing gives {node.id} a key")
        return keys

    def arguments(self, module: Module, function: ast.FunctionDef, parameter: str) -> set[str]:
        position = _parameters(function).index(parameter)
        keys: set[str] = set()
        calls = [
            call
            for call in ast.walk(module.tree)
            if isinstance(call, ast.Call)
            and isinstance(call.func, ast.Name)
            and call.func.id == function.name
        ]
        if not calls:
            raise Unresolved(f"{module.where(function)}: {function.name} is called from afar")
        for call in calls:
            given = [kw.value for kw in call.keywords if kw.arg == parameter]
            if position < len(call.args):
                given.append(call.args[position])
            for argument in given:
                keys |= self.of(module, argument)
        return keys


def _assigned(statement: ast.AST, name: str) -> ast.expr | None:
    if isinstance(statement, ast.Assign) and any(
        isinstance(target, ast.Name) and target.id == name for target in statement.targets
    ):
        return statement.value
    if (
        isinstance(statement, ast.AnnAssign)
        and isinstance(statement.target, ast.Name)
        and statement.target.id == name
    ):
        return statement.value
    return None


def _looped_table(loop: ast.For | ast.comprehension, name: str) -> str | None:
    """`for key in TABLE.values()`, `for _, key in TABLE.items()`: TABLE."""
    iterated = loop.iter
    if not (
        isinstance(iterated, ast.Call)
        and isinstance(iterated.func, ast.Attribute)
        and isinstance(iterated.func.value, ast.Name)
    ):
        return None
    target, method = loop.target, iterated.func.attr
    if method == "values" and isinstance(target, ast.Name) and target.id == name:
        return iterated.func.value.id
    if (
        method == "items"
        and isinstance(target, ast.Tuple)
        and len(target.elts) == 2
        and isinstance(target.elts[1], ast.Name)
        and target.elts[1].id == name
    ):
        return iterated.func.value.id
    return None


def _enclosing_function(module: Module, node: ast.AST) -> ast.FunctionDef | None:
    while node in module.parents:
        node = module.parents[node]
        if isinstance(node, ast.FunctionDef):
            return node
    return None


def _parameters(function: ast.FunctionDef) -> list[str]:
    arguments = function.args
    return [a.arg for a in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]]


def _say_calls(module: Module) -> list[ast.Call]:
    return [
        node
        for node in ast.walk(module.tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "say"
    ]


def asked_keys() -> tuple[dict[str, str], list[str]]:
    """Every key the code can ask for (with where it is asked), and what could not be read."""
    asked: dict[str, str] = {}
    unresolved: list[str] = []
    for path in _sources():
        module = _module(path)
        for call in _say_calls(module):
            if not call.args:
                unresolved.append(f"{module.where(call)}: .say() without a key")
                continue
            try:
                keys = Keys().of(module, call.args[0])
            except Unresolved as error:
                unresolved.append(str(error))
                continue
            for key in keys:
                asked.setdefault(key, module.where(call))
    return asked, unresolved


def test_every_key_given_to_say_is_read_from_the_source() -> None:
    _, unresolved = asked_keys()
    assert unresolved == []


def test_no_key_is_built_with_an_f_string() -> None:
    built = [
        _module(path).where(call)
        for path in sorted(SKILL.rglob("*.py"))
        for call in _say_calls(_module(path))
        if any(isinstance(arg, ast.JoinedStr) for arg in call.args[:1])
    ]
    assert built == []


def test_every_phrase_the_code_asks_for_is_in_english() -> None:
    asked, _ = asked_keys()
    # The tables (STEP_KEYS, ERRORS, ...) are read as well as the literals.
    assert {"step_moisturise", "timer_error_throttled", "reminder_text_mask"} <= set(asked)
    assert len(asked) > 200
    assert {key: where for key, where in asked.items() if key not in en.PHRASES} == {}


def test_the_reader_follows_tables_variables_and_parameters(tmp_path: Path) -> None:
    source = tmp_path / "flows.py"
    source.write_text(
        "KEYS = {1: 'from_table'}\n"
        "def speak(say, key):\n"
        "    return say.say(key)\n"
        "def f(say, kind, flag):\n"
        "    key = 'from_if' if flag else 'from_else'\n"
        "    for _, part in KEYS.items():\n"
        "        say.say(part)\n"
        "    speak(say, 'from_argument')\n"
        "    say.say(KEYS.get(kind, 'from_default'))\n"
        "    return say.say(key)\n"
        "def g(say, kind):\n"
        "    return say.say(f'built_{kind}')\n",
        encoding="utf-8",
    )
    module = _parse(source)
    found: set[str] = set()
    failures = []
    for call in _say_calls(module):
        try:
            found |= Keys().of(module, call.args[0])
        except Unresolved as error:
            failures.append(str(error))
    assert found == {
        "from_table",
        "from_if",
        "from_else",
        "from_argument",
        "from_default",
    }
    assert len(failures) == 1 and "f-string" in failures[0]
