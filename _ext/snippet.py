"""The ``{snippet}`` directive: show a verified example with its checked output.

    ```{snippet} jumping_range.py
    :region: core
    :caption: 用 send() 让生成器跳转
    ```

shows ``snippets/<page>/jumping_range.py`` (all of it, or the part between ``# [start-core]`` and
``# [end-core]``), a download link, and the recorded ``jumping_range.out`` labelled as output, with a
caption saying which Python recorded it, the exit status the script declares, and what its declarations
allow (a recorded status the script does not declare is a warning). The directive only
includes files: pytest (``conftest.py``) runs every script and checks its ``.out``. What both sides
agree on (declarations, regions, the exit-status line) is in ``_ext/snippet_contract.py``.

A page depends on the script and the ``.out`` it shows, noted before either is read, so a page that
warned about a missing file is read again once the file exists. An edit of this module or of the
contract re-reads every page (the config value ``snippet_code``, rebuild kind ``env``).

Config: ``snippet_root`` (the snippets/ folder), ``snippet_python_version`` (the interpreter named in
every caption).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import snippet_contract
from docutils import nodes
from docutils.parsers.rst import directives
from snippet_contract import read_options, shown_code, split_exit_status
from sphinx import addnodes
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

# The cache key of what this extension puts into the doctrees: its code and the contract's.
CODE = hashlib.sha256(Path(__file__).read_bytes() + Path(snippet_contract.__file__).read_bytes()).hexdigest()[:16]


class SnippetDirective(SphinxDirective):
    """Show snippets/<page>/<file>.py and its verified output."""

    required_arguments = 1
    option_spec = {  # noqa: RUF012 (docutils' interface)
        "region": directives.unchanged_required,  # show only the lines between # [start-x] and # [end-x]
        "caption": directives.unchanged,  # a title above the code, after the file name
    }

    def run(self) -> list[nodes.Node]:
        page = Path(self.env.docname).name
        script = Path(self.config.snippet_root) / page / self.arguments[0]
        expected = script.with_suffix(".out")
        shown_name = f"snippets/{page}/{self.arguments[0]}"
        # Noted first: a file missing now makes Sphinx read the page again on the next build, and a file
        # that appears (or changes) is seen then.
        self.env.note_dependency(str(script))
        self.env.note_dependency(str(expected))
        if not script.is_file():
            return self._fail(
                f"{shown_name} does not exist: create it, or fix the file name in the {{snippet}} directive"
            )
        if not expected.is_file():
            return self._fail(f"{shown_name} has no recorded output: run `make snippets ONLY={shown_name}`")

        source = script.read_text(encoding="utf-8")
        try:
            options = read_options(source, shown_name)
            code = shown_code(source, self.options.get("region"), shown_name)
        except ValueError as error:
            return self._fail(str(error))
        output, exit_status = split_exit_status(expected.read_text(encoding="utf-8"))
        if exit_status != options.exit:  # the caption shows the recorded status: the script must have meant it
            declared = f"`# snippet: exit={options.exit}`" if options.exit else "no failure"
            return self._fail(
                f"{shown_name.removesuffix('.py')}.out ends with exit status {exit_status}, but the script declares "
                f"{declared}: run `make snippets ONLY={shown_name}`, which says what to fix"
            )

        download = addnodes.download_reference(
            "",
            "",
            nodes.inline("", "下载"),
            reftarget=os.path.relpath(script, Path(self.env.doc2path(self.env.docname)).parent),
            refdoc=self.env.docname,
            refexplicit=True,
            classes=["snippet-download"],
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
        output_title = [nodes.Text(f"输出（{'；'.join(labels)}）")]
        container += self._captioned(output.rstrip("\n"), "text", output_title, "snippet-output")
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
    app.add_config_value("snippet_code", CODE, "env", types=[str])  # not set by conf.py: see the docstring
    app.add_directive("snippet", SnippetDirective)
    # The directive keeps nothing in the environment but the dependencies Sphinx merges itself.
    return {"version": CODE, "parallel_read_safe": True, "parallel_write_safe": True}
