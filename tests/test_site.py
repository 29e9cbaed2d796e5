"""The real site: it builds with warnings as errors, and what a reader gets is what the tests checked.

The site is built once per run by the ``site`` fixture of tests/conftest.py, into a temporary directory
(nothing is written into the repository), and shared with tests/test_epub.py.
"""

import contextlib
import functools
import html
import http.server
import json
import os
import re
import shutil
import threading
from pathlib import Path

import pytest
from chinese_text import HAN  # _ext/, on sys.path through conftest.py
from snippet_contract import split_exit_status
from snippet_versions import VERSION_OUTPUT, said_in_one_line

ROOT = Path(__file__).parent.parent
SNIPPETS = ROOT / "snippets"
PRE_BLOCK = re.compile(r"<pre>(.*?)</pre>", re.DOTALL)
TAG = re.compile(r"<[^>]+>")
# tags whose address the browser fetches while it opens the page (links <a href> are not requests, nor is
# the canonical address a page gives of itself)
FETCHED = re.compile(
    r"<(?:script|link(?![^>]*\brel=\"canonical\")|img|iframe|object|source|embed)\b[^>]*?\b(?:src|href|data)=\"((?:https?:)?//[^\"]+)\""
)


@pytest.fixture(scope="module")
def built(site):
    """The folder of the built site; a test needing it fails at once if the build did."""
    if site.returncode != 0:
        pytest.fail(f"the site did not build:\n{site.stderr}")
    return site.html


def test_site_builds_without_a_warning(site):
    assert site.returncode == 0, f"sphinx-build failed:\n{site.stderr}"
    assert "WARNING" not in site.stderr, site.stderr


def test_every_chapter_shows_the_verified_output_of_each_snippet(built, page_with_snippets):
    page = page_with_snippets
    built_page = built / f"{page}.html"
    assert built_page.is_file(), f"snippets/{page}/ has no page: write docs/{page}.md and list it in docs/index.md"
    page_html = built_page.read_text(encoding="utf-8")
    shown = {html.unescape(TAG.sub("", block)).rstrip("\n") for block in PRE_BLOCK.findall(page_html)}
    notes = re.findall(r'<p class="snippet-versions-note">(.*?)</p>', page_html)
    notes = [html.unescape(TAG.sub("", note)) for note in notes]
    for recorded in sorted((SNIPPETS / page).glob("*.out")):
        output, _ = split_exit_status(recorded.read_text(encoding="utf-8"))
        output = output.rstrip("\n")
        if (version := VERSION_OUTPUT.match(recorded.name)) and said_in_one_line(recorded):  # _ext/versions.py
            said = [note for note in notes if f"CPython {version['version']}." in note]
            assert said, f"{page}.html says nothing of how {recorded.relative_to(ROOT)} differs"
            continue
        assert output in shown, f"{page}.html does not show the recorded output of {recorded.relative_to(ROOT)}"
    assert page_html.count("CPython ") >= 1, f"{page}.html does not say which Python verified its outputs"


def test_chinese_search_index_holds_chinese_words(built):
    index = json.loads(
        re.search(r"Search\.setIndex\((.*)\)\s*$", (built / "searchindex.js").read_text(encoding="utf-8"), re.DOTALL)[1]
    )
    terms = set(index["terms"])
    missing = {"生成器", "偏函数"} - terms
    assert not missing, f"the search index lacks {missing}: is jieba installed, and html_search_language 'zh'?"
    # sphinx-doc/sphinx#14229: Sphinx 9.0 wrote a ChineseStemmer the browser does not define, and search hung
    assert "ChineseStemmer" not in (built / "_static" / "language_data.js").read_text(encoding="utf-8")


def test_pages_fetch_nothing_from_third_party_hosts(built):
    remote = {
        f"{page.relative_to(built)}: {url}"
        for page in built.rglob("*.html")
        for url in FETCHED.findall(page.read_text(encoding="utf-8"))
    }
    remote |= {
        f"{sheet.relative_to(built)}: {url}"
        for sheet in built.rglob("*.css")
        for url in re.findall(
            r"url\(\s*['\"]?((?:https?:)?//[^)'\"]+)", sheet.read_text(encoding="utf-8", errors="replace")
        )
    }
    assert not remote, (
        "pages load files from other hosts (readers in mainland China may not reach them):\n"
        + "\n".join(sorted(remote))
    )


