"""The snippet checker: every ``snippets/<page>/<name>.py`` is a pytest item.

Each item runs its script with this interpreter in a fresh temporary directory, and compares what it
printed (stdout and stderr together, paths normalised, a non-zero exit status as a last line) with
``<name>.out``. ``pytest --update-snippets`` writes the ``.out`` files from real runs instead.
``--snippet-python=3.12`` runs them on another CPython of python-versions.txt and compares with what that
version is expected to print (see ``interpreter_for`` and ``output_files`` below).
The rules shared with the Sphinx directive (declarations, the exit-status line, when two outputs agree)
are in _ext/snippet_contract.py, and the rules of the per-version outputs in _ext/snippet_versions.py; both
need nothing but the standard library: this plugin imports nothing from Sphinx, docutils or jieba.
"""

from __future__ import annotations

import os
import platform
import signal
import subprocess
import sys
import sysconfig
import tempfile
from dataclasses import dataclass
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
from snippet_versions import (
    VERSION_OUTPUT,
    VERSIONS_FILE,
    inherited_output,
    read_versions,
    script_of,
    version_key,
    version_output,
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
    group.addoption(
        "--snippet-python",
        metavar="X.Y",
        help="run the snippets on this CPython of python-versions.txt and compare with its expected outputs "
        "(name.pyX.Y.out where it differs; with --update-snippets, records them). Default: the reference.",
    )
    group.addoption(
        "--snippet-interpreter",
        metavar="PATH",
        help="the python of --snippet-python (default: .venv-X.Y/bin/python, made by `make venv-versions`)",
    )


UPDATED = pytest.StashKey[list]()  # the .out files rewritten by --update-snippets


@dataclass(frozen=True)
class Interpreter:
    """The CPython that runs the snippets, and the paths of it that normalise() hides."""

    version: str  # "3.12"
    full: str  # "3.12.1"
    executable: str
    stdlib: str
    purelib: str
    reference: bool  # the version of .python-version, whose outputs are name.out

    @property
    def info(self) -> tuple[int, ...]:
        return version_key(self.version)


INTERPRETER = pytest.StashKey[Interpreter]()
VERSIONS = pytest.StashKey[list]()  # X.Y of python-versions.txt, newest first


def checked_versions(rootpath: Path) -> list[str]:
    """The full versions of python-versions.txt, newest first (the reference alone if there is no file)."""
    listed = rootpath / VERSIONS_FILE
    return read_versions(listed) if listed.is_file() else [platform.python_version()]


def interpreter_for(config) -> Interpreter:
    """The interpreter --snippet-python asks for: this one (the reference), or the python of that version."""
    wanted = config.getoption("snippet_python")
    running = platform.python_version()
    full_versions = checked_versions(config.rootpath)
    if not wanted or running.startswith(f"{wanted}."):
        paths = sysconfig.get_paths()
        version = ".".join(running.split(".")[:2])
        return Interpreter(version, running, sys.executable, paths["stdlib"], paths["purelib"], reference=True)
    full = next((v for v in full_versions if v.startswith(f"{wanted}.")), None)
    if full is None:
        listed = ", ".join(full_versions)
        raise pytest.UsageError(f"--snippet-python={wanted}: the snippets run on {listed} ({VERSIONS_FILE})")
    given = config.getoption("snippet_interpreter")
    executable = os.path.abspath(given or config.rootpath / f".venv-{wanted}" / "bin" / "python")
    query = (
        "import json, platform, sys, sysconfig; p = sysconfig.get_paths(); "
        "print(json.dumps([platform.python_version(), sys.executable, p['stdlib'], p['purelib']]))"
    )
    try:
        found = subprocess.run([executable, "-c", query], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        raise pytest.UsageError(f"--snippet-python={wanted}: {executable} does not run: `make venv-versions`") from None
    import json

    actual, executable, stdlib, purelib = json.loads(found)
    if actual != full:
        raise pytest.UsageError(
            f"--snippet-python={wanted}: the snippets are checked on CPython {full} ({VERSIONS_FILE}), "
            f"but {executable} is {actual}"
        )
    return Interpreter(wanted, full, executable, stdlib, purelib, reference=False)


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
    config.stash[INTERPRETER] = interpreter_for(config)
    config.stash[VERSIONS] = [".".join(v.split(".")[:2]) for v in checked_versions(config.rootpath)]


def pytest_report_header(config):
    interpreter = config.stash[INTERPRETER]
    return f"snippets run on: CPython {interpreter.full} ({interpreter.executable})"


def pytest_collect_file(file_path: Path, parent):
    if _is_snippet(file_path, parent.config.rootpath):
        return SnippetFile.from_parent(parent, path=file_path)
    script = script_of(file_path)
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


def output_files(script: Path, interpreter: Interpreter, versions: list[str]) -> tuple[Path, Path | None]:
    """The file a run of this interpreter records (name.out, or name.pyX.Y.out), and the one it otherwise
    inherits from a newer version (None for the reference)."""
    if interpreter.reference:
        return script.with_suffix(".out"), None
    return version_output(script, interpreter.version), inherited_output(script, interpreter.version, versions)


def check_version_outputs(script: Path, name: str, options: SnippetOptions, versions: list[str], updating="") -> None:
    """Each name.pyX.Y.out is for an older version of python-versions.txt that can run the script, and
    differs from what that version would inherit without it (a stray copy would hide nothing, but drift)."""
    for found in sorted(script.parent.glob(f"{script.stem}.py*.out")):
        match = VERSION_OUTPUT.match(found.name)
        if not match or match["stem"] != script.stem:
            continue
        version, rel = match["version"], found.relative_to(script.parent.parent.parent)
        if version not in versions[1:]:
            listed = ", ".join(versions)
            raise SnippetError(f"{rel}: {version} is not an older version of {VERSIONS_FILE} ({listed}): delete it")
        if options.requires and version_key(version) < version_key(options.requires):
            declared = f"`# snippet: requires={options.requires}`"
            raise SnippetError(f"{rel}: {name} declares {declared}, so {version} never runs it: delete it")
        inherited = inherited_output(script, version, versions)
        repeated = outputs_match(inherited.read_text(encoding="utf-8"), found.read_text(encoding="utf-8"), options)
        if repeated and version != updating:
            raise SnippetError(
                f"{rel} repeats {inherited.name}, which {version} inherits without it: delete it "
                f"(`make snippets VERSIONS={version} ONLY={name}` does)"
            )


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
        rel, script = self.path.relative_to(self.config.rootpath), script_of(self.path).name
        raise SnippetError(f"{rel} has no script beside it: delete it, or restore {script}")


class SnippetItem(ContractItem):
    def runtest(self):
        name = str(self.path.relative_to(self.config.rootpath))
        try:
            options = read_options(self.path.read_text(encoding="utf-8"), name)
        except SnippetOptionError as error:
            raise SnippetError(str(error)) from None
        interpreter, versions = self.config.stash[INTERPRETER], self.config.stash[VERSIONS]
        updating = self.config.getoption("update_snippets")
        # (an update run deletes its own version's file where it repeats what it inherits)
        check_version_outputs(self.path, name, options, versions, updating and interpreter.version)
        if options.requires and interpreter.info < version_key(options.requires):
            pytest.skip(f"{name} requires Python {options.requires} (# snippet: requires=); this is {interpreter.full}")
        with tempfile.TemporaryDirectory(prefix="snippet-") as work:
            actual = run_snippet(self.path, Path(work), options.timeout, name, interpreter)
        own_file, inherited_file = output_files(self.path, interpreter, versions)
        expected_file = own_file if own_file.exists() or inherited_file is None else inherited_file
        expected = expected_file.read_text(encoding="utf-8") if expected_file.exists() else None
        on = "" if interpreter.reference else f" on CPython {interpreter.full}"

        # A failure is recorded only if the script says it is meant (the page teaches the error).
        problem = exit_status_problem(name, split_exit_status(actual)[1], options.exit)
        if problem:
            refused = "Nothing was recorded. " if updating else ""
            raise SnippetError(f"{problem}{on}. {refused}It printed:\n{actual.rstrip()}")
        inherited = inherited_file.read_text(encoding="utf-8") if inherited_file else None
        if updating and inherited is not None and outputs_match(inherited, actual, options):
            if own_file.exists():  # this version prints what it inherits again: no file of its own
                own_file.unlink()
                self.config.stash[UPDATED].append(f"{own_file.relative_to(self.config.rootpath)} (deleted)")
        elif updating:
            if expected_file != own_file or expected is None or not outputs_match(expected, actual, options):
                check_masks(options, actual, name, own_file.name)
                own_file.write_text(actual, encoding="utf-8")
                self.config.stash[UPDATED].append(str(own_file.relative_to(self.config.rootpath)))
            else:
                check_masks(options, expected, name, own_file.name)
        elif expected is None:
            raise SnippetError(f"{name} has no recorded output {expected_file.name}: run `make snippets ONLY={name}`")
        else:
            check_masks(options, expected, name, expected_file.name)
            if not outputs_match(expected, actual, options):
                version = "" if interpreter.reference else interpreter.full
                raise SnippetError(mismatch_report(name, expected, actual, options, expected_file.name, version))
        check_shown_by_page(self.path, self.config.rootpath)

    def reportinfo(self):
        return self.path, 0, f"[snippet] {self.path.relative_to(self.config.rootpath)}"


def check_masks(options: SnippetOptions, output: str, name: str, recorded: str) -> None:
    if VERSION_OUTPUT.match(recorded):  # the masks must match in name.out; another version may print none of it
        return
    try:
        masks_matching_nothing(options, output, name, recorded)
    except SnippetOptionError as error:
        raise SnippetError(str(error)) from None


def run_snippet(script: Path, work: Path, timeout: float, name: str, interpreter: Interpreter) -> str:
    """Run a script as a reader would, and return what it printed, normalised."""
    with tempfile.TemporaryDirectory(prefix="snippet-guard-") as guard:
        log = Path(guard) / "refused"
        output = _run(script, work, timeout, name, log, interpreter)
        refused = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    if refused:
        raise SnippetError(
            f"{name} tried to reach {refused[0]}"
            + (f" and {len(refused) - 1} more" if len(refused) > 1 else "")
            + ": snippets never use the network (CONTRIBUTING.md). Serve what the script needs on 127.0.0.1 from "
            f"the script itself, or show the code as a plain code block. It printed:\n{output.rstrip()}"
        )
    return output


def _run(script: Path, work: Path, timeout: float, name: str, log: Path, interpreter: Interpreter) -> str:
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
        [interpreter.executable, str(script)],
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
        so_far = normalise(raw, script, work, interpreter) or "(nothing)\n"
        raise SnippetError(
            f"{name} did not finish within {timeout:g} s and was killed. It printed so far:\n{so_far}"
            "Make it end by itself (join threads and processes, stop servers; a child process still holding "
            f"the output open counts as running), or allow more time with `# snippet: timeout=SECONDS`."
        ) from None
    return with_exit_status(normalise(raw, script, work, interpreter), process.returncode)


def normalise(raw: bytes, script: Path, work: Path, interpreter: Interpreter) -> str:
    """Replace the paths that differ between machines with fixed ones (see CONTRIBUTING.md)."""
    text = raw.decode("utf-8", errors="replace")
    replacements = {
        str(script.parent) + os.sep: "/path/to/",
        str(work.resolve()): "/tmp/work",
        str(work): "/tmp/work",
        interpreter.purelib: f"/usr/lib/python{interpreter.version}/site-packages",
        interpreter.stdlib: f"/usr/lib/python{interpreter.version}",
        interpreter.executable: "/usr/bin/python3",
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
            terminalreporter.write_line(f"  {name}")
