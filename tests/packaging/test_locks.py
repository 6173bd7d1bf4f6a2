"""The lock files agree with pyproject.toml, so what the tests run is what the Lambda ships.

`make lock` writes requirements.lock (the runtime dependencies: the Lambda package) and
requirements-dev.lock (the dev extra on top, constrained by the runtime lock). The venv installs
the second, `sam build` the first; both refuse a wheel whose hash the lock does not list.
"""

from __future__ import annotations

import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.locks import DEV_LOCK, REPO, RUNTIME_LOCK, Pins, read_lock, version_of

STALE = "pyproject.toml and the locks disagree: run `make lock`"


def declared(*groups: str) -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    requirements = list(project["dependencies"]) if "runtime" in groups else []
    for group in groups:
        requirements += project["optional-dependencies"].get(group, [])
    return [Requirement(text) for text in requirements]


@pytest.fixture(scope="module")
def runtime_lock() -> Pins:
    return read_lock(RUNTIME_LOCK)


@pytest.fixture(scope="module")
def dev_lock() -> Pins:
    return read_lock(DEV_LOCK)


def unmet(requirements: list[Requirement], lock: Pins) -> list[str]:
    """The requirements the lock leaves out, or pins at a version their specifier refuses."""
    problems = []
    for requirement in requirements:
        pins = lock.get(canonicalize_name(requirement.name), [])
        if not pins:
            problems.append(f"{requirement.name} is not locked")
        for pin in pins:
            if not requirement.specifier.contains(version_of(pin), prereleases=True):
                problems.append(f"{requirement} but locked {pin}")
    return problems


def test_every_runtime_dependency_is_locked_for_the_lambda_and_the_venv(
    runtime_lock: Pins, dev_lock: Pins
) -> None:
    # Given the runtime dependencies pyproject.toml declares
    runtime = declared("runtime")
    # When each is looked up in the runtime lock and in the dev lock
    # Then each is pinned in both, at a version its specifier admits
    assert unmet(runtime, runtime_lock) == [], STALE
    assert unmet(runtime, dev_lock) == [], STALE


def test_every_dev_dependency_is_locked_for_the_venv(dev_lock: Pins) -> None:
    # Given the dev extra pyproject.toml declares, and what the Lambda layer brings
    dev = declared("dev", "layer")
    # When each is looked up in the dev lock
    # Then each is pinned at a version its specifier admits
    assert unmet(dev, dev_lock) == [], STALE


def test_the_venv_runs_the_lambdas_versions(runtime_lock: Pins, dev_lock: Pins) -> None:
    # Given every package the Lambda package will hold
    # When the dev lock is read for the same packages
    shared = {name: [str(pin) for pin in dev_lock.get(name, [])] for name in runtime_lock}
    # Then the tests run each at the very version the Lambda ships
    assert shared == {name: [str(pin) for pin in pins] for name, pins in runtime_lock.items()}


def test_the_lambda_holds_only_runtime_dependencies(runtime_lock: Pins) -> None:
    # Given the packages only the tests and tools need, and the one the layer brings
    dev_only = {canonicalize_name(r.name) for r in declared("dev", "layer")}
    # When the runtime lock is read
    # Then none of them is in it (boto3 neither: the skill needs botocore alone)
    assert dev_only & set(runtime_lock) == set()
    assert "boto3" not in runtime_lock


def test_every_pin_is_exact(runtime_lock: Pins, dev_lock: Pins) -> None:
    # Given both locks (reading them has already refused an entry without a hash)
    # When every pin is read
    pins = [pin for lock in (runtime_lock, dev_lock) for name in lock for pin in lock[name]]
    # Then each names one exact version
    assert pins
    assert all(version_of(pin) for pin in pins)