def test_pages_stay_light(built):
    """Each page asks for one stylesheet and one script (bundles made by _ext/light_pages.py), icon fonts cut
    to a few KB, diagrams as lazy images; no fontawesome.js; the search index on the search page only."""
    for page in built.glob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "fontawesome.js" not in text, f"{page.name} loads fontawesome.js (1.5 MB)"
        assert ("searchindex.js" in text) == (page.name == "search.html"), (
            f"{page.name}: searchindex.js belongs to search.html only"
        )
        if page.name in {"search.html", "404.html"}:  # the search scripts; the 404 page's absolute addresses
            continue
        sheets = re.findall(r'<link rel="stylesheet" href="([^"]+)"', text)
        scripts = re.findall(r'<script[^>]* src="([^"]+)"', text)
        assert [Path(s).name[:7] for s in sheets + scripts] == ["bundle-", "bundle-"], (
            f"{page.name}: {sheets} {scripts}"
        )
        assert all((built / s).is_file() for s in sheets + scripts), f"{page.name} links to a missing bundle"
        assert "<object" not in text, f"{page.name}: a diagram is an <object>, not a lazily loaded <img>"
        for image in re.findall(r"<img [^>]*>", text):
            assert 'loading="lazy"' in image and re.search(r'alt="[^"]+"', image), f"{page.name}: {image}"
    fonts = [font for font in (built / "_static").glob("fa-*.woff2")]
    assert fonts and all(font.stat().st_size < 10_000 for font in fonts), [(f.name, f.stat().st_size) for f in fonts]


