"""The project's benchmark: prints numbers, asserts nothing by the clock (run it with `make bench`).

0. Feedback, in a copy of the repository's tracked files: `make check ONLY=<chapter>` after a
   one-sentence edit of that chapter (target: 15 s or less), and, in the same run, every snippet alone
   (`pytest snippets`) then `make test` (target: make test within 1.6 times the snippets alone).
1. Copies the repository's tracked files into a temporary directory and builds the site there from
   nothing (the cold `make html` time, with this .venv), then edits one page and rebuilds as `make serve`
   does after a save, and as `make html` does.
2. Serves that build with gzip from 127.0.0.1, as GitHub Pages serves it, and runs Lighthouse in its
   default mobile mode (simulated slow 4G, 4x CPU slowdown) on the home page, every chapter and the
   appendix pages. One row per page, then the worst of each column, then whether every page is within
   the targets below (exit status 1 if not).

Needs Node.js (`npm ci` installs Lighthouse from package-lock.json) and Chromium (`CHROME_PATH`, or
chromium / chromium-browser / google-chrome on PATH). Nothing is written into the repository except
node_modules/ (ignored by git).

    python tests/bench.py                 # everything
    python tests/bench.py --feedback      # only the make check / make test figures
    python tests/bench.py --pages index 02-yield   # only these pages, skip the build and feedback timings
"""

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
TARGETS = {"performance": 0.95, "accessibility": 0.95, "best-practices": 0.95, "seo": 0.95}
MAX_KIB = 400
MAX_REQUESTS = 15
COMPRESSIBLE = (".html", ".css", ".js", ".svg", ".json", ".txt", ".xml")
EDITED_PAGE = "docs/01-partial.md"
CHECK_SECONDS = 15  # make check after a one-sentence edit
TEST_RATIO = 1.6  # make test / the snippets alone


FAILED = []  # the timed commands that failed (check=False): their times are not what the targets mean


