"""The snippet checker: every ``snippets/<page>/<name>.py`` is a pytest item.

Each item runs its script with this interpreter in a fresh temporary directory, and compares what it
printed (stdout and stderr together, paths normalised, a non-zero exit status as a last line) with
``<name>.out``. ``pytest --update-snippets`` writes the ``.out`` files from real runs instead.
The rules shared with the Sphinx directive (declarations, the exit-status line, when two outputs agree)
are in _ext/snippet_contract.py, which needs nothing but the standard library: this plugin imports
nothing from Sphinx, docutils or jieba.
"""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "_ext"))
from snippet_contract import (
    SnippetOptionError,
    SnippetOptions,
    exit_status_problem,
    masks_matching_nothing,
    mismatch_report,
    outputs_match,
    read_options,
    snippets_shown_by,
    split_exit_status,
    with_exit_status,
)

pytest_plugins = ["pytester"]

SNIPPETS_DIR = "snippets"
DOCS_DIR = "docs"
# on PYTHONPATH of every snippet: its sitecustomize.py refuses any socket call that would leave the machine
OFFLINE_GUARD = Path(__file__).parent / "_ext" / "offline"


def pytest_addoption(parser):
    group = parser.getgroup("snippets", "verified snippets")
    group.addoption(
        "--update-snippets",
        action="store_true",
        help="WARNING: rewrites snippets/**/*.out from real runs. Review the result with git diff.",
    )


UPDATED = pytest.StashKey[list]()  # the .out files rewritten by --update-snippets


def pytest_configure(config):
    pinned = config.rootpath / ".python-version"
    if pinned.is_file() and (config.rootpath / SNIPPETS_DIR).is_dir():
        wanted, running = pinned.read_text().strip(), platform.python_version()
        if wanted != running:
            raise pytest.UsageError(
                f"the snippets' outputs are verified on CPython {wanted} (.python-version), but pytest runs on "
                f"{running}: use `make test`, which runs pytest from .venv built with python{wanted}"
            )
    config.stash[UPDATED] = []


def pytest_collect_file(file_path: Path, parent):
    if _is_snippet(file_path, parent.config.rootpath):
        return SnippetFile.from_parent(parent, path=file_path)
    script = file_path.with_suffix(".py")
    if file_path.suffix == ".out" and _in_a_page_folder(file_path, parent.config.rootpath) and not script.exists():
        return StrayOutputFile.from_parent(parent, path=file_path)
    return None


def pytest_pycollect_makemodule(module_path: Path, parent):
    # pytest imports any .py file named on the command line as a test module, which would run a
    # snippet inside pytest itself (`make snippets ONLY=snippets/x/y.py`); SnippetFile runs it instead.
    if _is_snippet(module_path, parent.config.rootpath):
        return NotATestModule.from_parent(parent, path=module_path)
    return None


class NotATestModule(pytest.File):
    def collect(self):
        return []


def _is_snippet(path: Path, rootpath: Path) -> bool:
    return path.suffix == ".py" and _in_a_page_folder(path, rootpath) and path.is_file()


def _in_a_page_folder(path: Path, rootpath: Path) -> bool:
    """snippets/<page>/<file>: directly in a page's folder."""
    return path.parent.parent == rootpath / SNIPPETS_DIR


class SnippetError(Exception):
    """A snippet broke the contract; the message says what and how to fix it."""


class SnippetFile(pytest.File):
    def collect(self):
        yield SnippetItem.from_parent(self, name="snippet")


class StrayOutputFile(pytest.File):
    def collect(self):
        yield StrayOutputItem.from_parent(self, name="stray-output")


class ContractItem(pytest.Item):
    """Fails with the SnippetError's message alone: it already says what is wrong and how to fix it."""

    def repr_failure(self, excinfo):
        return str(excinfo.value) if excinfo.errisinstance(SnippetError) else super().repr_failure(excinfo)


class StrayOutputItem(ContractItem):
    def runtest(self):
        name, script = self.path.relative_to(self.config.rootpath), self.path.with_suffix(".py").name
        raise SnippetError(f"{name} has no script beside it: delete it, or restore {script}")