def meta(text, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', text)
    return html.unescape(found[1]) if found else None


def test_pages_describe_themselves_to_search_engines_and_link_previews(built):
    """Meta description, canonical URL and Open Graph / Twitter tags with a card drawn at build time."""
    base = re.search(
        r'<link rel="canonical" href="([^"]+)index.html"', (built / "index.html").read_text(encoding="utf-8")
    )[1]
    pages = [page for page in sorted(built.glob("*.html")) if page.name not in {"search.html", "404.html"}]
    for page in pages:
        text = page.read_text(encoding="utf-8")
        url = base + page.name
        assert f'<link rel="canonical" href="{url}" />' in text, f"{page.name}: no canonical URL {url}"
        assert len(meta(text, "name", "description") or "") >= 20, f"{page.name}: no meta description"
        assert meta(text, "property", "og:url") == url and meta(text, "property", "og:title"), page.name
        assert meta(text, "name", "twitter:card") == "summary_large_image", page.name
        card = meta(text, "property", "og:image")
        assert card and card.startswith(base), f"{page.name}: og:image {card!r}"
        png = (built / card.removeprefix(base)).read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[16:24] == (1200).to_bytes(4) + (630).to_bytes(4), card
    sitemap = (built / "sitemap.xml").read_text(encoding="utf-8")
    assert set(re.findall(r"<loc>([^<]+)</loc>", sitemap)) == {
        base + page.name for page in pages if page.name != "genindex.html"
    }
    assert f"Sitemap: {base}sitemap.xml" in (built / "robots.txt").read_text(encoding="utf-8")


def test_every_chapter_says_how_long_it_takes_to_read(built):
    for page in built.glob("[0-9][0-9]-*.html"):
        minutes = re.search(
            r'</h1>\s*<p class="reading-time">阅读时间约 (\d+) 分钟</p>', page.read_text(encoding="utf-8")
        )
        assert minutes and 1 <= int(minutes[1]) <= 60, f"{page.name}: no reading time under the title"


def test_general_index_files_chinese_terms_under_pinyin_letters(built):
    text = (built / "genindex.html").read_text(encoding="utf-8")
    headings = re.findall(r'<h2 id="[^"]*">([^<]*)</h2>', text)
    assert "Z" in headings and not [h for h in headings if re.fullmatch(f"[{HAN}]", h)], headings
    zed = text[text.index('<h2 id="Z">') :]
    assert ">装饰器<" in zed.split("</table>")[0], "装饰器 is not under Z"


def test_glossary_anchors_are_spelled_not_numbered(built):
    """A Chinese term's address stays the same when entries are added: #term-zhuang-shi-qi, not #term-156."""
    anchors = re.findall(r'<dt id="(term-[^"]+)"', (built / "glossary.html").read_text(encoding="utf-8"))
    numbered = [anchor for anchor in anchors if re.fullmatch(r"term-\d+", anchor)]
    assert "term-zhuang-shi-qi" in anchors and len(numbered) <= 2, numbered


def test_the_themes_buttons_and_menus_speak_chinese(built):
    """The labels the themes leave in English are shown in Chinese (_ext/ui_labels.py), as tooltips, screen-reader
    labels and menu items of the header, which comes before the chapter's text."""
    from ui_labels import LABELS  # _ext/, on sys.path through conftest.py

    for page in ["index.html", "01-partial.html"]:
        text = (built / page).read_text(encoding="utf-8").split('<article class="bd-article"')[0]  # not the lessons
        english = [label for label in LABELS if f'"{label}"' in text or re.search(rf">\s*{label}\s*<", text)]
        assert not english, f"{page} still shows {english}"
        assert "编辑此页" in text and "提出问题" in text and "颜色模式" in text, page


def test_404_page_works_at_any_depth(built):
    """GitHub Pages serves 404.html for a missing address at any depth: its links must not be relative."""
    text = (built / "404.html").read_text(encoding="utf-8")
    addresses = re.findall(r'(?:href|src)="([^"#]+)"', text)
    relative = [a for a in addresses if not a.startswith(("/", "https://", "http://", "mailto:"))]
    assert addresses and not relative, f"404.html has relative links, broken below the top level: {relative[:5]}"
    assert "页面不存在" in text


# -- the site's own search, as a reader uses it ----------------------------------------------
SEARCH_QUERIES = ROOT / "tests" / "search_queries.txt"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
CJK_RUN = re.compile(f"[{HAN}]+")
TIMEOUT_MS = 10_000  # for one search to list its results and their passages
TYPED_QUERIES = 8  # typed and sent as a reader does; the others are searched on the page already loaded
# what searchtools.js does with the query of the page's address, on a page whose results are cleared first
SEARCH_ON_THIS_PAGE = (
    "query => { document.getElementById('search-results').replaceChildren(); Search.performSearch(query); }"
)


def search_queries():
    """(query, chapter slug) pairs of tests/search_queries.txt: the slug is the last field of a line."""
    pairs = []
    for line in SEARCH_QUERIES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            query, slug = line.rsplit(maxsplit=1)
            pairs.append((query.strip(), slug))
    return pairs


def chromium():
    found = os.environ.get("CHROMIUM") or next(
        filter(None, map(shutil.which, ["chromium", "chromium-browser", "google-chrome"])), None
    )
    assert found, "no Chromium to test the search page with: apt-get install chromium (or set CHROMIUM=/path/to/chrome)"
    return found


def shows_the_query(passage, query):
    """The passage shows the query, or a part of it: a whole Latin word, or two adjacent characters of a CJK run."""
    passage = passage.lower()
    if query.lower() in passage:
        return True
    latin = [word for word in re.split(rf"[^\w.]+|[{HAN}]+", query.lower()) if len(word) > 1]
    pairs = [run[i : i + 2] for run in CJK_RUN.findall(query) for i in range(len(run) - 1)]
    return any(part in passage for part in latin + pairs)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="module")
def served_site(built):
    """The built site on 127.0.0.1, on a free port, for as long as the module's tests run."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(built)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()
    thread.join()


def test_search_query_list_covers_every_chapter():
    pairs = search_queries()
    chapters = {page.stem for page in (ROOT / "docs").glob("[0-9][0-9]-*.md")}
    assert len(pairs) >= 60, f"{SEARCH_QUERIES.name} lists {len(pairs)} queries, at least 60 are wanted"
    assert not {slug for _, slug in pairs} - chapters, f"{SEARCH_QUERIES.name} names chapters that do not exist"
    assert not chapters - {slug for _, slug in pairs}, (
        f"chapters without a query in {SEARCH_QUERIES.name}: {sorted(chapters - {slug for _, slug in pairs})}"
    )


def chapter_title(slug):
    return next(
        line[2:].strip()
        for line in (ROOT / "docs" / f"{slug}.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )


# -- Content-Security-Policy: the browser reports each thing a page's policy blocks ------------------------------
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', event => window.__cspViolations.push(
  `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
  (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : '') +
  (event.sample ? `: ${event.sample}` : '')));
"""


