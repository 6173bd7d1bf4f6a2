"""The Lambda package, built as `sam build` builds it: the runtime lock and `skill`, nothing else.

`sam build` runs `make --makefile Makefile build-PoreCoachFunction` in the repo with ARTIFACTS_DIR
set (template.yaml Metadata, samconfig.toml build_in_source); so does this module, once, into a
temporary folder. The wheels come from the package index (pip's cache after the first run).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from collections.abc import Iterator
from importlib.metadata import Distribution, distributions
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.locks import DEV_LOCK, REPO, RUNTIME_LOCK, read_lock, version_of

# What the tests and tools need and the function must not carry; boto3 too: the skill uses
# botocore alone, and the runtime's own boto3 is not ours to pin.
DEV_ONLY = {"trustme", "moto", "pytest", "_pytest", "hypothesis", "boto3", "s3transfer"}
LAMBDA_PYTHON = os.environ.get("LAMBDA_PYTHON", "python3.13")
# Read at collection, before any fixture runs: the suite's fixtures later point
# REQUESTS_CA_BUNDLE at the loopback stand-in's CA, which pip would then trust instead of the
# index's.
CALLERS_ENVIRONMENT = dict(os.environ)
# The function's interpreter (template.yaml: python3.13, arm64), for environment markers.
LAMBDA_ENVIRONMENT = default_environment() | {
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "python_version": "3.13",
    "python_full_version": "3.13.0",
    "sys_platform": "linux",
    "platform_system": "Linux",
    "platform_machine": "aarch64",
    "os_name": "posix",
}


@pytest.fixture(scope="module")
def artifact(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("PoreCoachFunction")
    # sam build passes on the caller's environment: the one pytest started in, without the make
    # that may be running pytest.
    env = {
        k: v
        for k, v in CALLERS_ENVIRONMENT.items()
        if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    }
    built = subprocess.run(
        ["make", "--makefile", str(REPO / "Makefile"), "build-PoreCoachFunction"],
        cwd=REPO,
        env=env | {"ARTIFACTS_DIR": str(folder)},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return folder


@pytest.fixture(scope="module")
def shipped(artifact: Path) -> dict[str, Distribution]:
    return {canonicalize_name(d.metadata["Name"]): d for d in distributions(path=[str(artifact)])}


def imported_roots(source: Path) -> Iterator[tuple[str, str]]:
    """(top-level name, full module name) of every import in a file."""
    for node in ast.walk(ast.parse(source.read_bytes())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module]
        else:
            continue
        yield from ((name.split(".")[0], name) for name in names)


def test_the_package_holds_the_skill_without_its_local_stand_ins(artifact: Path) -> None:
    # Given the package sam build makes
    skill = artifact / "skill"
    # Then the handler, the catalogue and the screen documents are there, and the chat and the
    # loopback stand-in not
    assert (skill / "app.py").is_file()
    assert (skill / "products" / "catalogue.json").is_file()
    assert {p.name for p in (skill / "handlers" / "documents").glob("*.json")} == {
        "panel.json",
        "walk.json",
    }
    botocore_data = skill / "state" / "botocore_data"
    assert (botocore_data / "endpoints.json").is_file()
    assert (botocore_data / "dynamodb" / "2012-08-10" / "service-2.json").is_file()
    assert not (skill / "local").exists()
    # And nothing else of the repo: no tests, events, models, venv or console scripts
    assert not {"tests", "events", "interaction_models", "bench", ".venv", "bin"} & {
        path.name for path in artifact.iterdir()
    }


def test_no_test_only_library_ships_or_is_imported(artifact: Path) -> None:
    # Given every top-level module in the package
    top_level = {path.name.removesuffix(".py") for path in artifact.iterdir()}
    # Then no test-only library is among them
    assert top_level & DEV_ONLY == set()
    # And no shipped module of ours imports one, or the local stand-ins
    imports = {
        f"{source.relative_to(artifact)}: {module}"
        for source in (artifact / "skill").rglob("*.py")
        for root, module in imported_roots(source)
        if root in DEV_ONLY or module.startswith("skill.local")
    }
    assert imports == set()


def test_the_package_holds_exactly_the_runtime_lock(shipped: dict[str, Distribution]) -> None:
    # Given the runtime lock, its markers read for the function's interpreter
    locked = {
        name: version_of(pin)
        for name, pins in read_lock(RUNTIME_LOCK).items()
        for pin in pins
        if pin.marker is None or pin.marker.evaluate(LAMBDA_ENVIRONMENT)
    }
    # When the distributions in the package are listed
    versions = {name: d.version for name, d in shipped.items() if name != "pore-coach"}
    # Then they are the locked ones, each at its locked version
    assert versions == locked
    assert "pore-coach" in shipped


def test_every_shipped_requirement_is_met_inside_the_package(
    shipped: dict[str, Distribution],
) -> None:
    # Given each distribution's own requirements, as the function's interpreter reads them
    requirements = [
        (name, Requirement(text))
        for name, distribution in shipped.items()
        for text in distribution.requires or []
    ]
    needed = [
        (name, requirement)
        for name, requirement in requirements
        if not requirement.marker or requirement.marker.evaluate(LAMBDA_ENVIRONMENT | {"extra": ""})
    ]
    # Then each is in the package at an admitted version: nothing is left to the runtime's own
    unmet = [
        f"{name} needs {requirement}"
        for name, requirement in needed
        if not met(requirement, shipped)
    ]
    assert unmet == []


def met(requirement: Requirement, shipped: dict[str, Distribution]) -> bool:
    found = shipped.get(canonicalize_name(requirement.name))
    return found is not None and requirement.specifier.contains(found.version, prereleases=True)


def test_compiled_wheels_are_for_the_functions_arm64_python(
    shipped: dict[str, Distribution],
) -> None:
    # Given the tags of the wheel each distribution was installed from
    tags = {
        (name, line.removeprefix("Tag: "))
        for name, distribution in shipped.items()
        for line in (distribution.read_text("WHEEL") or "").splitlines()
        if line.startswith("Tag: ")
    }
    # Then each is pure Python, or built for CPython 3.13 (or its stable ABI) on aarch64 Linux
    assert {name for name, _ in tags} == set(shipped)
    assert {(name, tag) for name, tag in tags if not runs_on_the_function(tag)} == set()


def runs_on_the_function(tag: str) -> bool:
    interpreter, abi, platform = tag.split("-")
    if platform == "any":
        return abi == "none"
    on_arm64_linux = "linux" in platform and platform.endswith("aarch64")
    return on_arm64_linux and (interpreter == "cp313" or abi == "abi3")


def lambda_python_runs() -> bool:
    try:
        return subprocess.run([LAMBDA_PYTHON, "-c", ""], capture_output=True).returncode == 0
    except OSError:
        return False


@pytest.mark.skipif(not lambda_python_runs(), reason=f"{LAMBDA_PYTHON} is not on this machine")
def test_our_modules_ship_with_bytecode_the_runtime_uses_as_is(artifact: Path) -> None:
    # Given each module of ours in the package
    for source in (artifact / "skill").rglob("*.py"):
        # Then its Python 3.13 bytecode is beside it
        compiled = source.parent / "__pycache__" / f"{source.stem}.cpython-313.pyc"
        assert compiled.is_file(), compiled
        # And it is checked by no timestamp or hash (PEP 552 flags 0b01: unchecked hash)
        assert int.from_bytes(compiled.read_bytes()[4:8], "little") == 0b01, compiled


@pytest.fixture(scope="module")
def powertools_layer(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """What the official Powertools layer puts on the function's path (/opt/python): Powertools
    at the version the tests run, with the one dependency the package doesn't hold."""
    folder = tmp_path_factory.mktemp("layer") / "python"
    pins = read_lock(DEV_LOCK)
    wanted = [
        f"{name}=={version_of(pin)}"
        for name in ("aws-lambda-powertools", "typing-extensions")
        for pin in pins[name]
    ]
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(folder),
         "--only-binary=:all:", "--python-version", "3.13", "--implementation", "cp",
         "--platform", "manylinux2014_aarch64", *wanted],
        env=CALLERS_ENVIRONMENT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    return folder


