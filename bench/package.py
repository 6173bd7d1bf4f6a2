"""Each stack's Lambda package, built as `sam build` builds ours, and its size.

Pore Coach's comes from the Makefile target `sam build` runs (build-PoreCoachFunction). The
sample's and the floor's are their distributions' closures, at the versions the dev lock pins,
installed by the same pip options for the function (CPython 3.13, arm64) and compiled the same
way. Sizes are given whole and without the boto3 stack (boto3, botocore, s3transfer, jmespath),
which the Lambda runtime already holds, so the figure is what a skill adds.

The sizes are reproducible: the same lock and code give the same files, and the zip is written
with fixed entry times and compression. What moves them is the bytecode: the Makefile compiles it
with python3.13 (LAMBDA_PYTHON) and, without that interpreter, ships none, which takes about
3 MiB off each zipped package; each size says whether its package held bytecode.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from importlib.metadata import distribution
from pathlib import Path
from typing import BinaryIO

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
BOTO3_STACK = {"boto3", "botocore", "s3transfer", "jmespath"}
# What each stack's handler module needs installed; Pore Coach's is its own Makefile target.
ROOTS = {
    "sample": ("ask-sdk-core", "ask-sdk-dynamodb-persistence-adapter"),
    "floor": ("ask-sdk-core",),
}
LAMBDA_MARKERS = default_environment() | {
    "python_version": "3.13", "python_full_version": "3.13.0", "platform_machine": "aarch64",
    "sys_platform": "linux", "platform_system": "Linux", "implementation_name": "cpython",
    "extra": "",
}  # fmt: skip
PIP_FOR_LAMBDA = [
    "--only-binary=:all:", "--implementation", "cp", "--python-version", "3.13",
    "--platform", "manylinux2014_aarch64", "--platform", "manylinux_2_28_aarch64",
    "--platform", "manylinux_2_34_aarch64",
]  # fmt: skip
MIB = 1024 * 1024
# What `make compile-artifact` compiles the bytecode with (the Makefile's default).
DEFAULT_LAMBDA_PYTHON = "python3.13"
# Every entry's time in the zip: a file's mtime says when it was built, not what it holds.
ZIP_ENTRY_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_COMPRESSION_LEVEL = 6  # zlib's default, said outright


@dataclass
class PackageSize:
    zipped_mib: float
    unzipped_mib: float
    zipped_without_boto3_mib: float
    unzipped_without_boto3_mib: float
    bytecode: bool  # compiled .pyc files are in the package (see compile-artifact)


def package_sizes(stacks: list[str], environment: dict[str, str]) -> dict[str, PackageSize]:
    with tempfile.TemporaryDirectory(prefix="bench-package-") as workdir:
        sizes = {}
        for stack in stacks:
            folder = Path(workdir) / stack
            folder.mkdir()
            build(stack, folder, environment)
            sizes[stack] = measure(folder)
        return sizes


def build(stack: str, folder: Path, environment: dict[str, str]) -> None:
    # As `sam build` would run it: not inside this make, whose flags would leak into it.
    skipped = ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")
    env = {k: v for k, v in environment.items() if k not in skipped}
    if stack == "pore_coach":
        command = ["make", "--no-print-directory", "build-PoreCoachFunction"]
        _run(command, env | {"ARTIFACTS_DIR": str(folder)})
        return
    pins = [f"{name}=={distribution(name).version}" for name in sorted(closure(ROOTS[stack]))]
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-compile", "--no-deps"]
    _run([*pip, "--target", str(folder), *PIP_FOR_LAMBDA, *pins], env)
    _run(["make", "--no-print-directory", f"ARTIFACTS_DIR={folder}", "compile-artifact"], env)


def closure(roots: tuple[str, ...]) -> set[str]:
    """The distributions a package needs on the function, as installed here (the dev lock)."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        name = canonicalize_name(pending.pop())
        if name in found:
            continue
        found.add(name)
        for text in distribution(name).requires or []:
            requirement = Requirement(text)
            if not requirement.marker or requirement.marker.evaluate(LAMBDA_MARKERS):
                pending.append(requirement.name)
    return found


def measure(folder: Path) -> PackageSize:
    files = [path for path in sorted(folder.rglob("*")) if path.is_file()]
    lean = [path for path in files if not in_boto3_stack(path.relative_to(folder))]
    return PackageSize(
        zipped_mib=zipped_bytes(folder, files) / MIB,
        unzipped_mib=sum(path.stat().st_size for path in files) / MIB,
        zipped_without_boto3_mib=zipped_bytes(folder, lean) / MIB,
        unzipped_without_boto3_mib=sum(path.stat().st_size for path in lean) / MIB,
        bytecode=any(path.suffix == ".pyc" for path in files),
    )


def without_bytecode_note(sizes: dict[str, PackageSize], environment: dict[str, str]) -> str:
    """What to say when a package was built without bytecode: its sizes aren't the README's."""
    missing = [stack for stack, size in sizes.items() if not size.bytecode]
    if not missing:
        return ""
    interpreter = environment.get("LAMBDA_PYTHON", DEFAULT_LAMBDA_PYTHON)
    return (
        f"Packages without bytecode ({', '.join(missing)}): {interpreter} doesn't run here, so "
        "`make compile-artifact` compiled nothing and each zipped package is about 3 MiB smaller "
        "than with it. Set LAMBDA_PYTHON to a Python 3.13 for the figures the README gives."
    )


def in_boto3_stack(relative: Path) -> bool:
    top = relative.parts[0]
    return top in BOTO3_STACK or top.split("-")[0] in BOTO3_STACK and top.endswith(".dist-info")


def zipped_bytes(folder: Path, files: list[Path]) -> int:
    """Deflated as `sam build`/`sam deploy` zip a function."""
    with tempfile.TemporaryFile() as archive:
        write_zip(folder, files, archive)
        return archive.tell()


def write_zip(folder: Path, files: list[Path], archive: BinaryIO) -> None:
    """The same files always make the same bytes: fixed entry times and compression level."""
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in files:
            entry = zipfile.ZipInfo(str(path.relative_to(folder)), ZIP_ENTRY_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = (path.stat().st_mode & 0o777 | 0o100000) << 16
            zipped.writestr(entry, path.read_bytes(), compresslevel=ZIP_COMPRESSION_LEVEL)


def _run(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}... failed:\n{done.stdout}{done.stderr}")