def watch_policy(context, page, violations):
    """Collect the page's CSP violations (its own event, and Chromium's console message), and let no request
    leave the machine: a blocked request never leaves anyway, and one the policy missed is aborted here."""
    context.add_init_script(CSP_LISTENER)
    context.route(re.compile(r"^(?!https?://127\.0\.0\.1[:/]|data:|blob:|about:).*"), lambda route: route.abort())
    page.on(
        "console",
        lambda message: (
            violations.append(f"{page.url}: {message.text}") if "Content Security Policy" in message.text else None
        ),
    )


def policy_violations(browser, url):
    """Open a page, let its scripts run, and return what its Content-Security-Policy blocked."""
    context = browser.new_context()
    page = context.new_page()
    violations = []
    watch_policy(context, page, violations)
    page.goto(url, wait_until="load")
    page.wait_for_timeout(300)  # scripts that run after load (the theme's, the search page's)
    violations += [f"{url}: {v}" for v in page.evaluate("window.__cspViolations")]
    context.close()
    return violations


def test_every_page_has_a_policy_that_allows_only_its_own_origin(built):
    for page in built.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "<head" not in text:  # a template fragment the theme copies to _static/, not a page
            continue
        policies = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', text)
        assert len(policies) == 1, f"{page.relative_to(built)}: {len(policies)} Content-Security-Policy <meta>"
        policy = html.unescape(policies[0])
        assert "default-src 'self';" in policy and "unsafe-inline" not in policy and "*" not in policy, policy
        first_script = text.find("<script")
        assert first_script == -1 or text.index("Content-Security-Policy") < first_script, f"{page.name}: script first"


def test_pages_break_no_content_security_policy(served_site, built):
    """Every page opens in Chromium without a single CSP violation."""
    from playwright.sync_api import sync_playwright

    violations = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        for page in sorted(built.rglob("*.html")):
            if "<head" not in page.read_text(encoding="utf-8"):
                continue
            violations += policy_violations(browser, served_site + page.relative_to(built).as_posix())
        browser.close()
    assert not violations, "the Content-Security-Policy blocked:\n" + "\n".join(violations)


