"""The snippet contract: what a script declares, what a page shows of it, and when two outputs agree.

Standard library only. Both sides of the promise import this module and nothing else of each other:

- ``conftest.py`` (pytest) runs every script and compares its output with the recorded ``.out``;
- ``_ext/snippet.py`` (the ``{snippet}`` directive) shows the script, or a region of it, and the
  recorded output with a caption saying what the declarations allow.

The rules (CONTRIBUTING.md explains them to contributors):

- a script declares things about its own output in comment lines ``# snippet: KEY[=VALUE]``:
  ``unordered``, ``vary=REGEX`` (repeatable), ``timeout=SECONDS``, ``exit=STATUS``;
- a mask (``vary=``) stands for a few characters inside one line: it never matches the empty string,
  never a line break, and it matches something in the recorded output (``check_mask``,
  ``masks_matching_nothing``), so the line stating the lesson stays checkable;
- a script ends with status 0 unless it declares another (``exit_status_problem``): a failure is
  recorded, and shown, only when the page teaches it;
- a page may show a region, the lines between ``# [start-NAME]`` and ``# [end-NAME]``; the
  declaration and region lines are never shown;
- a script that ends with a non-zero status has ``[exit status N]`` as the last line of its ``.out``;
- two outputs agree when their lines are equal after the declared masks (``vary``) are applied, as
  multisets if ``unordered``; the exit status is compared exactly, whatever the declarations;
- a page shows a snippet with a ``{snippet} NAME.py`` directive (``SHOWN_BY_PAGE`` finds them).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

# `# snippet: unordered`, `# snippet: vary=<regex>`, `# snippet: timeout=<seconds>`, `# snippet: exit=<status>`
OPTION_LINE = re.compile(r"^\s*#\s*snippet:\s*(?P<key>\w+)\s*(?:=\s*(?P<value>.*?))?\s*$")
REGION_LINE = re.compile(r"^\s*#\s*\[(?P<edge>start|end)-(?P<name>[\w-]+)\]\s*$")
# A script that exits with a non-zero status has this as the last line of its .out file.
EXIT_LINE = re.compile(r"\n?\[exit status (?P<code>-?\d+)\]\n$")
# How a page (docs/<page>.md) shows a snippet of snippets/<page>/: ```{snippet} name.py (or :::)
SHOWN_BY_PAGE = re.compile(r"^[`:]{3,}\{snippet\}\s+(\S+)", re.MULTILINE)
MASK_HELP = "CONTRIBUTING.md, 无法逐字相同的输出"


class SnippetOptionError(ValueError):
    """A `# snippet:` comment that the checker does not understand, or a mask that could hide the lesson."""


@dataclass
class SnippetOptions:
    """What a script declares about its own output (see CONTRIBUTING.md)."""

    unordered: bool = False
    vary: list[str] = field(default_factory=list)
    timeout: float = 10.0
    exit: int = 0  # the exit status the script is meant to end with (`# snippet: exit=1`: the page teaches an error)
    lines: dict[str, int] = field(default_factory=dict)  # each vary= mask -> the line that declares it
    requires: str = ""  # the oldest Python ("3.11") that can run it (`# snippet: requires=3.11`); older ones skip it


def read_options(source: str, filename: str) -> SnippetOptions:
    """Parse the `# snippet:` comments of a script; raise SnippetOptionError naming the line."""
    options = SnippetOptions()
    for number, line in enumerate(source.splitlines(), start=1):
        match = OPTION_LINE.match(line)
        if not match:
            continue
        key, value = match["key"], match["value"]
        where = f"{filename}:{number}"
        if key == "unordered" and value is None:
            options.unordered = True
        elif key == "vary" and value:
            check_mask(value, where)
            options.vary.append(value)
            options.lines.setdefault(value, number)
        elif key == "timeout" and value and value.replace(".", "", 1).isdigit():
            options.timeout = float(value)
        elif key == "exit" and value and re.fullmatch(r"-?\d+", value):
            if int(value) == 0:
                raise SnippetOptionError(f"{where}: `# snippet: exit=0` is every script's default: delete the line")
            options.exit = int(value)
        elif key == "requires" and value and re.fullmatch(r"3\.\d+", value):
            options.requires = value
        else:
            raise SnippetOptionError(
                f"{where}: unknown snippet option {line.strip()!r}; use `# snippet: unordered`, "
                "`# snippet: vary=REGEX`, `# snippet: timeout=SECONDS`, `# snippet: exit=STATUS` "
                "or `# snippet: requires=3.X`"
            )
    return options


def check_mask(pattern: str, where: str) -> None:
    """A `vary=` mask may only stand for a few characters inside one line: never for nothing (it could
    then hide a missing value), never for a line break (it could swallow whole lines, the lesson with them)."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise SnippetOptionError(f"{where}: `vary=` is not a valid regular expression: {error}") from None
    shown = f"`# snippet: vary={pattern}`"
    if compiled.search("") is not None or _min_width(pattern) == 0:
        raise SnippetOptionError(
            f"{where}: the mask {shown} can match the empty string, so it can hide a missing value or a whole "
            r"line: make it match only the text that varies, at least one character (`\d+`, not `\d*` or `.*`), "
            f"and print the claim the number supports as a line of its own, unmasked ({MASK_HELP})"
        )
    if (
        compiled.flags & re.DOTALL
        or _can_match_newline(pattern)
        or any("\n" in found.group() for probe in NEWLINE_PROBES for found in compiled.finditer(probe))
    ):
        raise SnippetOptionError(
            f"{where}: the mask {shown} can match a line break, so it can swallow whole lines of the output: "
            r"keep it inside one line, without `(?s)`, `\n`, `\s`, `\W`, `\D` or a negated class like `[^x]` "
            rf"(write `[^x\n]`, `\S` or ` ` instead) ({MASK_HELP})"
        )


