"""`make bench`'s package sizes: the same files give the same figures, and a package built
without bytecode (no python3.13 to compile it) says so instead of passing for the README's."""

from __future__ import annotations

import io
import os
from pathlib import Path

from bench.package import measure, without_bytecode_note, write_zip


def package(folder: Path, with_bytecode: bool) -> Path:
    (folder / "skill").mkdir(parents=True)
    (folder / "skill/app.py").write_text("def lambda_handler(event, context):\n    return {}\n")
    if with_bytecode:
        (folder / "skill/__pycache__").mkdir()
        (folder / "skill/__pycache__/app.cpython-313.pyc").write_bytes(b"\xf3\r\r\n" + b"0" * 64)
    return folder


def test_a_package_without_bytecode_is_said_to_be_one(tmp_path: Path) -> None:
    # Given one package built with bytecode and one without (python3.13 missing)
    compiled = measure(package(tmp_path / "compiled", with_bytecode=True))
    bare = measure(package(tmp_path / "bare", with_bytecode=False))
    # Then each size says which it is
    assert compiled.bytecode and not bare.bytecode
    # And the bench's note names the package, the interpreter and the way to the README's figures
    note = without_bytecode_note({"sample": compiled, "pore_coach": bare}, {})
    assert "(pore_coach)" in note and "python3.13" in note and "LAMBDA_PYTHON" in note
    assert without_bytecode_note({"sample": compiled}, {}) == ""


def test_the_zip_is_the_same_whatever_the_files_times(tmp_path: Path) -> None:
    # Given a package zipped once
    folder = package(tmp_path / "package", with_bytecode=True)
    files = sorted(path for path in folder.rglob("*") if path.is_file())
    first = io.BytesIO()
    write_zip(folder, files, first)
    # When its files are rebuilt later (new modification times) and zipped again
    for path in files:
        os.utime(path, (1_900_000_000, 1_900_000_000))
    second = io.BytesIO()
    write_zip(folder, files, second)
    # Then the archive is byte for byte the same
    assert first.getvalue() == second.getvalue()