def test_powertools_is_left_to_its_layer(shipped: dict[str, Distribution]) -> None:
    assert "aws-lambda-powertools" not in shipped


# Run by the function's Python with only the package and the Powertools layer on its path (-I:
# no site-packages, no PYTHON* variables, not the repo) and no system zone database, so tzdata
# must answer.
IMPORT_PROBE = """
import sys, zoneinfo
package, layer, *dev_only = sys.argv[1:]
sys.path[:0] = [package, layer]
zoneinfo.reset_tzpath(to=[])
from skill.app import lambda_handler
print(zoneinfo.ZoneInfo("America/Los_Angeles"))
print(sorted({name.split(".")[0] for name in sys.modules} & set(dev_only)))
"""


@pytest.mark.skipif(not lambda_python_runs(), reason=f"{LAMBDA_PYTHON} is not on this machine")
def test_the_handler_imports_from_the_package_and_the_layer_alone(
    artifact: Path, powertools_layer: Path
) -> None:
    # Given Python 3.13 with nothing but the package and the Powertools layer
    # When it imports the handler and reads a time zone
    run = subprocess.run(
        [
            LAMBDA_PYTHON,
            "-I",
            "-c",
            IMPORT_PROBE,
            str(artifact),
            str(powertools_layer),
            *sorted(DEV_ONLY),
        ],  # fmt: skip
        cwd=artifact,
        capture_output=True,
        text=True,
    )
    # Then both work, and no test-only library was loaded on the way
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["America/Los_Angeles", "[]"]
