"""Every supported CPython, verified: `--snippet-python=X.Y` runs a snippet on another interpreter.

The pipeline (pytester, as tests/test_pipeline.py) compares it with that version's expected output
(name.pyX.Y.out, or what it inherits); a drift fails with a diff naming the version; `# snippet: requires=`
skips older versions. What the chapters say about versions is checked by tests/test_version_facts.py.
"""

from __future__ import annotations

import platform
import shutil
import subprocess
from pathlib import Path

import pytest
from snippet_versions import minor, read_versions, version_key

ROOT = Path(__file__).parent.parent
FULL_VERSIONS = read_versions(ROOT / "python-versions.txt")
VERSIONS = [minor(v) for v in FULL_VERSIONS]  # newest first


# -- the pipeline on another interpreter -------------------------------------------------------


def other_python() -> tuple[str, str] | None:
    """An older CPython 3 on this machine than the one running the tests: (path, full version)."""
    candidates = [str(ROOT / f".venv-{v}" / "bin" / "python") for v in VERSIONS[1:]]
    candidates += [shutil.which(f"python{v}") or "" for v in VERSIONS[1:]] + ["/usr/bin/python3"]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            found = subprocess.run(
                [candidate, "-c", "import platform; print(platform.python_version())"], capture_output=True, text=True
            )
            version = found.stdout.strip()
            older = version and version_key(minor(version)) < version_key(minor(platform.python_version()))
            if found.returncode == 0 and older:
                return candidate, version
    return None


@pytest.fixture
def two_versions(pytester):
    """A project with the real plugin, and python-versions.txt naming this CPython and another one."""
    other = other_python()
    if other is None:
        pytest.skip("no other CPython 3 on this machine")
    shutil.copy(ROOT / "conftest.py", pytester.path / "conftest.py")
    shutil.copytree(ROOT / "_ext", pytester.path / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    pytester.makeini("[pytest]\ntestpaths = snippets\naddopts = -p no:cacheprovider\n")
    (pytester.path / "python-versions.txt").write_text(f"{platform.python_version()}\n{other[1]}\n")
    (pytester.path / "snippets" / "01-demo").mkdir(parents=True)
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs" / "01-demo.md").write_text("# Demo\n\n```{snippet} which.py\n```\n")
    pytester.other = other
    return pytester


WHICH = "import sys\nprint('Python', sys.version_info[:2] >= (3, 0))\nprint(sys.version_info.minor)\n"


def run_other(project, *args):
    path, version = project.other
    return project.runpytest(f"--snippet-python={minor(version)}", f"--snippet-interpreter={path}", *args)


def test_another_version_records_only_what_differs_and_drift_names_the_version(two_versions):
    project, version = two_versions, two_versions.other[1]
    folder = project.path / "snippets" / "01-demo"
    (folder / "which.py").write_text(WHICH)
    project.runpytest("--update-snippets").assert_outcomes(passed=1)
    run_other(project, "--update-snippets").assert_outcomes(passed=1)
    own = folder / f"which.py{minor(version)}.out"
    assert own.read_text() == f"Python True\n{version.split('.')[1]}\n"
    run_other(project).assert_outcomes(passed=1)
    project.runpytest().assert_outcomes(passed=1)

    own.write_text("Python True\n99\n")  # the version's recorded output drifts
    result = run_other(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            f"snippets/01-demo/which.py printed something other than its recorded output on CPython {version}:",
            f"--- snippets/01-demo/which.py{minor(version)}.out (recorded)",
            f"+++ snippets/01-demo/which.py (this run on CPython {version})",
            "-99",
            f"+{version.split('.')[1]}",
            f"*`make snippets VERSIONS={minor(version)} ONLY=snippets/01-demo/which.py`*",
        ]
    )


def test_a_version_file_that_repeats_what_it_inherits_is_an_error(two_versions):
    project, version = two_versions, minor(two_versions.other[1])
    folder = project.path / "snippets" / "01-demo"
    (folder / "which.py").write_text("print('same everywhere')\n")
    (folder / "which.out").write_text("same everywhere\n")
    (folder / f"which.py{version}.out").write_text("same everywhere\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*which.py{version}.out repeats which.out, which {version} inherits without it: delete it*"]
    )
    run_other(project, "--update-snippets").assert_outcomes(passed=1)
    assert not (folder / f"which.py{version}.out").exists()


def test_a_snippet_requiring_a_newer_version_is_skipped_on_older_ones(two_versions):
    project, version = two_versions, minor(two_versions.other[1])
    folder = project.path / "snippets" / "01-demo"
    newer = minor(platform.python_version())
    (folder / "which.py").write_text(f"# snippet: requires={newer}\nprint('new')\n")
    (folder / "which.out").write_text("new\n")
    project.runpytest().assert_outcomes(passed=1)
    older = run_other(project, "-rs")
    older.assert_outcomes(skipped=1)
    older.stdout.fnmatch_lines([f"*which.py requires Python {newer}*this is {version}*"])
    (folder / f"which.py{version}.out").write_text("old\n")  # a version that never runs it has no output
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([f"*requires={newer}`, so {version} never runs it: delete it*"])