def masks_matching_nothing(options: SnippetOptions, output: str, filename: str, recorded: str) -> None:
    """Raise SnippetOptionError for a mask that matches nothing in the recorded output: it masks nothing,
    and the day the output changes it may start masking the wrong thing."""
    text, _ = split_exit_status(output)
    for pattern in options.vary:
        if not re.search(pattern, text):
            raise SnippetOptionError(
                f"{filename}:{options.lines.get(pattern, '?')}: the mask `# snippet: vary={pattern}` matches nothing "
                f"in {recorded}: fix the pattern so it matches the text that varies, or delete the line"
            )


# strings a line-bound mask cannot match across: each has a line break between things a mask might match
NEWLINE_PROBES = ["\n", "\r\n", " \n ", "a\nb", "1\n2", "约 1\n2 秒", "x\n\nx", "\n\u3000\n"]


def _min_width(pattern: str) -> int:
    try:
        import re._parser as sre_parse  # CPython's own parser of regular expressions (3.11+)
    except ImportError:  # pragma: no cover
        return 1
    return sre_parse.parse(pattern).getwidth()[0]


def _can_match_newline(pattern: str) -> bool:
    """Whether any character the pattern consumes can be a line break ("\n"), by walking its parse tree."""
    try:
        import re._constants as c
        import re._parser as sre_parse
    except ImportError:  # pragma: no cover: the probes in check_mask still apply
        return False
    newline = ord("\n")

    categories_with_newline = {
        c.CATEGORY_NOT_DIGIT,
        c.CATEGORY_SPACE,
        c.CATEGORY_NOT_WORD,
        c.CATEGORY_LINEBREAK,
        c.CATEGORY_UNI_NOT_DIGIT,
        c.CATEGORY_UNI_SPACE,
        c.CATEGORY_UNI_NOT_WORD,
        c.CATEGORY_UNI_LINEBREAK,
    }

    def in_set(items) -> bool:
        negate, found = False, False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif (
                (op is c.LITERAL and av == newline)
                or (op is c.RANGE and av[0] <= newline <= av[1])
                or (op is c.CATEGORY and av in categories_with_newline)
            ):
                found = True
        return found != negate

    def walk(items, dotall: bool) -> bool:
        for op, av in items:
            if (op is c.LITERAL and av == newline) or (op is c.NOT_LITERAL and av != newline):
                return True
            if (op is c.ANY and dotall) or (op is c.IN and in_set(av)):
                return True
            if op is c.SUBPATTERN:
                _group, add, remove, sub = av
                inner_dotall = (dotall or bool(add & c.SRE_FLAG_DOTALL)) and not remove & c.SRE_FLAG_DOTALL
                parts = [(sub, inner_dotall)]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                parts = [(av[2], dotall)]
            elif op is c.ATOMIC_GROUP:
                parts = [(av, dotall)]
            elif op is c.BRANCH:
                parts = [(branch, dotall) for branch in av[1]]
            elif op is c.GROUPREF_EXISTS:
                parts = [(branch, dotall) for branch in av[1:] if branch is not None]
            else:  # ASSERT / ASSERT_NOT (lookarounds) consume nothing; AT is an anchor; GROUPREF repeats a group
                parts = []
            if any(walk(sub, sub_dotall) for sub, sub_dotall in parts):
                return True
        return False

    parsed = sre_parse.parse(pattern)
    return walk(parsed, bool(parsed.state.flags & c.SRE_FLAG_DOTALL))


