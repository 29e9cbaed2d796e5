"""运行 and 编辑 under each example that can run in a browser: CPython 3.14 compiled to WebAssembly (Pyodide).

Which examples can run there is not typed by hand: ``_ext/pyodide_runs.mjs`` runs every snippet on Pyodide
under Node (``make snippets`` does, after the CPython runs) and records the result beside the snippets, in
``snippets/<page>/pyodide.json``; ``tests/test_browser_run.py`` checks that record is current.

For the html builder only (the EPUB is unchanged), this extension

- marks each snippet container of a page (``{snippet}``, whatever extension makes it: a ``container`` node
  with the class ``snippet`` and a download link to its script) with what the page's script needs: the file,
  its ``# snippet:`` declarations, the region shown, or the one short line saying why it cannot run;
- puts ``browser-run.js`` (a few KB, in the page's script bundle at the end of the body) and ``browser-run.css``
  on every page. The script does nothing until 运行 is pressed: only then does a Web Worker load Pyodide;
- copies the worker, its Python harness and the few Pyodide files it needs (core, standard library, lock file)
  from ``node_modules/pyodide`` into ``_static/browser-run/``: everything comes from the site's own origin;
- writes ``_static/browser-run/pyodide/NOTICE.txt`` beside them: which Pyodide and CPython they are, their
  licences (MPL-2.0, PSF) and where their source is, as MPL-2.0 section 3.2 asks of whoever distributes them;
- asks ``_ext/csp.py`` (``csp_extra_sources``) to allow WebAssembly (``'wasm-unsafe-eval'``) and the worker.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
from pathlib import Path

from docutils import nodes
from light_pages import copy_into_static  # _ext/: the page bundles own _static/
from sphinx import addnodes
from sphinx.errors import ConfigError
from sphinx.util import logging

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "browser_run_static"
PYODIDE = ROOT / "node_modules" / "pyodide"
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]
OWN_FILES = ["browser-run-worker.mjs", "harness.py"]  # into _static/browser-run/, loaded by the worker
PAGE_FILES = ["browser-run.js", "browser-run.css"]  # into _static/, bundled with the page's other files
NOTICE = "NOTICE.txt"  # into _static/browser-run/pyodide/, beside the files it describes
# Every page is written again when this module or a file it ships changes: pages carry its marks, and the
# page bundle (_ext/light_pages.py) holds its script and stylesheet, named by their content.
CODE = hashlib.sha256(
    b"".join(path.read_bytes() for path in [Path(__file__), *sorted(HERE.iterdir())] if path.is_file())
).hexdigest()[:16]
RECORD = "pyodide.json"  # snippets/<page>/pyodide.json, written by _ext/pyodide_runs.mjs
MISSING = (
    "missing: Pyodide (node_modules/pyodide), CPython in WebAssembly, behind the 运行 buttons. "
    "Install: run `npm ci` in the repository"
)
OPTION_LINE = re.compile(r"^\s*#\s*snippet:\s*(?P<key>\w+)\s*(?:=\s*(?P<value>.*?))?\s*$")
REGION_LINE = re.compile(r"^(?P<indent>\s*)#\s*\[(?P<edge>start|end)-(?P<name>[\w-]+)\]\s*$")
CSP_NEEDS = {"script-src": ["'wasm-unsafe-eval'"], "worker-src": ["'self'"]}


def read_options(source: str) -> dict:
    """The `# snippet:` declarations the page's comparison needs (CONTRIBUTING.md, 无法逐字相同的输出)."""
    options = {"unordered": False, "vary": [], "timeout": 10.0, "exit": 0}
    for line in source.splitlines():
        if found := OPTION_LINE.match(line):
            key, value = found["key"], found["value"]
            if key == "unordered":
                options["unordered"] = True
            elif key == "vary" and value:
                options["vary"].append(value)
            elif key == "timeout" and value:
                options["timeout"] = float(value)
            elif key == "exit" and value:
                options["exit"] = int(value)
    return options


def shown_region(source: str, shown: str) -> tuple[str, int] | None:
    """The region of the script the page shows (name, indentation cut), or None if it shows the whole script."""
    lines = source.splitlines()
    starts = {m["name"]: i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m["edge"] == "start"}
    ends = {m["name"]: i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m["edge"] == "end"}
    wanted = shown.strip("\n").splitlines()
    for name, start in starts.items():
        body = [
            line
            for line in lines[start + 1 : ends.get(name, start)]
            if not OPTION_LINE.match(line) and not REGION_LINE.match(line)
        ]
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
        cut = min((len(line) - len(line.lstrip()) for line in body if line.strip()), default=0)
        if [line[cut:] for line in body] == wanted:
            return name, cut
    return None


def records(page_folder: Path) -> dict:
    file = page_folder / RECORD
    return json.loads(file.read_text(encoding="utf-8")).get("snippets", {}) if file.is_file() else {}


def runtime(app) -> dict[str, str]:
    """What every run shares: the versions compared, the bytes the first run fetches."""
    if not hasattr(app.builder, "browser_run"):
        lock = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
        app.builder.browser_run = {
            "python": lock["info"]["python"],
            "verified": app.config.snippet_python_version,
            "bytes": str(sum((PYODIDE / name).stat().st_size for name in PYODIDE_FILES)),
        }
    return app.builder.browser_run


