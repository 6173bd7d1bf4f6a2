"""Reading the lock files that `make lock` writes (uv's requirements format, with hashes)."""

from __future__ import annotations

from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
RUNTIME_LOCK = REPO / "requirements.lock"
DEV_LOCK = REPO / "requirements-dev.lock"

Pins = dict[str, list[Requirement]]


def read_lock(path: Path) -> Pins:
    """Each locked package's pins (more than one only where a marker splits Python versions)."""
    pins: Pins = {}
    for entry in locked_entries(path):
        assert "--hash=sha256:" in entry, f"{path.name}: no hash for {entry.split()[0]}"
        requirement = Requirement(entry.split(" \\", 1)[0])
        pins.setdefault(canonicalize_name(requirement.name), []).append(requirement)
    return pins


def locked_entries(path: Path) -> list[str]:
    """One string per requirement: its line and the `--hash` lines continuing it."""
    entries: list[str] = []
    for line in path.read_text().splitlines():
        if line.strip().startswith("#") or not line.strip():
            continue
        if line.startswith(" "):
            entries[-1] += "\n" + line
        else:
            entries.append(line)
    return entries


def version_of(pin: Requirement) -> str:
    (specifier,) = pin.specifier
    assert specifier.operator == "==", f"{pin} is not an exact pin"
    return specifier.version
