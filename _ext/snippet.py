"""The ``{snippet}`` directive: show a verified example with its checked output.

    ```{snippet} jumping_range.py
    :region: core
    :caption: 用 send() 让生成器跳转
    ```

shows ``snippets/<page>/jumping_range.py`` (all of it, or the part between ``# [start-core]`` and
``# [end-core]``), a download link, and the recorded ``jumping_range.out`` labelled as output. The
directive only includes files; pytest (``conftest.py``) runs every script and checks its ``.out``.

The few rules both sides must agree on (option comments, the exit-status line) live here, and
``conftest.py`` imports them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

# `# snippet: unordered`, `# snippet: vary=<regex>`, `# snippet: timeout=<seconds>`
OPTION_LINE = re.compile(r"^\s*#\s*snippet:\s*(?P<key>\w+)\s*(?:=\s*(?P<value>.*?))?\s*$")
REGION_LINE = re.compile(r"^\s*#\s*\[(?P<edge>start|end)-(?P<name>[\w-]+)\]\s*$")
# A script that exits with a non-zero status has this as the last line of its .out file.
EXIT_LINE = re.compile(r"\n?\[exit status (?P<code>-?\d+)\]\n$")


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
                raise SnippetOptionError(f"{where}: `vary=` is not a valid regular expression: {error}")
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


def shown_code(source: str, region: str | None, filename: str) -> str:
    """The part of a script a page shows: a region if asked, without the checker's comments."""
    lines = source.splitlines()
    if region:
        starts = [i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("start", region)]
        ends = [i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("end", region)]
        if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
            raise ValueError(f"{filename} needs exactly one `# [start-{region}]` line followed by one `# [end-{region}]` line")
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


class SnippetDirective(SphinxDirective):
    """Show snippets/<page>/<file>.py and its verified output."""

    required_arguments = 1
    option_spec = {
        "region": directives.unchanged_required,  # show only the lines between # [start-x] and # [end-x]
        "caption": directives.unchanged,  # a title above the code, after the file name
    }

    def run(self) -> list[nodes.Node]:
        page = Path(self.env.docname).name
        script = Path(self.config.snippet_root) / page / self.arguments[0]
        shown_name = f"snippets/{page}/{self.arguments[0]}"
        if not script.is_file():
            return self._fail(f"{shown_name} does not exist: create it, or fix the file name in the {{snippet}} directive")
        expected = script.with_suffix(".out")
        if not expected.is_file():
            return self._fail(f"{shown_name} has no recorded output: run `make snippets ONLY={shown_name}`")
        self.env.note_dependency(str(script))
        self.env.note_dependency(str(expected))

        source = script.read_text(encoding="utf-8")
        try:
            options = read_options(source, shown_name)
            code = shown_code(source, self.options.get("region"), shown_name)
        except ValueError as error:
            return self._fail(str(error))
        output, exit_status = split_exit_status(expected.read_text(encoding="utf-8"))

        download = addnodes.download_reference(
            "", "", nodes.inline("", "下载"),
            reftarget=os.path.relpath(script, Path(self.env.doc2path(self.env.docname)).parent),
            refdoc=self.env.docname, refexplicit=True, classes=["snippet-download"],
        )
        title = [nodes.literal("", script.name), nodes.Text(" · "), download]
        if self.options.get("caption"):
            title = [nodes.Text(self.options["caption"] + " · "), *title]

        labels = [f"CPython {self.config.snippet_python_version} 实测"]
        if exit_status:
            labels.append(f"退出状态 {exit_status}")
        if options.unordered:
            labels.append("输出顺序每次运行可能不同")
        if options.vary:
            labels.append("部分内容每次运行可能不同")
        container = nodes.container(classes=["snippet"])
        container += self._captioned(code, "python", title, "snippet-code")
        container += self._captioned(output.rstrip("\n"), "text", [nodes.Text(f"输出（{'；'.join(labels)}）")], "snippet-output")
        return [container]

    def _captioned(self, text: str, language: str, title: list[nodes.Node], kind: str) -> nodes.container:
        """A code block with a caption above it, rendered like Sphinx's captioned code-block."""
        block = nodes.literal_block(text, text, language=language)
        caption = nodes.caption("", "", *title)
        wrapper = nodes.container("", caption, block, literal_block=True, classes=["literal-block-wrapper", kind])
        for node in (wrapper, caption, block):
            self.set_source_info(node)
        return wrapper

    def _fail(self, message: str) -> list[nodes.Node]:
        logger.warning(message, location=self.get_location(), type="snippet")
        return []


def setup(app):
    app.add_config_value("snippet_root", "snippets", "env", types=[str])
    app.add_config_value("snippet_python_version", "", "env", types=[str])
    app.add_directive("snippet", SnippetDirective)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
