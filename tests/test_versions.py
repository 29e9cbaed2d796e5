"""Every supported CPython, verified: the per-version outputs, and the prose that states what a version prints.

1. The pipeline (pytester, as tests/test_pipeline.py): `--snippet-python=X.Y` runs a snippet on another
   interpreter and compares it with that version's expected output (name.pyX.Y.out, or what it inherits);
   a drift fails with a diff naming the version; `# snippet: requires=` skips older versions.
2. The chapters: a table or a paragraph that states what a version prints carries a MyST comment line
   just above it, naming the snippets it is checked against:

       % versions-checked: slots_memory.py

   A table whose header row (or first column) names versions: each cell is checked against the expected
   output of every version its column (or row) names ("3.10", "3.11、3.12", "3.11～3.13", "3.12 及以前",
   "3.11 起"; versions that are not run here, like 3.14, are not checked). A number in a cell must stand on an
   output line that holds the cell's label (the row's first cell, or the column's header, without backticks;
   `label => key` after the snippet names gives another key); a `code` span must appear in the output,
   where 'x' or '...' in quotes stands for any name.
   A paragraph lists its claims after the snippet names, each `VERSIONS: key => value`: the value must
   appear in the paragraph, and on an output line that holds the key, for each version named
   (`VERSIONS: key !=> value`: on no such line; the key may be empty).
"""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from snippet_contract import read_options  # _ext/, on sys.path through conftest.py
from snippet_versions import expected_outputs, minor, read_versions, version_key

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
MARKER = re.compile(r"^% versions-checked: (?P<spec>.+)$", re.MULTILINE)
VERSION = r"3\.\d+"
FULL_VERSIONS = read_versions(ROOT / "python-versions.txt")
VERSIONS = [minor(v) for v in FULL_VERSIONS]  # newest first


# -- 2. the chapters -------------------------------------------------------------------------------


def versions_named(text: str, known: list[str] = VERSIONS) -> set[str]:
    """The versions of `known` that a table cell or claim names: 3.10 / 3.11、3.12 / 3.11～3.13 / 3.10 到 3.12 /
    3.12 及以前 / 3.11 起 (or 及以上, 及以后, +). Empty when it names none that are run here."""
    text = text.replace("`", "").strip()
    keys = {v: version_key(v) for v in known}
    if m := re.fullmatch(rf"(?:Python )?({VERSION})\s*(?:～|~|–|-|到)\s*({VERSION})", text):
        low, high = version_key(m[1]), version_key(m[2])
        return {v for v, k in keys.items() if low <= k <= high}
    if m := re.fullmatch(rf"(?:Python )?({VERSION})\s*(?:及以前|及更早)", text):
        return {v for v, k in keys.items() if k <= version_key(m[1])}
    if m := re.fullmatch(rf"(?:Python )?({VERSION})\s*(?:起|及以上|及以后|\+)", text):
        return {v for v, k in keys.items() if k >= version_key(m[1])}
    if re.fullmatch(rf"(?:Python )?{VERSION}(?:[.\d]*)(?:\s*[、,，]\s*{VERSION})*", text):
        return {v for v in re.findall(VERSION, text) if v in keys and not re.search(rf"{re.escape(v)}\.\d", text)}
    return set()


def names_a_version(text: str) -> bool:
    return bool(re.fullmatch(rf"\s*(?:Python )?{VERSION}.*", text.replace("`", ""))) and len(text) < 40


def expected_text(snippet: Path, version: str) -> str | None:
    """What `version` is expected to print (recorded), or None if the script requires a newer one."""
    requires = read_options(snippet.read_text(encoding="utf-8"), snippet.name).requires
    file = expected_outputs(snippet, VERSIONS, requires).get(version)
    return file.read_text(encoding="utf-8") if file else None


def code_pattern(code: str) -> re.Pattern:
    """A `code` span of a cell as a pattern: 'x' or '...' in quotes stands for any name."""
    parts = re.split(r"('(?:x|y|\.\.\.|…)')", code)
    return re.compile("".join("'[^'\n]+'" if i % 2 else re.escape(part) for i, part in enumerate(parts)))


def number_on_a_line(output: str, key: str, number: str) -> bool:
    token = re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d.])")
    return any(key in line and token.search(line.replace(key, " ", 1)) for line in output.splitlines())


def value_in_output(output: str, key: str, value: str) -> bool:
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return number_on_a_line(output, key, value)
    return any(key in line and code_pattern(value).search(line) for line in output.splitlines())


def marked_blocks(text: str) -> list[tuple[int, str, list[str]]]:
    """(line number, marker spec, the lines of the block below it) for each marker of a chapter."""
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines):
        if m := MARKER.match(line):
            block, i = [], number + 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            found.append((number + 1, m["spec"], block))
    return found


def parse_spec(spec: str, page: str) -> tuple[list[Path], list[str]]:
    """`a.py b.py; label => key; 3.13: key => value`: the snippets, and the rest."""
    names, *rest = [part.strip() for part in spec.split(";")]
    snippets = [ROOT / "snippets" / (name if "/" in name else f"{page}/{name}") for name in names.split()]
    return snippets, [part for part in rest if part]


def cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def check_block(page: str, spec: str, block: list[str]) -> list[str]:
    """What is wrong with one marked table or paragraph (empty: every claim holds)."""
    snippets, rest = parse_spec(spec, page)
    missing = [str(s.relative_to(ROOT)) for s in snippets if not s.is_file()]
    if missing:
        return [f"names a snippet that does not exist: {', '.join(missing)}"]
    outputs = {v: [t for s in snippets if (t := expected_text(s, v)) is not None] for v in VERSIONS}
    problems: list[str] = []
    checked = 0

    def check(versions: set[str], key: str, value: str, where: str, absent: bool = False) -> None:
        nonlocal checked
        for version in sorted(versions, key=version_key):
            checked += 1
            if any(value_in_output(text, key, value) for text in outputs[version]) == absent:
                full = FULL_VERSIONS[VERSIONS.index(version)]
                problems.append(
                    f"{where}: {value!r}{f' on a line with {key!r}' if key else ''} is {'' if absent else 'not '}"
                    f"what CPython {full} prints (recorded outputs of {', '.join(s.name for s in snippets)})"
                )

    claim = re.compile(r"(?P<versions>[^:=]+):\s*(?P<key>.*?)\s*(?P<no>!?)=>\s*(?P<value>.+)")
    claims = [m for item in rest if (m := claim.fullmatch(item)) and versions_named(m["versions"])]
    keys = dict(
        tuple(part.strip() for part in item.split("=>", 1))
        for item in rest
        if "=>" in item and not claim.fullmatch(item)
    )
    unread = [item for item in rest if "=>" not in item]
    problems += [f"cannot read {item!r}: write `VERSIONS: key => value` or `label => key`" for item in unread]
    for m in claims:
        if m["value"] not in "\n".join(block).replace("`", ""):
            problems.append(f"the claim {m[0]!r} is not what the text says: {m['value']!r} is not in it")
        check(versions_named(m["versions"]), m["key"], m["value"], f"claim {m[0]!r}", absent=bool(m["no"]))
    if block and block[0].startswith("|"):
        header, rows = cells(block[0]), [cells(r) for r in block[2:]]
        by_column = any(names_a_version(h) for h in header[1:])
        for row in rows:
            for column, cell in enumerate(row[1:], start=1):
                if by_column:
                    versions, label = versions_named(header[column]), row[0]
                else:
                    versions, label = versions_named(row[0]), header[column]
                label = label.replace("`", "")
                key = keys.get(label, label)
                where = f"row {row[0]!r}, column {header[column]!r}"
                codes = re.findall(r"`([^`]+)`", cell)
                for code in codes:
                    check(versions, "", code, where)
                if not codes:
                    for number in re.findall(r"(?<![\d.])\d+(?![\d.])", cell):
                        check(versions, key, number, where)
    if not checked and not problems:
        problems.append("checks nothing: no cell or claim names a version that is run here")
    return problems


def markers():
    for page in sorted(DOCS.glob("*.md")):
        for line, spec, block in marked_blocks(page.read_text(encoding="utf-8")):
            yield pytest.param(page.stem, spec, block, id=f"{page.name}:{line}")


@pytest.mark.parametrize(("page", "spec", "block"), list(markers()))
def test_version_facts_in_the_prose_match_the_recorded_outputs(page, spec, block):
    problems = check_block(page, spec, block)
    assert not problems, f"docs/{page}.md, the block under `% versions-checked: {spec}`:\n" + "\n".join(problems)


REQUIRED = {"02-yield", "03-unboundlocalerror", "20-tricks", "22-gc"}


def test_the_chapters_with_version_tables_check_them():
    marked = {page for page, *_ in (p.values for p in markers())}
    assert marked >= REQUIRED, f"no `% versions-checked:` marker in {sorted(REQUIRED - marked)}"


def test_a_wrong_cell_fails(tmp_path):
    """A deliberately wrong cell in the __slots__ table (152 -> 153 for 3.10) is caught."""
    text = (DOCS / "20-tricks.md").read_text(encoding="utf-8")
    blocks = [
        (spec, block) for _, spec, block in marked_blocks(text) if "slots_memory.py" in spec and block[0][0] == "|"
    ]
    assert blocks, "the __slots__ table of 20-tricks.md lost its `% versions-checked:` marker"
    spec, block = blocks[0]
    assert not check_block("20-tricks", spec, block)
    wrong = [re.sub(r"^\| 3\.10 \| 152 \|", "| 3.10 | 153 |", row) for row in block]
    assert wrong != block, "the table no longer has the row | 3.10 | 152 |"
    copy = tmp_path / "20-tricks.md"
    copy.write_text(text.replace("\n".join(block), "\n".join(wrong)), encoding="utf-8")
    (_, spec2, block2), *_ = [b for b in marked_blocks(copy.read_text(encoding="utf-8")) if b[1] == spec]
    problems = check_block("20-tricks", spec2, block2)
    assert problems and "'153'" in problems[0] and "CPython 3.10" in problems[0], problems