def timed(command: list[str], cwd: Path, check: bool = True) -> float:
    """Seconds the command took; with check=False a failing command is timed too, and said to have failed."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, check=check, capture_output=not check, text=True)
    seconds = time.perf_counter() - start
    if done.returncode:
        FAILED.append(" ".join(command))
        tail = "\n    ".join((done.stdout + done.stderr).splitlines()[-15:])
        print(f"  (exit status {done.returncode} after {seconds:.1f} s: {' '.join(command)})\n    {tail}", flush=True)
    return seconds


def copy_of_the_repository(src: Path) -> Path:
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for name in filter(None, tracked.decode().split("\0")):
        (src / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    (src / "node_modules").symlink_to(ROOT / "node_modules")  # not tracked: `npm ci` installs it (Pyodide, Lighthouse)
    return src


def make(target: str, build: Path, *variables: str) -> list[str]:
    """`make target` with this .venv, taken as it is (-o: not rebuilt even if requirements.txt looks newer)."""
    venv = Path(sys.executable).parent.parent
    return ["make", "-s", "-o", f"{venv}/bin/.installed", target, f"VENV={venv}", f"BUILDDIR={build}", *variables]


def edit_one_sentence(page: Path, sentence: str) -> None:
    page.write_text(page.read_text(encoding="utf-8") + f"\n{sentence}\n", encoding="utf-8")


def feedback_timings(workdir: Path) -> dict[str, float]:
    """make check after a one-sentence edit; the snippets alone, then make test, in the same run."""
    src = copy_of_the_repository(workdir / "feedback")
    build = workdir / "feedback-build"
    chapter = Path(EDITED_PAGE).stem
    timed(make("check", build, f"ONLY={chapter}"), src, check=False)  # the first one builds the site from nothing
    edit_one_sentence(src / EDITED_PAGE, "这是基准测试加上的一句话。")
    check = timed(make("check", build, f"ONLY={chapter}"), src, check=False)
    snippets = timed([sys.executable, "-m", "pytest", "-q", "snippets"], src, check=False)
    test = timed(make("test", build), src, check=False)
    return {
        f"`make check ONLY={chapter}` after a one-sentence edit": check,
        "every snippet alone (`pytest snippets`)": snippets,
        "`make test` (everything), in the same run": test,
    }


def build_timings(workdir: Path) -> tuple[Path, dict[str, float]]:
    """Build a fresh copy of the tracked files; return the site and how long each build took."""
    src = copy_of_the_repository(workdir / "repo")
    build = workdir / "build"
    make_html = make("html", build)
    # what `make serve` runs after a save: the HTML builder only, same arguments as `make html`
    serve_rebuild = [
        sys.executable,
        "-m",
        "sphinx",
        "-b",
        "html",
        "--fail-on-warning",
        "--keep-going",
        "-q",
        "-c",
        ".",
        "-d",
        str(build / "doctrees"),
        "docs",
        str(build / "html"),
    ]
    page = src / EDITED_PAGE

    def edit_page():
        edit_one_sentence(page, "这是基准测试对页面的一次修改。")

    timings = {"cold `make html` (site and EPUB, from nothing)": timed(make_html, src)}
    edit_page()
    timings[f"rebuild after editing {EDITED_PAGE}, as `make serve` does"] = timed(serve_rebuild, src)
    edit_page()
    timings[f"`make html` after editing {EDITED_PAGE} (site and EPUB)"] = timed(make_html, src)
    return build / "html", timings


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed like GitHub Pages does for text types."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if not (path.suffix in COMPRESSIBLE and path.is_file() and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self._gzipped_body = body
        return None

    def do_GET(self):
        self._gzipped_body = None
        fileobj = self.send_head()
        if self._gzipped_body is not None:
            self.wfile.write(self._gzipped_body)
        elif fileobj:
            try:
                self.copyfile(fileobj, self.wfile)
            finally:
                fileobj.close()

    def log_message(self, *args):
        pass


def serve(site: Path) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/"


def find_chrome() -> str:
    for candidate in (os.environ.get("CHROME_PATH"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    sys.exit("bench: no Chromium found: apt-get install chromium, or set CHROME_PATH")


def lighthouse(url: str, chrome: str, report: Path, attempts: int = 3) -> dict:
    flags = (
        "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
        "--disable-component-update --disable-sync --no-first-run --disable-quic"
    )
    for attempt in range(1, attempts + 1):
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={report}",
                "--only-categories=" + ",".join(TARGETS),
                f"--chrome-flags={flags}",
            ],
            check=True,
            env=dict(os.environ, CHROME_PATH=chrome),
        )
        result = json.loads(report.read_text(encoding="utf-8"))
        # A busy machine sometimes makes a run lose a metric (e.g. NO_LCP): run that page again.
        if "numericValue" in result["audits"]["largest-contentful-paint"] or attempt == attempts:
            break
        print(f"  ({url}: {result['audits']['largest-contentful-paint'].get('errorMessage')}; running it again)")
    requests = result["audits"]["network-requests"]["details"]["items"]
    local = url.split("/")[2]
    return {
        **{name: result["categories"][name]["score"] for name in TARGETS},
        "KiB": result["audits"]["total-byte-weight"]["numericValue"] / 1024,
        "requests": len(requests),
        "other hosts": len({r["url"].split("/")[2] for r in requests if r["url"].split("/")[2] != local}),
        "LCP s": result["audits"]["largest-contentful-paint"]["numericValue"] / 1000,
        "TBT ms": result["audits"]["total-blocking-time"]["numericValue"],
    }


def pages_of(site: Path) -> list[str]:
    chapters = sorted(p.stem for p in site.glob("[0-9][0-9]-*.html"))
    return ["index", *chapters, *(p for p in ("glossary", "genindex") if (site / f"{p}.html").exists())]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", nargs="*", help="page names (default: home, every chapter, appendix)")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building one")
    parser.add_argument("--feedback", action="store_true", help="only the make check / make test figures")
    args = parser.parse_args()
    feedback_misses = []
    if args.feedback or not (args.pages or args.site):
        with tempfile.TemporaryDirectory(prefix="python-jinjie-bench-") as tmp:
            times = feedback_timings(Path(tmp))
        for what, seconds in times.items():
            print(f"{what}: {seconds:.1f} s")
        check, snippets, test = times.values()
        print(f"make test / snippets alone: {test / snippets:.2f} (target <= {TEST_RATIO})")
        print(f"make check: {check:.1f} s (target <= {CHECK_SECONDS} s)")
        print()
        feedback_misses += [f"make check {check:.1f} s > {CHECK_SECONDS} s"] * (check > CHECK_SECONDS)
        feedback_misses += [f"failed: {command}" for command in FAILED]
        feedback_misses += [f"make test / snippets {test / snippets:.2f} > {TEST_RATIO}"] * (
            test / snippets > TEST_RATIO
        )
        if args.feedback:
            print("within the targets" if not feedback_misses else "OUTSIDE the targets: " + "; ".join(feedback_misses))
            return 1 if feedback_misses else 0
    if not LIGHTHOUSE.exists():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--silent"], cwd=ROOT, check=True)
    chrome = find_chrome()

    with tempfile.TemporaryDirectory(prefix="python-jinjie-bench-") as tmp:
        workdir = Path(tmp)
        if args.site:
            site = args.site
        else:
            site, timings = build_timings(workdir)
            for what, seconds in timings.items():
                print(f"{what}: {seconds:.1f} s")
            print()
        base = serve(site)
        columns = [*TARGETS, "KiB", "requests", "other hosts", "LCP s", "TBT ms"]
        print(f"{'page':28}" + "".join(f"{c:>15}" for c in columns), flush=True)
        rows = {}
        for page in args.pages or pages_of(site):
            url = base + ("" if page == "index" else f"{page}.html")
            rows[page] = lighthouse(url, chrome, workdir / f"{page}.json")
            print(f"{page:28}" + "".join(f"{rows[page][c]:>15.2f}" for c in columns), flush=True)

    worst = {c: (min if c in TARGETS else max)(row[c] for row in rows.values()) for c in columns}
    print(f"{'worst':28}" + "".join(f"{worst[c]:>15.2f}" for c in columns))
    misses = [f"{c} {worst[c]:.2f} < {t}" for c, t in TARGETS.items() if worst[c] < t]
    misses += [f"{worst['KiB']:.0f} KiB > {MAX_KIB}"] * (worst["KiB"] > MAX_KIB)
    misses += [f"{worst['requests']:.0f} requests > {MAX_REQUESTS}"] * (worst["requests"] > MAX_REQUESTS)
    misses += [f"{worst['other hosts']:.0f} other hosts"] * (worst["other hosts"] > 0)
    misses += feedback_misses
    print("within the targets" if not misses else "OUTSIDE the targets: " + "; ".join(misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
