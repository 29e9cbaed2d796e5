"""The {snippet} directive and the diagrams of light pages, each loaded alone on a minimal project.

tests/roots/test-snippet/ is a project with the directive and nothing else of the site (no theme, no
MyST); tests/roots/test-light-pages/ has the light-pages extension alone. Each test copies its root into
a temporary folder and builds it in this process with sphinx.testing (the build_root fixture of
tests/conftest.py), in about a second.
"""

from __future__ import annotations

import html
import re


def snippet_blocks(page_html: str) -> list[str]:
    return page_html.split('<div class="snippet docutils container">')[1:]


def test_shows_the_code_its_output_and_what_the_declarations_allow(build_root):
    pages, warnings = build_root("test-snippet")
    assert not warnings
    page = pages["01-demo"]
    assert "打招呼 · " in page and "hello.py" in page and "下载" in page
    assert "输出（CPython 3.13.0 实测）" in page
    assert "输出（CPython 3.13.0 实测；退出状态 1）" in page  # crash.out ends with [exit status 1]
    assert "[exit status" not in page  # the status is said by the caption, not shown as output
    assert "输出顺序每次运行可能不同" in page and "部分内容每次运行可能不同" in page  # loose.py's declarations
    assert "# snippet:" not in page


def test_region_shows_only_the_marked_lines_dedented(build_root):
    pages, _ = build_root("test-snippet")
    block = snippet_blocks(pages["01-demo"])[1]  # part.py
    code = html.unescape(re.sub(r"<[^>]+>", "", re.search(r"<pre>(.*?)</pre>", block, re.DOTALL)[1]))
    assert "part.py" in block
    assert code == "def f(self):\n    return 1\n"  # the region alone, dedented, without its marker lines


def test_missing_snippet_is_a_warning_naming_the_fix(build_root):
    build_root("test-snippet")
    page = build_root.source / "01-demo.rst"
    page.write_text(page.read_text(encoding="utf-8") + "\n.. snippet:: nothere.py\n", encoding="utf-8")
    _, warnings = build_root("test-snippet")
    assert "01-demo.rst:14: WARNING: snippets/01-demo/nothere.py does not exist: create it, or fix the file name" in (
        warnings
    )


def test_page_missing_an_output_is_read_again_once_the_output_exists(build_root):
    build_root("test-snippet")
    folder = build_root.source / "snippets" / "01-demo"
    (folder / "fresh.py").write_text("print(2)\n", encoding="utf-8")
    page = build_root.source / "01-demo.rst"
    page.write_text(page.read_text(encoding="utf-8") + "\n.. snippet:: fresh.py\n", encoding="utf-8")
    _, warnings = build_root("test-snippet")
    fix = "snippets/01-demo/fresh.py has no recorded output: run `make snippets ONLY=snippets/01-demo/fresh.py`"
    assert fix in warnings
    _, warnings = build_root("test-snippet")  # nothing changed: the page still warns (it is read again)
    assert fix in warnings
    (folder / "fresh.out").write_text("2\n", encoding="utf-8")  # what `make snippets` would write
    pages, warnings = build_root("test-snippet")
    assert not warnings
    assert "fresh.py" in pages["01-demo"] and len(snippet_blocks(pages["01-demo"])) == 5


def test_changed_output_is_shown_by_the_next_incremental_build(build_root):
    build_root("test-snippet")
    (build_root.source / "snippets" / "01-demo" / "hello.out").write_text("您好\n", encoding="utf-8")
    pages, warnings = build_root("test-snippet")
    assert not warnings and "您好" in pages["01-demo"]


def test_recorded_failure_the_script_does_not_declare_is_a_warning(build_root):
    build_root("test-snippet")
    crash = build_root.source / "snippets" / "01-demo" / "crash.py"
    crash.write_text(crash.read_text(encoding="utf-8").replace("# snippet: exit=1\n", ""), encoding="utf-8")
    pages, warnings = build_root("test-snippet")
    assert (
        "snippets/01-demo/crash.out ends with exit status 1, but the script declares no failure: "
        "run `make snippets ONLY=snippets/01-demo/crash.py`"
    ) in warnings
    assert len(snippet_blocks(pages["01-demo"])) == 3  # the failure is not shown as if it were meant


def test_diagram_is_a_lazy_image_and_needs_a_description(build_root):
    pages, warnings = build_root("test-light-pages")
    assert "index.rst:11: WARNING: a graphviz diagram needs :alt: or :caption:" in warnings
    assert warnings.count("WARNING") == 1
    assert 'alt="a 指向 b"' in pages["index"] and 'loading="lazy"' in pages["index"]
    assert "<object" not in pages["index"]
