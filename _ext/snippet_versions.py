"""What each CPython of python-versions.txt is expected to print: the rules that conftest.py (which runs the
snippets), _ext/versions.py (which shows the other versions' outputs) and the tests share. No Sphinx here.

The reference version's output is ``name.out``. Where an older version prints something else (by the
script's declared comparison), its output is recorded beside it as ``name.py3.12.out``. A version without a
file of its own inherits what the next newer version is expected to print: a behaviour that changed in 3.13
is recorded once, as ``name.py3.12.out``, and 3.11 and 3.10 inherit it.
"""

from __future__ import annotations

import re
from pathlib import Path

VERSIONS_FILE = "python-versions.txt"  # the CPython versions every snippet runs on, newest first
# name.py3.12.out: what CPython 3.12 prints, where it differs from what 3.12 would inherit
VERSION_OUTPUT = re.compile(r"^(?P<stem>.+)\.py(?P<version>\d+\.\d+)\.out$")
# a line of a traceback that only marks where the error is (PEP 657, 3.11+): ^^^^ and ~~~~
CARET_LINE = re.compile(r"[ \t]*[\^~]+[ \t]*")
ADDRESS = re.compile(r"\b0x[0-9a-fA-F]+\b")


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def minor(version: str) -> str:
    """3.12.1 -> 3.12"""
    return ".".join(version.split(".")[:2])


def read_versions(path: Path) -> list[str]:
    """The full versions listed in python-versions.txt, newest first."""
    lines = (line.split("#")[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return sorted((line for line in lines if line), key=version_key, reverse=True)


def script_of(output: Path) -> Path:
    """name.out and name.py3.12.out belong to name.py."""
    match = VERSION_OUTPUT.match(output.name)
    return output.with_name(match["stem"] + ".py") if match else output.with_suffix(".py")


def version_output(script: Path, version: str) -> Path:
    """The file of what `version` (X.Y) prints where it differs: name.py3.12.out."""
    return script.with_name(f"{script.stem}.py{version}.out")


def expected_output(script: Path, version: str, versions: list[str]) -> Path:
    """The file a run on `version` (X.Y) is compared with: its own name.pyX.Y.out; without one, the next newer
    version's; and so on up to the reference's name.out. `versions`: X.Y newest first, the reference first."""
    older = sorted((v for v in versions[1:] if version_key(v) >= version_key(version)), key=version_key)
    found = (version_output(script, v) for v in older if version_output(script, v).exists())
    return next(found, script.with_suffix(".out"))


def inherited_output(script: Path, version: str, versions: list[str]) -> Path:
    """What `version` would be compared with if it had no file of its own: the next newer version's."""
    newer = [v for v in versions if version_key(v) > version_key(version)]
    return expected_output(script, min(newer, key=version_key), versions)


def expected_outputs(script: Path, versions: list[str], requires: str = "") -> dict[str, Path]:
    """Each version (X.Y, newest first) that can run the script -> the file it is expected to print."""
    runs = [v for v in versions if not requires or version_key(v) >= version_key(requires)]
    return {v: expected_output(script, v, versions) for v in runs}


def difference(reference: str, other: str) -> set[str]:
    """How another version's output differs from the reference's: {"carets"} when only a traceback's caret
    lines (^^^^, ~~~~) differ, {"addresses"} when only memory addresses do, both, or {"output"}."""
    if reference == other:
        return set()
    for kinds in ({"carets"}, {"addresses"}, {"carets", "addresses"}):
        if _without(reference, kinds) == _without(other, kinds):
            return kinds
    return {"output"}


ONE_LINE = ({"carets"}, {"addresses"}, {"carets", "addresses"})  # differences said in a line, not shown


def said_in_one_line(version_file: Path) -> bool:
    """Whether a page says how this version's output differs in one line, instead of showing it."""
    reference = script_of(version_file).with_suffix(".out").read_text(encoding="utf-8")
    return difference(reference, version_file.read_text(encoding="utf-8")) in ONE_LINE


def _without(text: str, kinds: set[str]) -> str:
    if "carets" in kinds:
        text = "\n".join(line for line in text.split("\n") if not CARET_LINE.fullmatch(line))
    if "addresses" in kinds:
        text = ADDRESS.sub("0x…", text)
    return text