def note_records(app, doctree) -> None:
    """A page is written again when its snippets' Pyodide record changes."""
    folder = Path(app.config.snippet_root) / Path(app.env.docname).name
    if (folder / RECORD).is_file():
        app.env.note_dependency(str(folder / RECORD))


def after_code(container) -> int:
    """Where the buttons go: right under the code (before the verified output)."""
    kinds = [child.get("classes", []) if isinstance(child, nodes.Element) else [] for child in container.children]
    return next((i + 1 for i, classes in enumerate(kinds) if "snippet-code" in classes), 1)


def mark_snippets(app, doctree, docname) -> None:
    """Give each snippet of the page what the 运行 button needs, or the line saying why it has none."""
    if app.builder.name != "html":
        return
    page = Path(app.config.snippet_root) / Path(docname).name
    recorded = records(page)
    for container in list(doctree.findall(nodes.container)):
        if "snippet" not in container["classes"]:
            continue
        download = next(container.findall(addnodes.download_reference), None)
        code = next(
            (block for block in container.findall(nodes.literal_block) if block.get("language") == "python"), None
        )
        if download is None or code is None:
            continue
        script = (Path(app.env.doc2path(docname)).parent / download["reftarget"]).resolve()
        entry = recorded.get(script.name)
        if script.parent != page.resolve() or entry is None:
            continue  # no record yet: tests/test_browser_run.py says how to make it
        if not entry.get("runs"):
            # the page's script writes the line: text in raw HTML would go into the search index of every page
            why = f'<p class="snippet-run-why" data-why="{html.escape(entry.get("reason", ""))}" hidden></p>'
            container.insert(after_code(container), nodes.raw("", why, format="html"))
            continue
        source = script.read_text(encoding="utf-8")
        region = shown_region(source, code.astext())
        data = {
            "script": script.name,
            "options": json.dumps(read_options(source), ensure_ascii=False),
            "region": region[0] if region else "",
            "indent": str(region[1]) if region else "",
            "differs": "1" if "output" in entry else "",
            **runtime(app),
        }
        attributes = " ".join(f'data-{key}="{html.escape(value)}"' for key, value in data.items() if value)
        container.insert(
            after_code(container), nodes.raw("", f'<div class="snippet-run" {attributes}></div>', format="html")
        )


def check_pyodide(app) -> None:
    """The html builder needs node_modules/pyodide: one line saying so, before any page is built."""
    if app.builder.name != "html":
        return
    if not all((PYODIDE / name).is_file() for name in PYODIDE_FILES):
        raise ConfigError(MISSING)
    for name in PAGE_FILES:  # before the pages, whose bundles hold them, are written
        copy_into_static(app, HERE / name)
    app.add_js_file(PAGE_FILES[0])
    app.add_css_file(PAGE_FILES[1])


def copy_runtime(app, exception) -> None:
    if exception is not None or app.builder.name != "html":
        return
    target = Path(app.outdir) / "_static" / "browser-run"
    (target / "pyodide").mkdir(parents=True, exist_ok=True)
    for source, destination in [
        *((PYODIDE / n, target / "pyodide" / n) for n in PYODIDE_FILES),
        *((HERE / n, target / n) for n in OWN_FILES),
    ]:
        if (
            not destination.exists()
            or destination.stat().st_size != source.stat().st_size
            or destination.stat().st_mtime < source.stat().st_mtime
        ):
            shutil.copy2(source, destination)
    (target / "pyodide" / NOTICE).write_text(notice(runtime(app)["python"]), encoding="utf-8")


def notice(python: str) -> str:
    """What the copied Pyodide files (CPython `python`) are, under which licences, and where their source is."""
    version = json.loads((PYODIDE / "package.json").read_text(encoding="utf-8"))["version"]
    files = "\n".join(f"  {name}" for name in PYODIDE_FILES)
    return f"""The files in this folder are Pyodide {version} (CPython {python} compiled to WebAssembly),
copied unmodified from the npm package pyodide@{version}:
{files}

Pyodide is licensed under the Mozilla Public License 2.0: https://mozilla.org/MPL/2.0/
Its source code, release {version}: https://github.com/pyodide/pyodide

CPython {python}, compiled into pyodide.asm.wasm, and its standard library in python_stdlib.zip are
licensed under the Python Software Foundation License Version 2 and the other licences CPython's
history and bundled software carry: https://docs.python.org/{python.rsplit(".", 1)[0]}/license.html
Its source code: https://github.com/python/cpython/tree/v{python}
"""


def ask_for_csp(app, config) -> None:
    """WebAssembly and a same-origin worker, through _ext/csp.py's csp_extra_sources."""
    if hasattr(config, "csp_extra_sources"):
        extra = {key: list(value) for key, value in config.csp_extra_sources.items()}
        for directive, sources in CSP_NEEDS.items():
            extra[directive] = [*extra.get(directive, []), *(s for s in sources if s not in extra.get(directive, []))]
        config.csp_extra_sources = extra


def setup(app):
    app.add_config_value("browser_run_code", CODE, "html", types=[str])  # not set by conf.py: see CODE
    app.connect("config-inited", ask_for_csp)
    app.connect("builder-inited", check_pyodide)
    app.connect("doctree-read", note_records)
    app.connect("doctree-resolved", mark_snippets)
    app.connect("build-finished", copy_runtime)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
