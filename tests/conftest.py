"""What the tests of tests/ share: the one way to run Sphinx, the minimal projects, the pages, and the book.

- ``sphinx_build`` runs sphinx-build as `make html` does (every test that builds the real project uses it);
- ``build_root(name)`` builds tests/roots/<name>/, a minimal project loading one extension alone, in
  this process with sphinx.testing;
- a test taking ``page_with_snippets`` runs for each folder of snippets/, one taking ``chapter`` for each
  chapter of docs/;
- _ext/ is put on sys.path, so tests import the extensions' modules, and the Chinese character class
  (``chinese_text.HAN``) every part of the project uses.

The book (the site and the EPUB) is built once per ``pytest`` run, whatever the number of xdist workers:

- the fixtures ``site`` and ``ebook`` are the results of building the real docs/ with the real conf.py
  into one folder, the EPUB from the doctrees the HTML build read, so no page is read (and no chart page
  executes) twice;
- the folder is shared by every worker of the run (``PYTHON_JINJIE_BOOK``, set by the first process);
  a lock file per builder makes the first process that needs a build make it while the others wait;
- when the run includes the site tests, the main process starts the build at the start of the session,
  in the background, so it runs while the workers check the snippets;
- ``--book-dir=PATH`` keeps the build (``make ci`` publishes the site the tests checked); otherwise it
  is a temporary folder, removed when the run ends.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from io import StringIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
sys.path.insert(0, str(ROOT / "_ext"))  # the extensions' modules (the root conftest.py does this too)


BOOK_ENV = "PYTHON_JINJIE_BOOK"  # the folder of this run's book build, shared by its workers
EPUB_NAME = "python-jinjie.epub"  # conf.py: epub_basename
SITE_TESTS = {ROOT / "tests" / "test_site.py", ROOT / "tests" / "test_epub.py"}


def pages_with_snippets() -> list[str]:
    """The pages that show snippets: one folder of snippets/ each."""
    return sorted(folder.name for folder in SNIPPETS.iterdir() if folder.is_dir())


def chapters() -> list[str]:
    return sorted(page.stem for page in DOCS.glob("[0-9][0-9]-*.md"))


def pytest_generate_tests(metafunc):
    """A test that takes `page_with_snippets` runs once for each such page; one that takes `chapter`, per chapter."""
    if "page_with_snippets" in metafunc.fixturenames:
        metafunc.parametrize("page_with_snippets", pages_with_snippets())
    if "chapter" in metafunc.fixturenames:
        metafunc.parametrize("chapter", chapters())


ROOTS = ROOT / "tests" / "roots"  # minimal projects, each loading one of the extensions alone


@pytest.fixture
def build_root(tmp_path):
    """build_root(name) -> (each page's HTML by name, warnings): tests/roots/<name>/ copied and built with
    sphinx.testing, in this process; called again, it builds the same copy again, incrementally."""
    from sphinx.testing.util import SphinxTestApp
    from sphinx.util.console import strip_colors

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


@pytest.fixture(scope="session")
def sphinx_build():
    """The one way the tests run Sphinx: see sphinx() below."""
    return sphinx


def sphinx(builder: str, source: Path, out: Path, doctrees: Path, *options: str, conf: Path = ROOT, strict=True):
    """Run sphinx-build as `make html` does (warnings are errors unless strict=False), in a subprocess."""
    command = [sys.executable, "-m", "sphinx", "-b", builder, "--keep-going", "-q", "--no-color"]
    command += ["--fail-on-warning"] * strict + ["-c", str(conf), "-d", str(doctrees), *options, str(source), str(out)]
    return subprocess.run(command, capture_output=True, text=True)


# -- the book, built once per run --------------------------------------------------------------


@dataclass
class BookBuild:
    returncode: int
    stderr: str
    out: Path  # _build-like folder: html/, epub/, doctrees/

    @property
    def html(self) -> Path:
        return self.out / "html"

    @property
    def epub(self) -> Path:
        return self.out / "epub" / EPUB_NAME


def pytest_addoption(parser):
    parser.addoption("--book-dir", help="build the book for the site tests here, and keep it (make ci)")


def build_book(out: Path, builder: str) -> BookBuild:
    """Build `builder` into out/ unless this run has built it already; the lock makes the others wait."""
    out.mkdir(parents=True, exist_ok=True)
    result_file = out / f"{builder}.result.json"
    with open(out / f"{builder}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not result_file.exists():
            if builder == "epub":  # from the doctrees the HTML build read: no page is read again
                html = build_book(out, "html")
                if html.returncode:
                    result_file.write_text(json.dumps({"returncode": 1, "stderr": "the HTML build failed"}))
            if not result_file.exists():
                done = sphinx(builder, DOCS, out / builder, out / "doctrees")
                result_file.write_text(json.dumps({"returncode": done.returncode, "stderr": done.stderr}))
        result = json.loads(result_file.read_text())
    return BookBuild(result["returncode"], result["stderr"], out)


@pytest.fixture(scope="session")
def site() -> BookBuild:
    """The HTML site, built once for the whole run (check .returncode and .stderr, then read .html)."""
    return build_book(Path(os.environ[BOOK_ENV]), "html")


@pytest.fixture(scope="session")
def ebook() -> BookBuild:
    """The EPUB, made from the site's doctrees (check .returncode and .stderr, then read .epub)."""
    return build_book(Path(os.environ[BOOK_ENV]), "epub")


def _runs_site_tests(config) -> bool:
    paths = [Path(arg.split("::")[0]).resolve() for arg in config.args] or [ROOT]
    return any(path in SITE_TESTS or path in (ROOT, ROOT / "tests") for path in paths)


@pytest.hookimpl(tryfirst=True)  # before xdist starts its workers, which inherit the environment
def pytest_sessionstart(session):
    config = session.config
    if hasattr(config, "workerinput") or os.environ.get(BOOK_ENV):
        return
    if config.getoption("book_dir"):
        out = Path(config.getoption("book_dir")).resolve()
        shutil.rmtree(out, ignore_errors=True)
    else:
        out = Path(tempfile.mkdtemp(prefix="python-jinjie-book-"))
        config.add_cleanup(lambda: shutil.rmtree(out, ignore_errors=True))
    os.environ[BOOK_ENV] = str(out)
    config.add_cleanup(lambda: os.environ.pop(BOOK_ENV, None))
    if _runs_site_tests(config) and not config.getoption("collectonly"):
        # HTML then EPUB, in the background, while the snippets run; the locks make the tests wait for it
        code = f"import sys; sys.path.insert(0, {str(ROOT / 'tests')!r}); import conftest as c; "
        code += f"from pathlib import Path; c.build_book(Path({str(out)!r}), 'epub')"
        background = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, start_new_session=True)

        def stop():
            if background.poll() is None:  # the run ended early (-x, Ctrl-C): do not leave it building
                os.killpg(background.pid, 9)
            background.wait()

        config.add_cleanup(stop)