def test_a_script_from_another_host_is_reported(built, tmp_path):
    """The check above can fail: a page given a script from another host reports it (nothing is fetched)."""
    from playwright.sync_api import sync_playwright

    shutil.copytree(built, tmp_path / "html")
    doctored = tmp_path / "html" / "index.html"
    text = doctored.read_text(encoding="utf-8")
    foreign = '<script src="https://example.com/x.js"></script>'
    doctored.write_text(text.replace("</body>", foreign + "</body>"), encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(tmp_path / "html"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
            violations = policy_violations(browser, f"http://127.0.0.1:{server.server_address[1]}/index.html")
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    assert any("script-src-elem blocked https://example.com/x.js" in v for v in violations), violations


def test_search_finds_each_query(served_site):
    """Search for each query of tests/search_queries.txt on search.html: its chapter is among the first three
    results, every result shows its page title, and the chapter's result quotes a passage with the query.

    The first queries are typed into the search field and sent with Enter, as a reader does: the page
    loads again with the query in its address, and searchtools.js calls Search.performSearch(query). The
    others call Search.performSearch(query) on the loaded page: the same code (the project's splitter,
    scorer and passages included), without loading the page and its 250 KB index 100 more times."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    failures = []
    errors = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context()
        page = context.new_page()
        watch_policy(context, page, errors)  # a CSP violation while searching is an error too
        page.set_default_timeout(TIMEOUT_MS)
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        page.goto(served_site + "search.html")
        for number, (query, slug) in enumerate(search_queries()):
            if number < TYPED_QUERIES:
                field = page.locator(".bd-search-container form.bd-search input[name=q]")
                field.fill("")
                field.press_sequentially(query)
                with page.expect_navigation():
                    field.press("Enter")
            else:
                page.evaluate(SEARCH_ON_THIS_PAGE, query)
            try:  # the status line is written once every result is listed; the passages are fetched after that
                page.wait_for_function("() => document.querySelector('#search-results .search-summary')?.textContent")
                page.wait_for_function(
                    "() => [...document.querySelectorAll('#search-results li')].slice(0, 3)"
                    ".every(li => li.querySelector('p.context'))"
                )
            except PlaywrightTimeout:
                failures.append(f"{query!r}: no results with passages after {TIMEOUT_MS / 1000:.0f} s")
                continue
            top = page.eval_on_selector_all(
                "#search-results li",
                "items => items.slice(0, 3).map(li => ({"
                " href: li.querySelector('a').getAttribute('href'), title: li.querySelector('a').textContent,"
                " passage: li.querySelector('p.context')?.textContent ?? ''}))",
            )
            shown = "; ".join(f"{item['href']} “{item['title']}”" for item in top) or "no result"
            chapter = [item for item in top if item["href"].split("#")[0] == f"{slug}.html"]
            if not chapter:
                failures.append(f"{query!r}: {slug} not among the first three results ({shown})")
            elif not all(item["title"].strip() for item in top) or not chapter[0]["title"].startswith(
                chapter_title(slug)
            ):
                failures.append(f"{query!r}: a result without its page title ({shown})")
            elif not shows_the_query(chapter[0]["passage"], query):
                failures.append(
                    f"{query!r}: the passage shown for {slug} lacks the query: {chapter[0]['passage'][:120]!r}"
                )
            # what the policy blocked during this search (the list is emptied: the page may stay loaded)
            errors += [f"{page.url}: {v}" for v in page.evaluate("window.__cspViolations.splice(0)")]
        browser.close()
    assert not errors, "the search page raised JavaScript errors or CSP violations:\n" + "\n".join(errors)
    assert not failures, f"{len(failures)} of {len(search_queries())} searches failed:\n" + "\n".join(failures)


# -- 运行 / 编辑: examples run in the browser on Pyodide (_ext/browser_run.py) -------------------------------------
RUN_CHAPTERS = ["01-partial", "03-unboundlocalerror", "18-mixin"]  # every runnable example of these is run
RUN_TIMEOUT_MS = 120_000  # the first run loads the interpreter (~13 MB, uncompressed from the test server)


def pyodide_harness():
    """_ext/browser_run_static/harness.py: the comparison the page makes, to check what the page shows."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("harness", ROOT / "_ext" / "browser_run_static" / "harness.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recorded_in_browser(page, name):
    """What the snippet prints on Pyodide, as recorded: its own output there, or the CPython output if the same."""
    entry = json.loads((SNIPPETS / page / "pyodide.json").read_text(encoding="utf-8"))["snippets"][name]
    return entry.get("output") or (SNIPPETS / page / name).with_suffix(".out").read_text(encoding="utf-8")


def press_run(tab, bar):
    bar.get_by_role("button", name="运行", exact=True).click()
    tab.wait_for_function(
        "bar => ['done', 'stopped', 'timeout', 'failed']"
        ".includes(bar.querySelector('.snippet-run-result').dataset.state)",
        arg=bar.element_handle(),
        timeout=RUN_TIMEOUT_MS,
    )
    state = bar.locator(".snippet-run-result").get_attribute("data-state")
    text = bar.locator("pre.snippet-run-output").text_content()
    status = int(bar.locator(".snippet-run-result").get_attribute("data-exit-status") or 0)
    if status:
        text += ("" if text.endswith("\n") or not text else "\n") + f"[exit status {status}]\n"
    return state, text


def test_the_copied_pyodide_files_carry_their_licences(built):
    """The site redistributes Pyodide (MPL-2.0) and CPython (PSF): a notice beside the files names what they are,
    their licences and where their source is, and the version it names is the one copied."""
    folder = built / "_static" / "browser-run" / "pyodide"
    version = json.loads((ROOT / "node_modules" / "pyodide" / "package.json").read_text(encoding="utf-8"))["version"]
    notice = (folder / "NOTICE.txt").read_text(encoding="utf-8")
    assert f"Pyodide {version}" in notice and "Mozilla Public License 2.0" in notice, notice
    assert "Python Software Foundation License" in notice and "github.com/pyodide/pyodide" in notice, notice
    copied = {f.name for f in folder.iterdir()} - {"NOTICE.txt"}
    assert copied and all(name in notice for name in copied), f"files the notice does not name: {copied}"


@contextlib.contextmanager
def reader_tab(served_site):
    """A phone-sized tab in headless Chromium. On leaving: no request went beyond 127.0.0.1, and no console
    error or CSP violation occurred (each page's violations are collected by the caller, see page_violations)."""
    from playwright.sync_api import sync_playwright

    errors, requests = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 390, "height": 844})
        tab = context.new_page()
        watch_policy(context, tab, errors)
        tab.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
        tab.on("pageerror", lambda error: errors.append(f"{tab.url}: {error}"))
        tab.on("request", lambda request: requests.append(request.url))
        context.on(  # a worker stopped while it loads aborts its requests: that is not a failure
            "requestfailed",
            lambda req: errors.append(f"{req.url}: {req.failure}") if "ABORTED" not in req.failure else None,
        )
        tab.errors, tab.requests = errors, requests
        yield tab
        outside = [url for url in requests if not url.startswith(("http://127.0.0.1", "data:", "blob:"))]
        browser.close()
    assert not outside, f"requests beyond 127.0.0.1: {outside}"
    assert not errors, "console errors or CSP violations:\n" + "\n".join(errors)