class SnippetItem(ContractItem):
    def runtest(self):
        name = str(self.path.relative_to(self.config.rootpath))
        try:
            options = read_options(self.path.read_text(encoding="utf-8"), name)
        except SnippetOptionError as error:
            raise SnippetError(str(error)) from None
        with tempfile.TemporaryDirectory(prefix="snippet-") as work:
            actual = run_snippet(self.path, Path(work), options.timeout, name)
        expected_file = self.path.with_suffix(".out")
        expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else None
        updating = self.config.getoption("update_snippets")

        # A failure is recorded only if the script says it is meant (the page teaches the error).
        problem = exit_status_problem(name, split_exit_status(actual)[1], options.exit)
        if problem:
            refused = "Nothing was recorded. " if updating else ""
            raise SnippetError(f"{problem}. {refused}It printed:\n{actual.rstrip()}")
        if updating:
            if expected is None or not outputs_match(expected, actual, options):
                check_masks(options, actual, name)
                expected_file.write_text(actual, encoding="utf-8")
                self.config.stash[UPDATED].append(name)
            else:
                check_masks(options, expected, name)
        elif expected is None:
            raise SnippetError(f"{name} has no recorded output {expected_file.name}: run `make snippets ONLY={name}`")
        else:
            check_masks(options, expected, name)
            if not outputs_match(expected, actual, options):
                raise SnippetError(mismatch_report(name, expected, actual, options))
        check_shown_by_page(self.path, self.config.rootpath)

    def reportinfo(self):
        return self.path, 0, f"[snippet] {self.path.relative_to(self.config.rootpath)}"


def check_masks(options: SnippetOptions, output: str, name: str) -> None:
    try:
        masks_matching_nothing(options, output, name, Path(name).with_suffix(".out").name)
    except SnippetOptionError as error:
        raise SnippetError(str(error)) from None


def run_snippet(script: Path, work: Path, timeout: float, name: str) -> str:
    """Run a script as a reader would, and return what it printed, normalised."""
    with tempfile.TemporaryDirectory(prefix="snippet-guard-") as guard:
        log = Path(guard) / "refused"
        output = _run(script, work, timeout, name, log)
        refused = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    if refused:
        raise SnippetError(
            f"{name} tried to reach {refused[0]}"
            + (f" and {len(refused) - 1} more" if len(refused) > 1 else "")
            + ": snippets never use the network (CONTRIBUTING.md). Serve what the script needs on 127.0.0.1 from "
            f"the script itself, or show the code as a plain code block. It printed:\n{output.rstrip()}"
        )
    return output


def _run(script: Path, work: Path, timeout: float, name: str, log: Path) -> str:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(work),  # nothing the script does lands in the real home directory
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "PYTHONHASHSEED": "0",
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUTF8": "1",
        "PYTHONUNBUFFERED": "1",  # stdout and stderr interleave as they would in a terminal
        "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in snippets/ when a script imports a sibling
        "NO_COLOR": "1",
        "PYTHON_COLORS": "0",
        "TERM": "dumb",
        # _ext/offline/sitecustomize.py: any socket call beyond loopback fails, and is written to the log
        "PYTHONPATH": str(OFFLINE_GUARD),
        "SNIPPET_OFFLINE_LOG": str(log),
    }
    # A session of its own, so a timeout can kill the script together with any child it started.
    process = subprocess.Popen(
        [sys.executable, str(script)],
        cwd=work,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        raw, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        raw, _ = process.communicate()
        so_far = normalise(raw, script, work) or "(nothing)\n"
        raise SnippetError(
            f"{name} did not finish within {timeout:g} s and was killed. It printed so far:\n{so_far}"
            "Make it end by itself (join threads and processes, stop servers; a child process still holding "
            f"the output open counts as running), or allow more time with `# snippet: timeout=SECONDS`."
        ) from None
    return with_exit_status(normalise(raw, script, work), process.returncode)


def normalise(raw: bytes, script: Path, work: Path) -> str:
    """Replace the paths that differ between machines with fixed ones (see CONTRIBUTING.md)."""
    text = raw.decode("utf-8", errors="replace")
    paths = sysconfig.get_paths()
    replacements = {
        str(script.parent) + os.sep: "/path/to/",
        str(work.resolve()): "/tmp/work",
        str(work): "/tmp/work",
        paths["purelib"]: f"/usr/lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages",
        paths["stdlib"]: f"/usr/lib/python{sys.version_info.major}.{sys.version_info.minor}",
        sys.executable: "/usr/bin/python3",
    }
    for path in sorted(replacements, key=len, reverse=True):
        text = text.replace(path, replacements[path])
    return text


def check_shown_by_page(script: Path, rootpath: Path) -> None:
    """Every snippet is shown by the page with its folder's name (no example nobody can see)."""
    page = rootpath / DOCS_DIR / f"{script.parent.name}.md"
    rel = script.relative_to(rootpath)
    if not page.is_file():
        raise SnippetError(
            f"{rel} belongs to no page: its folder name must match a page, here {page.relative_to(rootpath)}"
        )
    if script.name not in snippets_shown_by(page.read_text(encoding="utf-8")):
        raise SnippetError(
            f"{rel} is not shown by any page: add\n```{{snippet}} {script.name}\n```\n"
            f"to {page.relative_to(rootpath)}, or delete the script and its .out file"
        )


def pytest_terminal_summary(terminalreporter, config):
    updated = config.stash.get(UPDATED, [])
    if updated:
        terminalreporter.write_sep("=", f"rewrote {len(updated)} recorded output(s)")
        for name in updated:
            terminalreporter.write_line(f"  {Path(name).with_suffix('.out')}")
