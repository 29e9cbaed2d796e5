"""An incremental build gives the site a cold build would: after an edit of _static/, snippets/, docs/ or _ext/.

In a temporary copy of the project, reduced to the home page, one chapter and the glossary so that each
build takes seconds: build from nothing; append a rule to _static/custom.css, change a snippet's recorded
output and add a sentence to a page; build again, incrementally, as `make html` and `make serve` do; then
build the edited copy from nothing, and compare the two sites page by page, with every stylesheet and
script each page loads. Then edit a script an extension bundles into every page, and last an extension
that shapes every page: after each, the next incremental build writes every page.
"""

import re
import shutil
from pathlib import Path

ROOT = Path(__file__).parent.parent
PAGES = ["01-partial"]
CARD = re.compile(r'<meta property="og:image" content="([^"]+)"')
SCRIPT = re.compile(r'<script\b[^>]*?\bsrc="([^"#?]+)"')
ASSET = re.compile(r'<(?:link|script)\b[^>]*?\b(?:href|src)="(?!https?:|/)([^"#?]+)')


def copy_of_the_project(to: Path) -> Path:
    to.mkdir()
    for name in ["conf.py", ".python-version", "python-versions.txt"]:
        shutil.copy2(ROOT / name, to / name)
    (to / "node_modules").symlink_to(ROOT / "node_modules")  # Pyodide, which _ext/browser_run.py copies into the site
    for folder in ["_ext", "_static", "_templates"]:
        shutil.copytree(ROOT / folder, to / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (to / "docs").mkdir()
    for page in [*PAGES, "glossary"]:
        shutil.copy2(ROOT / "docs" / f"{page}.md", to / "docs" / f"{page}.md")
    toctree = "\n".join([*PAGES, "glossary"])
    (to / "docs" / "index.md").write_text(f"# 首页\n\n一个只有一章的副本。\n\n```{{toctree}}\n{toctree}\n```\n")
    for page in PAGES:
        shutil.copytree(ROOT / "snippets" / page, to / "snippets" / page)
    return to


def site(html: Path) -> dict[str, str]:
    """Each page's HTML, and each stylesheet or script a page loads, by its path in the site."""
    files = {}
    for page in sorted(html.glob("*.html")):
        text = page.read_text(encoding="utf-8")
        files[page.name] = text
        for asset in ASSET.findall(text):
            path = html / asset
            files[asset] = path.read_text(encoding="utf-8") if path.is_file() else "(missing)"
    return files


def bundled_script(html: Path, page: Path) -> str:
    """The scripts a page loads, one after the other (404.html names them from the site's root)."""
    sources = SCRIPT.findall(page.read_text(encoding="utf-8"))
    files = [html / "_static" / src.split("_static/", 1)[1] if "_static/" in src else html / src for src in sources]
    return "".join(file.read_text(encoding="utf-8") for file in files if file.is_file())


def build(sphinx_build, project: Path, out: Path):
    # warnings allowed: the copy's pages point at chapters it does not hold
    done = sphinx_build("html", project / "docs", out / "html", out / "doctrees", conf=project, strict=False)
    assert done.returncode == 0, done.stderr
    return out / "html"


def test_an_incremental_build_equals_a_cold_one(sphinx_build, tmp_path):
    project = copy_of_the_project(tmp_path / "project")
    incremental = build(sphinx_build, project, tmp_path / "incremental")
    before = site(incremental)

    with open(project / "_static" / "custom.css", "a", encoding="utf-8") as css:
        css.write("\n.house-test { color: rebeccapurple; }\n")
    recorded = sorted((project / "snippets" / PAGES[0]).glob("*.out"))[0]
    recorded.write_text(recorded.read_text(encoding="utf-8") + "增量构建测试多出的一行\n", encoding="utf-8")
    with open(project / "docs" / "index.md", "a", encoding="utf-8") as page:
        page.write("\n增量构建测试添加的一句话。\n")

    after = site(build(sphinx_build, project, tmp_path / "incremental"))
    cold = site(build(sphinx_build, project, tmp_path / "cold"))

    assert after != before
    assert sorted(after) == sorted(cold), f"different pages or files: {sorted(set(after) ^ set(cold))}"
    stale = [name for name in cold if after[name] != cold[name]]
    assert not stale, f"after the edits, the incremental build differs from a cold build in {stale}"
    assert all("rebeccapurple" in text for name, text in after.items() if name.endswith(".css"))
    assert "增量构建测试多出的一行" in after[f"{PAGES[0]}.html"]
    assert "增量构建测试添加的一句话" in after["index.html"]

    # An edit of a script an extension puts on every page: every page loads a bundle that holds it.
    with open(project / "_ext" / "browser_run_static" / "browser-run.js", "a", encoding="utf-8") as script:
        script.write("\n// house-test: an extension's script that every page bundles\n")
    rebuilt = build(sphinx_build, project, tmp_path / "incremental")
    stale = [page.name for page in rebuilt.glob("*.html") if "house-test" not in bundled_script(rebuilt, page)]
    assert not stale, f"pages still loading the script as it was before the edit: {stale}"

    # An edit of an extension that shapes every page (the link-preview cards): every page is written again.
    with open(project / "_ext" / "page_metadata.py", "a", encoding="utf-8") as extension:
        extension.write("\n# an edit of an extension that shapes every page\n")
    edited = site(build(sphinx_build, project, tmp_path / "incremental"))
    unchanged = [
        name
        for name in after
        if name.endswith(".html")
        and CARD.search(after[name])
        and CARD.search(after[name])[1] == CARD.search(edited[name])[1]
    ]
    assert not unchanged, f"pages still showing the card drawn by the old code: {unchanged}"