def test_versions_named_by_a_cell():
    assert versions_named("3.10 及以前") == {"3.10"}
    assert versions_named("3.11～3.13") == {"3.11", "3.12", "3.13"}
    assert versions_named("3.12、3.13") == {"3.12", "3.13"}
    assert versions_named("3.11 起") == {"3.11", "3.12", "3.13"}
    assert versions_named("3.14.0～3.14.4") == set()
    assert versions_named("3.14") == set()


# -- 1. the pipeline on another interpreter -------------------------------------------------------


def other_python() -> tuple[str, str] | None:
    """An older CPython 3 on this machine than the one running the tests: (path, full version)."""
    candidates = [str(ROOT / f".venv-{v}" / "bin" / "python") for v in VERSIONS[1:]]
    candidates += [shutil.which(f"python{v}") or "" for v in VERSIONS[1:]] + ["/usr/bin/python3"]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            found = subprocess.run(
                [candidate, "-c", "import platform; print(platform.python_version())"], capture_output=True, text=True
            )
            version = found.stdout.strip()
            older = version and version_key(minor(version)) < version_key(minor(platform.python_version()))
            if found.returncode == 0 and older:
                return candidate, version
    return None


@pytest.fixture
def two_versions(pytester):
    """A project with the real plugin, and python-versions.txt naming this CPython and another one."""
    other = other_python()
    if other is None:
        pytest.skip("no other CPython 3 on this machine")
    shutil.copy(ROOT / "conftest.py", pytester.path / "conftest.py")
    shutil.copytree(ROOT / "_ext", pytester.path / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    pytester.makeini("[pytest]\ntestpaths = snippets\naddopts = -p no:cacheprovider\n")
    (pytester.path / "python-versions.txt").write_text(f"{platform.python_version()}\n{other[1]}\n")
    (pytester.path / "snippets" / "01-demo").mkdir(parents=True)
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs" / "01-demo.md").write_text("# Demo\n\n```{snippet} which.py\n```\n")
    pytester.other = other
    return pytester


WHICH = "import sys\nprint('Python', sys.version_info[:2] >= (3, 0))\nprint(sys.version_info.minor)\n"


def run_other(project, *args):
    path, version = project.other
    return project.runpytest(f"--snippet-python={minor(version)}", f"--snippet-interpreter={path}", *args)


def test_another_version_records_only_what_differs_and_drift_names_the_version(two_versions):
    project, version = two_versions, two_versions.other[1]
    folder = project.path / "snippets" / "01-demo"
    (folder / "which.py").write_text(WHICH)
    project.runpytest("--update-snippets").assert_outcomes(passed=1)
    run_other(project, "--update-snippets").assert_outcomes(passed=1)
    own = folder / f"which.py{minor(version)}.out"
    assert own.read_text() == f"Python True\n{version.split('.')[1]}\n"
    run_other(project).assert_outcomes(passed=1)
    project.runpytest().assert_outcomes(passed=1)

    own.write_text("Python True\n99\n")  # the version's recorded output drifts
    result = run_other(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            f"snippets/01-demo/which.py printed something other than its recorded output on CPython {version}:",
            f"--- snippets/01-demo/which.py{minor(version)}.out (recorded)",
            f"+++ snippets/01-demo/which.py (this run on CPython {version})",
            "-99",
            f"+{version.split('.')[1]}",
            f"*`make snippets VERSIONS={minor(version)} ONLY=snippets/01-demo/which.py`*",
        ]
    )


def test_a_version_file_that_repeats_what_it_inherits_is_an_error(two_versions):
    project, version = two_versions, minor(two_versions.other[1])
    folder = project.path / "snippets" / "01-demo"
    (folder / "which.py").write_text("print('same everywhere')\n")
    (folder / "which.out").write_text("same everywhere\n")
    (folder / f"which.py{version}.out").write_text("same everywhere\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*which.py{version}.out repeats which.out, which {version} inherits without it: delete it*"]
    )
    run_other(project, "--update-snippets").assert_outcomes(passed=1)
    assert not (folder / f"which.py{version}.out").exists()


def test_a_snippet_requiring_a_newer_version_is_skipped_on_older_ones(two_versions):
    project, version = two_versions, minor(two_versions.other[1])
    folder = project.path / "snippets" / "01-demo"
    newer = minor(platform.python_version())
    (folder / "which.py").write_text(f"# snippet: requires={newer}\nprint('new')\n")
    (folder / "which.out").write_text("new\n")
    project.runpytest().assert_outcomes(passed=1)
    older = run_other(project, "-rs")
    older.assert_outcomes(skipped=1)
    older.stdout.fnmatch_lines([f"*which.py requires Python {newer}*this is {version}*"])
    (folder / f"which.py{version}.out").write_text("old\n")  # a version that never runs it has no output
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*requires={newer}`, so {version} never runs it: delete it*"])