def page_violations(tab):
    tab.errors.extend(f"{tab.url}: {v}" for v in tab.evaluate("window.__cspViolations"))


@pytest.mark.parametrize("page", RUN_CHAPTERS)
def test_every_runnable_example_of_a_chapter_runs_in_the_browser(served_site, page):
    """Press 运行 on every runnable example of the chapter: each prints what its Pyodide record says.
    No Pyodide byte before 运行, no request beyond 127.0.0.1, no console error, no CSP violation."""
    harness = pyodide_harness()
    problems = []
    with reader_tab(served_site) as tab:
        tab.goto(served_site + f"{page}.html", wait_until="load")
        bars = tab.locator("div.snippet-run[data-script]")
        assert bars.count(), f"{page}.html: no example has a 运行 button"
        assert not [url for url in tab.requests if "/browser-run/" in url], f"{page}.html fetched Pyodide before 运行"
        for index in range(bars.count()):
            bar = bars.nth(index)
            name = bar.get_attribute("data-script")
            options = json.loads(bar.get_attribute("data-options"))
            state, shown = press_run(tab, bar)
            expected = recorded_in_browser(page, name)
            if state != "done" or harness.comparable(shown, options) != harness.comparable(expected, options):
                problems.append(f"{page}/{name} ({state}): the browser printed\n{shown}\nthe record:\n{expected}")
        page_violations(tab)
    assert not problems, f"{len(problems)} examples printed something else in the browser:\n" + "\n\n".join(problems)


def test_an_example_is_edited_restored_and_stopped_in_the_browser(served_site):
    """编辑: a changed literal changes the output, 还原 restores it; 停止 and the timeout end an endless loop;
    an example that cannot run says why."""
    with reader_tab(served_site) as tab:
        tab.goto(served_site + "01-partial.html", wait_until="load")
        bar = tab.locator("div.snippet-run[data-script='partial_basics.py']")
        snippet = tab.locator("div.snippet", has=bar)
        original = press_run(tab, bar)[1]
        bar.get_by_role("button", name="编辑", exact=True).click()
        editor = snippet.locator("textarea.snippet-run-editor")
        assert editor.is_visible() and editor.evaluate("e => e === document.activeElement"), "编辑: no editor in focus"
        editor.fill(editor.input_value().replace("really_mod_by_100(250)", "really_mod_by_100(251)"))
        edited = press_run(tab, bar)[1]
        assert "really_mod_by_100(251) = 51" in edited and edited != original, edited
        assert "代码改过了" in bar.locator(".snippet-run-verdict").text_content()
        bar.get_by_role("button", name="还原", exact=True).click()
        assert not editor.count() and snippet.locator("div.snippet-code div.highlight").is_visible()
        assert press_run(tab, bar)[1] == original
        assert "与页面上的输出一致" in bar.locator(".snippet-run-verdict").text_content()

        bar.get_by_role("button", name="编辑", exact=True).click()
        editor.fill("n = 0\nwhile True:\n    n += 1\n")
        bar.get_by_role("button", name="运行", exact=True).click()
        tab.wait_for_function(
            "b => b.querySelector('.snippet-run-result').dataset.state === 'running'",
            arg=bar.element_handle(),
            timeout=RUN_TIMEOUT_MS,
        )
        tab.wait_for_timeout(500)
        bar.get_by_role("button", name="停止", exact=True).click()
        assert bar.locator(".snippet-run-result").get_attribute("data-state") == "stopped"
        assert bar.get_by_role("button", name="运行", exact=True).is_enabled()
        bar.evaluate("b => { b.dataset.timeout = '2'; }")
        state, _ = press_run(tab, bar)
        assert state == "timeout" and "超过 2 秒" in bar.locator(".snippet-run-status").text_content()
        page_violations(tab)

        tab.goto(served_site + "07-concurrency-basics.html", wait_until="load")
        why = tab.locator("p.snippet-run-why").first.text_content()
        assert why.startswith("不能在浏览器里运行：需要"), why
        page_violations(tab)
