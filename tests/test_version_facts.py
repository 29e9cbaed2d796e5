"""What the chapters say a CPython version prints is what that version printed: the recorded outputs.

The chapters: a table or a paragraph that states what a version prints carries a MyST comment line
just above it, naming the snippets it is checked against:

    % versions-checked: slots_memory.py

A table whose header row (or first column) names versions: each cell is checked against the expected
output of every version its column (or row) names ("3.10", "3.11、3.12", "3.11～3.13", "3.12 及以前",
"3.11 起"; versions that are not run here, like 3.14, are not checked). A cell that reads `同 3.11` reads
what the cell of column 3.11 of its row reads. A number in a cell must stand on an output line that holds
the cell's label (the row's first cell, or the column's header, without backticks; `label => key` after
the snippet names gives another key); a `code` span must appear in the output, where 'x' or '...' in
quotes stands for any name, and … or ... outside quotes for any text.
A paragraph lists its claims after the snippet names, each `VERSIONS: key => value`: the value must
appear in the paragraph, and on an output line that holds the key, for each version named
(`VERSIONS: key !=> value`: on no such line; the key may be empty). A table can carry claims too. A
claim about a version that none of the snippets runs on (`# snippet: requires=`) is an error.
A table whose rows need snippets of their own (docs/versions.md) is marked `% versions-checked: by row`,
and right under the marker every row that names a version run here has a comment line `% | row | spec |`:
`row` is text that this row alone holds (its first cell, say); `spec` is either `unchecked: why` (no run
can show it: when a feature appeared, another platform), or the row's snippets and, each after a `;`,
- `VERSIONS: key => value`: a claim as in a paragraph (its value must appear in the row);
- `CELL: key => value` (or `!=>`): a claim about the cells that read CELL (backticks aside, `同 3.X` read
  through), for the versions of their columns: the way to check a cell in words, such as 否;
- `CELL: unchecked`: these cells are not checked (the snippets need a newer version, say);
- `key: K1 / K2`: the n-th code span (or number) of a cell stands on an output line that holds Kn.
A cell that no claim names is checked as in a table above, and one with nothing to check is an error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pytest
from snippet_contract import read_options  # _ext/, on sys.path through conftest.py
from snippet_versions import expected_outputs, minor, read_versions, version_key

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
MARKER = re.compile(r"^% versions-checked: (?P<spec>.+)$")
BY_ROW = "by row"
ROW_LINE = re.compile(r"^% \| (?P<row>.+?) \| (?P<spec>.+) \|$")
CLAIM = re.compile(r"(?P<left>[^:=]+):\s*(?P<key>.*?)\s*(?P<no>!?)=>\s*(?P<value>.+)")
UNCHECKED = re.compile(r"(?P<left>[^:=]+):\s*unchecked\b\s*(?P<why>.*)")
KEYS = re.compile(r"key:\s*(?P<keys>.+)")
VERSION = r"3\.\d+"
SAME_AS = re.compile(rf"同 ({VERSION})")
NUMBER = re.compile(r"(?<![\d.])\d+(?![\d.])")
FULL_VERSIONS = read_versions(ROOT / "python-versions.txt")
VERSIONS = [minor(v) for v in FULL_VERSIONS]  # newest first


# -- the chapters -------------------------------------------------------------------------------


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


def plain(text: str) -> str:
    return text.replace("`", "").strip()


def expected_text(snippet: Path, version: str) -> str | None:
    """What `version` is expected to print (recorded), or None if the script requires a newer one."""
    requires = read_options(snippet.read_text(encoding="utf-8"), snippet.name).requires
    file = expected_outputs(snippet, VERSIONS, requires).get(version)
    return file.read_text(encoding="utf-8") if file else None


def code_pattern(code: str) -> re.Pattern:
    """A `code` span of a cell as a pattern: 'x' or '...' in quotes stands for any name, … or ... for any text."""
    parts = re.split(r"('(?:x|y|\.\.\.|…)'|\.\.\.|…)", code)
    wildcards = {"...": ".*", "…": ".*"}
    return re.compile(
        "".join(wildcards.get(part, "'[^'\n]+'") if i % 2 else re.escape(part) for i, part in enumerate(parts))
    )


def number_on_a_line(output: str, key: str, number: str) -> bool:
    token = re.compile(rf"(?<![\d.]){re.escape(number)}(?![\d.])")
    return any(key in line and token.search(line.replace(key, " ", 1)) for line in output.splitlines())


def value_in_output(output: str, key: str, value: str) -> bool:
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return number_on_a_line(output, key, value)
    return any(key in line and code_pattern(value).search(line) for line in output.splitlines())


class Marked(NamedTuple):
    """A marker: its line number, what follows `versions-checked:`, the comment lines right under it (the
    `% | row | spec |` lines of a `by row` marker), and the lines of the table or paragraph below."""

    line: int
    spec: str
    rows: list[str]
    block: list[str]


def marked_blocks(text: str) -> list[Marked]:
    """Each marker of a chapter, with the block below it."""
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines):
        if m := MARKER.match(line):
            rows, i = [], number + 1
            while i < len(lines) and lines[i].startswith("%"):
                rows.append(lines[i])
                i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
            block = []
            while i < len(lines) and lines[i].strip() and not lines[i].startswith("```"):
                block.append(lines[i])
                i += 1
            found.append(Marked(number + 1, m["spec"], rows, block))
    return found


def parse_spec(spec: str, page: str) -> tuple[list[Path], list[str]]:
    """`a.py b.py; label => key; 3.13: key => value`: the snippets, and the rest."""
    names, *rest = [part.strip() for part in spec.split(";")]
    snippets = [ROOT / "snippets" / (name if "/" in name else f"{page}/{name}") for name in names.split()]
    return snippets, [part for part in rest if part]


def cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


class Table(NamedTuple):
    header: list[str]
    rows: list[list[str]]  # `同 3.X` cells already read as the cell they name
    lines: list[str]  # each row as written
    by_column: bool  # the header names the versions (else the first column does)

    def versions(self, row: list[str], column: int) -> set[str]:
        return versions_named(self.header[column] if self.by_column else row[0])

    def label(self, row: list[str], column: int) -> str:
        return plain(row[0] if self.by_column else self.header[column])

    def where(self, row: list[str], column: int) -> str:
        return f"row {row[0]!r}, column {self.header[column]!r}"

    def unread(self) -> list[str]:
        """The `同 3.X` cells of a table by column that name no column of it."""
        return [
            f"{self.where(row, c)}: {cell!r} names no column of the table"
            for row in self.rows
            for c, cell in enumerate(row)
            if self.by_column and SAME_AS.fullmatch(cell)
        ]


def read_table(block: list[str]) -> Table:
    header = cells(block[0])
    by_column = any(names_a_version(h) for h in header[1:])
    rows = [same_as(header, cells(line)) if by_column else cells(line) for line in block[2:]]
    return Table(header, rows, block[2:], by_column)


def same_as(header: list[str], row: list[str]) -> list[str]:
    """A row whose cells that read `同 3.11` read what its cell in column 3.11 reads (which may say 同 3.10)."""
    column = {name: i for i, name in enumerate(header)}
    for _ in row:
        row = [row[column[m[1]]] if (m := SAME_AS.fullmatch(cell)) and m[1] in column else cell for cell in row]
    return row


@dataclass
class Recorded:
    """What each version run here is expected to print, by the snippets a marker (or one of its rows) names."""

    snippets: list[Path]
    texts: dict[str, list[str]] = field(init=False)

    def __post_init__(self):
        self.texts = {v: [t for s in self.snippets if (t := expected_text(s, v)) is not None] for v in VERSIONS}

    def names(self) -> str:
        return ", ".join(s.name for s in self.snippets)


@dataclass
class Report:
    """What is wrong with one marked block, and how many claims (each for one version) were checked."""

    problems: list[str] = field(default_factory=list)
    checked: int = 0

    def check(self, recorded: Recorded, versions: set[str], key: str, value: str, where: str, absent=False):
        on_a_line = f" on a line with {key!r}" if key else ""
        for version in sorted(versions, key=version_key):
            self.checked += 1
            full = FULL_VERSIONS[VERSIONS.index(version)]
            if not recorded.texts[version]:
                self.problems.append(f"{where}: none of {recorded.names()} runs on CPython {full}")
            elif any(value_in_output(text, key, value) for text in recorded.texts[version]) == absent:
                self.problems.append(
                    f"{where}: {value!r}{on_a_line} is {'' if absent else 'not '}what CPython {full} prints "
                    f"(recorded outputs of {recorded.names()})"
                )

    def check_claim(self, recorded: Recorded, claim: re.Match, text: str):
        """A `VERSIONS: key => value` claim about `text` (a paragraph, a table, a row)."""
        if claim["value"] not in plain(text):
            self.problems.append(f"the claim {claim[0]!r} is not what the text says: {claim['value']!r} is not in it")
        versions, where = versions_named(claim["left"]), f"claim {claim[0]!r}"
        self.check(recorded, versions, claim["key"], claim["value"], where, absent=bool(claim["no"]))

    def check_cell(self, recorded: Recorded, versions: set[str], cell: str, where: str, label: str, keys=()) -> bool:
        """A cell's `code` spans appear in the output; without any, its numbers stand on lines holding the label.
        With `keys`, the n-th code span (or number) stands on a line holding the n-th key (or the last).
        False when the cell has nothing to check."""
        values = re.findall(r"`([^`]+)`", cell) or NUMBER.findall(cell)
        default = "" if "`" in cell else label
        for n, value in enumerate(values):
            self.check(recorded, versions, keys[min(n, len(keys) - 1)] if keys else default, value, where)
        return bool(values)


def check_block(page: str, spec: str, block: list[str], rows: Sequence[str] = ()) -> list[str]:
    """What is wrong with one marked table or paragraph (empty: every claim holds)."""
    if spec.strip() == BY_ROW:
        report = check_rows(page, block, rows)
    else:
        report = check_marker(page, spec, block)
        report.problems += [f"{row!r}: only a `{BY_ROW}` marker has comment lines under it" for row in rows]
    if not report.checked and not report.problems:
        report.problems.append("checks nothing: no cell or claim names a version that is run here")
    return report.problems


def missing_snippets(snippets: list[Path]) -> list[str]:
    missing = [str(s.relative_to(ROOT)) for s in snippets if not s.is_file()]
    return [f"names a snippet that does not exist: {', '.join(missing)}"] if missing else []


def check_marker(page: str, spec: str, block: list[str]) -> Report:
    """A paragraph or a table checked against the snippets its marker names."""
    snippets, items = parse_spec(spec, page)
    report = Report(missing_snippets(snippets))
    if report.problems:
        return report
    recorded, keys = Recorded(snippets), {}
    for item in items:
        if (claim := CLAIM.fullmatch(item)) and names_a_version(claim["left"]):
            report.check_claim(recorded, claim, "\n".join(block))
        elif "=>" in item and not claim:
            label, key = (part.strip() for part in item.split("=>", 1))
            keys[label] = key
        else:
            report.problems.append(f"cannot read {item!r}: write `VERSIONS: key => value` or `label => key`")
    if block and block[0].startswith("|"):
        table = read_table(block)
        report.problems += table.unread()
        for row in table.rows:
            for column, cell in enumerate(row[1:], start=1):
                label = table.label(row, column)
                where = table.where(row, column)
                report.check_cell(recorded, table.versions(row, column), cell, where, keys.get(label, label))
    return report


def check_rows(page: str, block: list[str], lines: Sequence[str]) -> Report:
    """A `by row` table: each row that names a version run here against the spec of its own comment line."""
    if not block or not block[0].startswith("|"):
        return Report([f"a `{BY_ROW}` marker stands right above a table"])
    table = read_table(block)
    report = Report(table.unread())
    specs: dict[int, str] = {}
    for line in lines:
        if not (m := ROW_LINE.match(line)):
            report.problems.append(f"cannot read {line!r}: write `% | row | spec |`")
            continue
        found = [i for i, written in enumerate(table.lines) if m["row"] in written]
        if len(found) != 1 or found[0] in specs:
            report.problems.append(f"{line!r} names {len(found)} rows, or a row another line names: name one row")
        else:
            specs[found[0]] = m["spec"]
    for i, row in enumerate(table.rows):
        if not any(table.versions(row, column) for column in range(1, len(row))):
            continue
        if i not in specs:
            report.problems.append(
                f"row {row[0]!r} has no `% | row | spec |` line: name its snippets, or say `unchecked: why`"
            )
        elif m := re.fullmatch(r"unchecked:\s*(?P<why>.*)", specs[i]):
            if not m["why"]:
                report.problems.append(f"row {row[0]!r} is unchecked: say why no run can show it")
        else:
            check_row(report, page, table, i, specs[i])
    return report


def check_row(report: Report, page: str, table: Table, i: int, spec: str):
    """One row of a `by row` table against its snippets: its claims, then each cell no claim names."""
    row, checked_before = table.rows[i], report.checked
    snippets, items = parse_spec(spec, page)
    if missing := missing_snippets(snippets):
        report.problems += [f"row {row[0]!r} {problem}" for problem in missing]
        return
    recorded, keys = Recorded(snippets), []
    columns = [c for c in range(1, len(row)) if table.versions(row, c)]
    named: set[int] = set()  # the columns some claim checks (or says are unchecked)

    def reading(text: str) -> list[int]:
        found = [c for c in columns if plain(row[c]) == plain(text)]
        if not found:
            report.problems.append(f"row {row[0]!r}: no cell reads {plain(text)!r}")
        return found

    for item in items:
        if m := KEYS.fullmatch(item):
            keys = [key.strip() for key in m["keys"].split(" / ")]
        elif m := UNCHECKED.fullmatch(item):
            named.update(reading(m["left"]))
        elif (claim := CLAIM.fullmatch(item)) and names_a_version(claim["left"]):
            report.check_claim(recorded, claim, table.lines[i])
            named.update(c for c in columns if table.versions(row, c) & versions_named(claim["left"]))
        elif claim:
            found = reading(claim["left"])
            versions = set().union(*(table.versions(row, c) for c in found))
            where = f"row {row[0]!r}, the cells {plain(claim['left'])!r}"
            report.check(recorded, versions, claim["key"], claim["value"], where, absent=bool(claim["no"]))
            named.update(found)
        else:
            report.problems.append(f"row {row[0]!r}: cannot read {item!r}")
    for c in columns:
        if c not in named and not report.check_cell(
            recorded, table.versions(row, c), row[c], table.where(row, c), plain(row[0]), keys
        ):
            report.problems.append(f"{table.where(row, c)}: {row[c]!r} has nothing to check: give it a claim")
    if report.checked == checked_before:
        report.problems.append(f"row {row[0]!r} checks nothing: say `unchecked: why` instead")


def markers():
    for page in sorted(DOCS.glob("*.md")):
        for marked in marked_blocks(page.read_text(encoding="utf-8")):
            yield pytest.param(page.stem, marked, id=f"{page.name}:{marked.line}")


@pytest.mark.parametrize(("page", "marked"), list(markers()))
def test_version_facts_in_the_prose_match_the_recorded_outputs(page, marked):
    problems = check_block(page, marked.spec, marked.block, marked.rows)
    assert not problems, f"docs/{page}.md, the block under `% versions-checked: {marked.spec}`:\n" + "\n".join(problems)


REQUIRED = {"02-yield", "03-unboundlocalerror", "15-thread-data-sharing", "18-mixin", "20-tricks", "22-gc", "versions"}


def test_the_chapters_with_version_tables_check_them():
    marked = {page for page, _ in (p.values for p in markers())}
    assert marked >= REQUIRED, f"no `% versions-checked:` marker in {sorted(REQUIRED - marked)}"


def problems_with_a_cell_changed(page: str, marker: str, old: str, new: str) -> list[str]:
    """Check the first block of docs/<page>.md whose marker (or its row lines) holds `marker` as it is, then
    with `old` (a piece of one of its rows) written `new`: the problems found the second time."""
    text = (DOCS / f"{page}.md").read_text(encoding="utf-8")
    blocks = [b for b in marked_blocks(text) if marker in b.spec + "".join(b.rows) and b.block[0][0] == "|"]
    assert blocks, f"the table of docs/{page}.md checked against {marker} lost its `% versions-checked:` marker"
    spec, rows, block = blocks[0].spec, blocks[0].rows, blocks[0].block
    assert not check_block(page, spec, block, rows)
    wrong = [re.sub(old, new, row) for row in block]
    assert wrong != block, f"the table no longer has a row with {old!r}"
    wrong_text = text.replace("\n".join(block), "\n".join(wrong))
    (again,) = [b for b in marked_blocks(wrong_text) if b.line == blocks[0].line]
    return check_block(page, again.spec, again.block, again.rows)


def test_a_wrong_cell_fails():
    """A deliberately wrong cell in the __slots__ table (152 -> 153 for 3.10) is caught."""
    problems = problems_with_a_cell_changed("20-tricks", "slots_memory.py", r"^\| 3\.10 \| 152 \|", "| 3.10 | 153 |")
    assert problems and "'153'" in problems[0] and "CPython 3.10" in problems[0], problems


def test_a_wrong_cell_of_the_version_table_fails():
    """docs/versions.md: 3.12 said to print the 3.10 message of UnboundLocalError (同 3.11 -> 同 3.10) is caught."""
    problems = problems_with_a_cell_changed(
        "versions", "case1_augmented_assignment.py", r"(UnboundLocalError` \| [^|]+\| [^|]+\| )同 3\.11", r"\1同 3.10"
    )
    assert problems and "referenced before assignment" in problems[0] and "CPython 3.12" in problems[0], problems


def test_versions_named_by_a_cell():
    assert versions_named("3.10 及以前") == {"3.10"}
    assert versions_named("3.11～3.13") == {"3.11", "3.12", "3.13"}
    assert versions_named("3.12、3.13") == {"3.12", "3.13"}
    assert versions_named("3.11 起") == {"3.11", "3.12", "3.13"}
    assert versions_named("3.14.0～3.14.4") == set()
    assert versions_named("3.14") == set()
