"""The real site: it builds with warnings as errors, and what a reader gets is what the tests checked.

The site is built once, into a temporary directory (nothing is written into the repository).
"""

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from snippet import split_exit_status  # _ext/, on sys.path through conftest.py

ROOT = Path(__file__).parent.parent
SNIPPETS = ROOT / "snippets"
PRE_BLOCK = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# tags whose address the browser fetches while it opens the page (links <a href> are not requests)
FETCHED = re.compile(r"<(?:script|link|img|iframe|object|source|embed)\b[^>]*?\b(?:src|href|data)=\"((?:https?:)?//[^\"]+)\"")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run(
        [sys.executable, "-m", "sphinx", "-b", "html", "--fail-on-warning", "--keep-going", "-q", "--no-color",
         "-c", str(ROOT), "-d", str(out / "doctrees"), str(ROOT / "docs"), str(out / "html")],
        capture_output=True, text=True,
    )
    return build, out / "html"


def test_site_builds_without_a_warning(site):
    build, _ = site
    assert build.returncode == 0, f"sphinx-build failed:\n{build.stderr}"
    assert "WARNING" not in build.stderr, build.stderr


def pages_with_snippets():
    return sorted(folder.name for folder in SNIPPETS.iterdir() if folder.is_dir())


@pytest.mark.parametrize("page", pages_with_snippets())
def test_every_chapter_shows_the_verified_output_of_each_snippet(site, page):
    _, built = site
    built_page = built / f"{page}.html"
    assert built_page.is_file(), f"snippets/{page}/ has no page: write docs/{page}.md and list it in docs/index.md"
    page_html = built_page.read_text(encoding="utf-8")
    shown = {html.unescape(TAG.sub("", block)).rstrip("\n") for block in PRE_BLOCK.findall(page_html)}
    for recorded in sorted((SNIPPETS / page).glob("*.out")):
        output, _ = split_exit_status(recorded.read_text(encoding="utf-8"))
        output = output.rstrip("\n")
        assert output in shown, f"{page}.html does not show the recorded output of {recorded.relative_to(ROOT)}"
    assert page_html.count("CPython ") >= 1, f"{page}.html does not say which Python verified its outputs"


def test_chinese_search_index_holds_chinese_words(site):
    _, built = site
    index = json.loads(re.search(r"Search\.setIndex\((.*)\)\s*$", (built / "searchindex.js").read_text(encoding="utf-8"), re.DOTALL)[1])
    terms = set(index["terms"])
    missing = {"生成器", "偏函数"} - terms
    assert not missing, f"the search index lacks {missing}: is jieba installed, and html_search_language 'zh'?"
    # sphinx-doc/sphinx#14229: Sphinx 9.0 wrote a ChineseStemmer the browser does not define, and search hung
    assert "ChineseStemmer" not in (built / "_static" / "language_data.js").read_text(encoding="utf-8")


def test_pages_fetch_nothing_from_third_party_hosts(site):
    _, built = site
    remote = {
        f"{page.relative_to(built)}: {url}"
        for page in built.rglob("*.html")
        for url in FETCHED.findall(page.read_text(encoding="utf-8"))
    }
    remote |= {
        f"{sheet.relative_to(built)}: {url}"
        for sheet in built.rglob("*.css")
        for url in re.findall(r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", sheet.read_text(encoding="utf-8", errors="replace"))
    }
    assert not remote, "pages load files from other hosts (readers in mainland China may not reach them):\n" + "\n".join(sorted(remote))


def test_pages_stay_light(site):
    """_templates/layout.html drops fontawesome.js everywhere and the search index outside the search page."""
    _, built = site
    for page in built.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fontawesome.js" not in text, f"{page.name} loads fontawesome.js (1.5 MB)"
        assert ("searchindex.js" in text) == (page.name == "search.html"), f"{page.name}: searchindex.js belongs to search.html only"