def split_exit_status(output: str) -> tuple[str, int]:
    """Return the printed text of a recorded output and the script's exit status."""
    match = EXIT_LINE.search(output)
    if not match:
        return output, 0
    return output[: match.start()] + "\n", int(match["code"])


def exit_status_problem(name: str, status: int, declared: int) -> str | None:
    """What is wrong when a run (or a recorded output) ends with another status than the script declares."""
    if status == declared:
        return None
    if not declared:
        return (
            f"{name} exited with status {status}, and its script declares no failure. If the page teaches this error, "
            f"declare it with a line `# snippet: exit={status}` in {Path(name).name}; otherwise fix the script"
        )
    if status:
        return (
            f"{name} declares `# snippet: exit={declared}` but exited with status {status}. Make it fail as the page "
            "teaches, or delete the declaration if it should succeed"
        )
    return (
        f"{name} declares `# snippet: exit={declared}` but exited with status 0: make it fail as the page teaches, "
        "or delete the declaration"
    )


def with_exit_status(output: str, status: int) -> str:
    """A run's output as it is recorded: the exit status, if not 0, as a last line of its own."""
    if not status:
        return output
    return output + ("" if output.endswith("\n") or not output else "\n") + f"[exit status {status}]\n"


def shown_code(source: str, region: str | None, filename: str) -> str:
    """The part of a script a page shows: a region if asked, without the checker's comments."""
    lines = source.splitlines()
    if region:
        starts = [
            i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("start", region)
        ]
        ends = [i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("end", region)]
        if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
            raise ValueError(
                f"{filename} needs exactly one `# [start-{region}]` line followed by one `# [end-{region}]` line"
            )
        lines = lines[starts[0] + 1 : ends[0]]
    kept = [line for line in lines if not OPTION_LINE.match(line) and not REGION_LINE.match(line)]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept) if region is None else _dedent(kept)


def _dedent(lines: list[str]) -> str:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines)


def comparable(output: str, options: SnippetOptions) -> list[str]:
    """The lines that must be equal: declared varying parts masked, sorted if order may vary.

    The exit status stays exact and last, whatever the declarations."""
    text, status = split_exit_status(output)
    for pattern in options.vary:
        text = re.sub(pattern, "…", text)
    lines = sorted(text.splitlines()) if options.unordered else text.splitlines()
    return lines + ([f"[exit status {status}]"] if status else [])


def outputs_match(expected: str, actual: str, options: SnippetOptions) -> bool:
    return comparable(expected, options) == comparable(actual, options)


def mismatch_report(
    name: str, expected: str, actual: str, options: SnippetOptions, recorded: str = "", version: str = ""
) -> str:
    """What a contributor reads when a run disagrees with the recorded output: a unified diff, and the fix.

    `recorded` names the expected file when it is not name.out; `version` ("3.12.1") the CPython of the run
    when it is not the reference."""
    loose = [label for label, on in (("unordered", options.unordered), ("vary", options.vary)) if on]
    recorded = str(Path(name).with_name(recorded) if recorded else Path(name).with_suffix(".out"))
    on = f" on CPython {version}" if version else ""
    diff = difflib.unified_diff(
        comparable(expected, options),
        comparable(actual, options),
        fromfile=f"{recorded} (recorded)",
        tofile=f"{name} (this run{on})",
        lineterm="",
    )
    how = f" (compared as declared: {', '.join(loose)}; '…' marks varying text)" if loose else ""
    minor = ".".join(version.split(".")[:2])
    update = f"make snippets VERSIONS={minor} ONLY={name}" if version else f"make snippets ONLY={name}"
    return (
        f"{name} printed something other than its recorded output{on}{how}:\n" + "\n".join(diff) + "\n"
        f"If the new output is right, accept it with `{update}` and review `git diff`."
    )


def snippets_shown_by(page_text: str) -> list[str]:
    """The file names of the snippets a page shows, in the page's order."""
    return SHOWN_BY_PAGE.findall(page_text)
