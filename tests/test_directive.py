"""The {snippet} directive and the diagrams of light pages, each loaded alone on a minimal project.

tests/roots/test-snippet/ is a project with the directive and nothing else of the site (no theme, no
MyST); tests/roots/test-light-pages/ has the light-pages extension alone. Each test copies its root into
a temporary folder and builds it in this process with sphinx.testing, in about a second.
"""

from __future__ import annotations

import html
import re
import shutil
from io import StringIO
from pathlib import Path

import pytest
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

ROOTS = Path(__file__).parent / "roots"


@pytest.fixture
def build(tmp_path):
    """build(root) -> (html of each page by name, warnings); builds again, incrementally, when called again."""
    source = tmp_path / "source"

    def run(root: str) -> tuple[dict[str, str], str]:
        if not source.exists():
            shutil.copytree(ROOTS / root, source)
        warnings = StringIO()
        app = SphinxTestApp("html", srcdir=source, builddir=tmp_path / "build", status=StringIO(), warning=warnings)
        try:
            app.build()
        finally:
            app.cleanup()
        pages = {page.stem: page.read_text(encoding="utf-8") for page in app.outdir.glob("*.html")}
        return pages, strip_colors(warnings.getvalue())

    run.source = source
    return run


def snippet_blocks(page_html: str) -> list[str]:
    return page_html.split('<div class="snippet docutils container">')[1:]


def test_shows_the_code_its_output_and_what_the_declarations_allow(build):
    pages, warnings = build("test-snippet")
    assert not warnings
    page = pages["01-demo"]
    assert "打招呼 · " in page and "hello.py" in page and "下载" in page
    assert "输出（CPython 3.13.0 实测）" in page
    assert "输出（CPython 3.13.0 实测；退出状态 1）" in page  # crash.out ends with [exit status 1]
    assert "[exit status" not in page  # the status is said by the caption, not shown as output
    assert "输出顺序每次运行可能不同" in page and "部分内容每次运行可能不同" in page  # loose.py's declarations
    assert "# snippet:" not in page


def test_region_shows_only_the_marked_lines_dedented(build):
    pages, _ = build("test-snippet")
    block = snippet_blocks(pages["01-demo"])[1]  # part.py
    code = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<pre>(.*?)</pre>", block, re.DOTALL)[1]))
    assert "part.py" in block
    assert code == "def f(self):\n    return 1\n"  # the region alone, dedented, without its marker lines


def test_missing_snippet_is_a_warning_naming_the_fix(build):
    build("test-snippet")
    page = build.source / "01-demo.rst"
    page.write_text(page.read_text(encoding="utf-8") + "\n.. snippet:: nothere.py\n", encoding="utf-8")
    _, warnings = build("test-snippet")
    assert "01-demo.rst:14: WARNING: snippets/01-demo/nothere.py does not exist: create it, or fix the file name" in (
        warnings
    )


def test_page_missing_an_output_is_read_again_once_the_output_exists(build):
    build("test-snippet")
    folder = build.source / "snippets" / "01-demo"
    (folder / "fresh.py").write_text("print(2)\n", encoding="utf-8")
    page = build.source / "01-demo.rst"
    page.write_text(page.read_text(encoding="utf-8") + "\n.. snippet:: fresh.py\n", encoding="utf-8")
    _, warnings = build("test-snippet")
    fix = "snippets/01-demo/fresh.py has no recorded output: run `make snippets ONLY=snippets/01-demo/fresh.py`"
    assert fix in warnings
    _, warnings = build("test-snippet")  # nothing changed: the page still warns (it is read again)
    assert fix in warnings
    (folder / "fresh.out").write_text("2\n", encoding="utf-8")  # what `make snippets` would write
    pages, warnings = build("test-snippet")
    assert not warnings
    assert "fresh.py" in pages["01-demo"] and len(snippet_blocks(pages["01-demo"])) == 5


def test_changed_output_is_shown_by_the_next_incremental_build(build):
    build("test-snippet")
    (build.source / "snippets" / "01-demo" / "hello.out").write_text("您好\n", encoding="utf-8")
    pages, warnings = build("test-snippet")
    assert not warnings and "您好" in pages["01-demo"]


def test_diagram_is_a_lazy_image_and_needs_a_description(build):
    pages, warnings = build("test-light-pages")
    assert "index.rst:11: WARNING: a graphviz diagram needs :alt: or :caption:" in warnings
    assert warnings.count("WARNING") == 1
    assert 'alt="a 指向 b"' in pages["index"] and 'loading="lazy"' in pages["index"]
    assert "<object" not in pages["index"]
