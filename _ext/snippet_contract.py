"""The snippet contract: what a script declares, what a page shows of it, and when two outputs agree.

Standard library only. Both sides of the promise import this module and nothing else of each other:

- ``conftest.py`` (pytest) runs every script and compares its output with the recorded ``.out``;
- ``_ext/snippet.py`` (the ``{snippet}`` directive) shows the script, or a region of it, and the
  recorded output with a caption saying what the declarations allow.

The rules (CONTRIBUTING.md explains them to contributors):

- a script declares things about its own output in comment lines ``# snippet: KEY[=VALUE]``:
  ``unordered``, ``vary=REGEX`` (repeatable), ``timeout=SECONDS``;
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

# `# snippet: unordered`, `# snippet: vary=<regex>`, `# snippet: timeout=<seconds>`
OPTION_LINE = re.compile(r"^\s*#\s*snippet:\s*(?P<key>\w+)\s*(?:=\s*(?P<value>.*?))?\s*$")
REGION_LINE = re.compile(r"^\s*#\s*\[(?P<edge>start|end)-(?P<name>[\w-]+)\]\s*$")
# A script that exits with a non-zero status has this as the last line of its .out file.
EXIT_LINE = re.compile(r"\n?\[exit status (?P<code>-?\d+)\]\n$")
# How a page (docs/<page>.md) shows a snippet of snippets/<page>/: ```{snippet} name.py (or :::)
SHOWN_BY_PAGE = re.compile(r"^[`:]{3,}\{snippet\}\s+(\S+)", re.MULTILINE)


class SnippetOptionError(ValueError):
    """A `# snippet:` comment that the checker does not understand."""


@dataclass
class SnippetOptions:
    """What a script declares about its own output (see CONTRIBUTING.md)."""

    unordered: bool = False
    vary: list[str] = field(default_factory=list)
    timeout: float = 10.0


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
            try:
                re.compile(value)
            except re.error as error:
                raise SnippetOptionError(f"{where}: `vary=` is not a valid regular expression: {error}") from None
            options.vary.append(value)
        elif key == "timeout" and value and value.replace(".", "", 1).isdigit():
            options.timeout = float(value)
        else:
            raise SnippetOptionError(
                f"{where}: unknown snippet option {line.strip()!r}; "
                "use `# snippet: unordered`, `# snippet: vary=REGEX` or `# snippet: timeout=SECONDS`"
            )
    return options


def split_exit_status(output: str) -> tuple[str, int]:
    """Return the printed text of a recorded output and the script's exit status."""
    match = EXIT_LINE.search(output)
    if not match:
        return output, 0
    return output[: match.start()] + "\n", int(match["code"])


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


def mismatch_report(name: str, expected: str, actual: str, options: SnippetOptions) -> str:
    """What a contributor reads when a run disagrees with the recorded output: a unified diff, and the fix."""
    loose = [label for label, on in (("unordered", options.unordered), ("vary", options.vary)) if on]
    diff = difflib.unified_diff(
        comparable(expected, options),
        comparable(actual, options),
        fromfile=f"{Path(name).with_suffix('.out')} (recorded)",
        tofile=f"{name} (this run)",
        lineterm="",
    )
    how = f" (compared as declared: {', '.join(loose)}; '…' marks varying text)" if loose else ""
    return (
        f"{name} printed something other than its recorded output{how}:\n" + "\n".join(diff) + "\n"
        f"If the new output is right, accept it with `make snippets ONLY={name}` and review `git diff`."
    )


def snippets_shown_by(page_text: str) -> list[str]:
    """The file names of the snippets a page shows, in the page's order."""
    return SHOWN_BY_PAGE.findall(page_text)
