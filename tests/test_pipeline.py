"""The snippet checker (the root conftest.py): what a contributor sees when an example breaks the contract.

Each test builds a tiny project in a temporary directory (pytester) with the real conftest.py and _ext/,
then runs pytest on it. What the page shows is tested in tests/test_directive.py, the contract's rules
alone in tests/test_contract.py.
"""

import platform
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture
def project(pytester):
    """A project with the real plugin, one page (docs/01-demo.md) and its snippet folder."""
    shutil.copy(ROOT / "conftest.py", pytester.path / "conftest.py")
    shutil.copytree(ROOT / "_ext", pytester.path / "_ext", ignore=shutil.ignore_patterns("__pycache__"))
    pytester.makeini("[pytest]\ntestpaths = snippets\naddopts = -p no:cacheprovider\n")
    (pytester.path / "snippets" / "01-demo").mkdir(parents=True)
    (pytester.path / "docs").mkdir()
    return pytester


def add_snippet(project, name, code, output=None, shown=True):
    """Write snippets/01-demo/<name>.py (+ .out), and show it on docs/01-demo.md unless told not to."""
    folder = project.path / "snippets" / "01-demo"
    (folder / f"{name}.py").write_text(code, encoding="utf-8")
    if output is not None:
        (folder / f"{name}.out").write_text(output, encoding="utf-8")
    page = project.path / "docs" / "01-demo.md"
    text = page.read_text(encoding="utf-8") if page.exists() else "# Demo\n"
    if shown:
        text += f"\n```{{snippet}} {name}.py\n```\n"
    page.write_text(text, encoding="utf-8")


def test_matching_output_passes(project):
    add_snippet(project, "hello", 'print("你好")\n', "你好\n")
    project.runpytest("-v").assert_outcomes(passed=1)


def test_snippet_named_on_the_command_line_runs_only_in_its_subprocess(project):
    # imported by pytest as a test module, it would exit pytest itself at collection
    add_snippet(project, "named", 'import sys\nprint("ran")\nsys.exit(0)\n', "ran\n")
    project.runpytest("snippets/01-demo/named.py").assert_outcomes(passed=1)


def test_drifted_output_fails_with_a_unified_diff(project):
    add_snippet(project, "drift", 'print("one")\nprint("three")\n', "one\ntwo\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/drift.py printed something other than its recorded output:",
            "--- snippets/01-demo/drift.out (recorded)",
            "+++ snippets/01-demo/drift.py (this run)",
            "-two",
            "+three",
            "If the new output is right, accept it with `make snippets ONLY=snippets/01-demo/drift.py`*",
        ]
    )


def test_hanging_snippet_is_killed_and_shows_what_it_printed(project):
    add_snippet(project, "hang", "# snippet: timeout=1\nimport time\nprint('started')\ntime.sleep(60)\n", "started\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/hang.py did not finish within 1 s and was killed. It printed so far:",
            "started",
            "Make it end by itself*",
        ]
    )
    assert result.duration < 15


def test_child_process_left_running_counts_as_a_hang(project):
    code = (
        "# snippet: timeout=1\nimport subprocess, sys\n"
        "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\nprint('parent done')\n"
    )
    add_snippet(project, "leak", code, "parent done\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*leak.py did not finish within 1 s*", "parent done"])


def test_missing_output_file_names_the_command_that_makes_it(project):
    add_snippet(project, "new", "print(1)\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["snippets/01-demo/new.py has no recorded output new.out: run `make snippets ONLY=snippets/01-demo/new.py`"]
    )


def test_snippet_no_page_shows_is_an_error(project):
    add_snippet(project, "orphan", "print(1)\n", "1\n", shown=False)
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/orphan.py is not shown by any page: add",
            "```{snippet} orphan.py",
            "to docs/01-demo.md, or delete the script and its .out file",
        ]
    )


def test_snippet_folder_without_a_page_is_an_error(project):
    (project.path / "snippets" / "02-nopage").mkdir()
    (project.path / "snippets" / "02-nopage" / "x.py").write_text("print(1)\n")
    (project.path / "snippets" / "02-nopage" / "x.out").write_text("1\n")
    result = project.runpytest()
    result.stdout.fnmatch_lines(["snippets/02-nopage/x.py belongs to no page*docs/02-nopage.md"])


def test_output_file_without_a_script_is_an_error(project):
    add_snippet(project, "kept", "print(1)\n", "1\n")
    (project.path / "snippets" / "01-demo" / "gone.out").write_text("1\n")
    result = project.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["snippets/01-demo/gone.out has no script beside it: delete it, or restore gone.py"])


NONDETERMINISTIC = (
    "import threading\n"
    "order = ['a', 'b', 'c'] if {flip} else ['c', 'b', 'a']\n"
    "for name in order:\n"
    "    print('worker', name, 'at', id(object()))\n"
)


def test_nondeterministic_lines_fail_unless_declared(project):
    recorded = "worker a at 1\nworker b at 2\nworker c at 3\n"
    add_snippet(project, "loose", NONDETERMINISTIC.format(flip=False), recorded)
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["-worker a at 1", "+worker c at *"])


def test_declared_unordered_and_varying_output_passes_but_still_compares(project):
    recorded = "worker a at 1\nworker b at 2\nworker c at 3\n"
    declared = "# snippet: unordered\n# snippet: vary=\\d+\n"
    add_snippet(project, "loose", declared + NONDETERMINISTIC.format(flip=False), recorded)
    project.runpytest().assert_outcomes(passed=1)
    # a missing or changed line still fails, and the diff says how the lines were compared
    add_snippet(project, "loose", declared + NONDETERMINISTIC.format(flip=False).replace("'b', ", ""), recorded)
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*compared as declared: unordered, vary*", "-worker b at …"])


def test_declared_varying_text_never_masks_the_exit_status(project):
    add_snippet(project, "exits", "# snippet: vary=\\d+\nimport sys\nprint(42)\nsys.exit(2)\n", "7\n[exit status 1]\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["-[exit status 1]", "+[exit status 2]"])


def test_unknown_option_names_the_line(project):
    add_snippet(project, "typo", "# snippet: unorderd\nprint(1)\n", "1\n")
    result = project.runpytest()
    result.stdout.fnmatch_lines(["snippets/01-demo/typo.py:1: unknown snippet option '# snippet: unorderd'*"])


def test_update_writes_outputs_with_normalised_traceback_and_exit_status(project):
    add_snippet(project, "boom", "import os\nprint(os.getcwd())\nraise ValueError('boom')\n")
    result = project.runpytest("--update-snippets")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*rewrote 1 recorded output(s)*", "  snippets/01-demo/boom.out"])
    recorded = (project.path / "snippets" / "01-demo" / "boom.out").read_text()
    assert recorded == (
        "/tmp/work\n"
        "Traceback (most recent call last):\n"
        '  File "/path/to/boom.py", line 3, in <module>\n'
        "    raise ValueError('boom')\n"
        "ValueError: boom\n"
        "[exit status 1]\n"
    )
    project.runpytest().assert_outcomes(passed=1)


def test_wrong_interpreter_is_refused(project):
    (project.path / ".python-version").write_text("2.7.18\n")
    result = project.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [f"*verified on CPython 2.7.18 (.python-version), but pytest runs on {platform.python_version()}*"]
    )
