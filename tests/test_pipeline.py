"""The snippet checker (the root conftest.py): what a contributor sees when an example breaks the contract.

Each test builds a tiny project in a temporary directory (pytester) with the real conftest.py and _ext/,
then runs pytest on it. What a page shows is tested in tests/test_directive.py, the contract's rules alone
in tests/test_contract.py.
"""

import platform
import shutil
import socket
import subprocess
import sys
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
    code = "# snippet: vary=\\d+\n# snippet: exit=2\nimport sys\nprint(42)\nsys.exit(2)\n"
    add_snippet(project, "exits", code, "7\n[exit status 1]\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["-[exit status 1]", "+[exit status 2]"])


def test_unknown_option_names_the_line(project):
    add_snippet(project, "typo", "# snippet: unorderd\nprint(1)\n", "1\n")
    result = project.runpytest()
    result.stdout.fnmatch_lines(["snippets/01-demo/typo.py:1: unknown snippet option '# snippet: unorderd'*"])


def test_update_writes_outputs_with_normalised_traceback_and_exit_status(project):
    add_snippet(project, "boom", "import os\nprint(os.getcwd())\nraise ValueError('boom')\n# snippet: exit=1\n")
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


# -- masks that could hide the lesson ---------------------------------------------------------------


def test_mask_matching_anything_is_refused(project):
    add_snippet(project, "greedy", "# snippet: vary=.*\nprint('约 2.0 倍')\n", "约 2.0 倍\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/greedy.py:1: the mask `# snippet: vary=.*` can match the empty string, so it can hide"
            " a missing value or a whole line: make it match only the text that varies*print the claim*unmasked*"
        ]
    )


@pytest.mark.parametrize("mask", [r"\s+", r"[^x]+", r"(?s)约.*倍", r"倍\n", r"(约|\W)"])
def test_mask_that_can_match_a_line_break_is_refused(project, mask):
    add_snippet(project, "across", f"# snippet: vary={mask}\nprint('约 2.0 倍')\n", "约 2.0 倍\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/across.py:1: the mask `# snippet: vary=*` can match a line break, so it can swallow"
            " whole lines of the output: keep it inside one line*"
        ]
    )


def test_mask_that_matches_nothing_in_the_recorded_output_is_refused(project):
    code = "# snippet: unordered\n# snippet: vary=约 \\d+ 秒\nprint('用时 3 秒')\n"
    add_snippet(project, "stale", code, "用时 3 秒\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/stale.py:2: the mask `# snippet: vary=约 \\d+ 秒` matches nothing in stale.out:"
            " fix the pattern so it matches the text that varies, or delete the line"
        ]
    )


# -- a failure is recorded only when the script declares it ------------------------------------------


def test_update_refuses_to_record_an_undeclared_failure(project):
    add_snippet(project, "oops", "print('before')\nraise ValueError('not meant')\n")
    result = project.runpytest("--update-snippets")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/oops.py exited with status 1, and its script declares no failure."
            " If the page teaches this error, declare it with a line `# snippet: exit=1` in oops.py;"
            " otherwise fix the script. Nothing was"
            " recorded. It printed:",
            "before",
            "Traceback (most recent call last):",
            "*ValueError: not meant",
            "[exit status 1]",
        ]
    )
    assert not (project.path / "snippets" / "01-demo" / "oops.out").exists()


def test_undeclared_failure_fails_even_when_recorded(project):
    add_snippet(project, "legacy", "import sys\nsys.exit(3)\n", "[exit status 3]\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["snippets/01-demo/legacy.py exited with status 3, and its script declares no failure.*`# snippet: exit=3`*"]
    )


def test_declared_failure_that_does_not_happen_fails(project):
    add_snippet(project, "fixed", "print('fine')\n# snippet: exit=1\n", "fine\n[exit status 1]\n")
    result = project.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "snippets/01-demo/fixed.py declares `# snippet: exit=1` but exited with status 0: make it fail as the page"
            " teaches, or delete the declaration. It printed:",
            "fine",
        ]
    )


# -- nothing reaches out ---------------------------------------------------------------------------
# The guard's decision is checked without any socket; the snippets that try to connect out run with a
# safety net of their own (an audit hook added after the guard's, so it runs only if the guard let the call
# through) and, where the system allows it, in a network namespace that has only loopback (unshare -rn).


def load_guard():
    import importlib.util

    spec = importlib.util.spec_from_file_location("offline_guard", ROOT / "_ext" / "offline" / "sitecustomize.py")
    guard = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(guard)  # installs nothing: only a module named sitecustomize does
    return guard


class FakeSocket:
    def __init__(self, family):
        self.family = family


@pytest.mark.parametrize(
    ("event", "args", "refused"),
    [
        ("socket.connect", (FakeSocket(socket.AF_INET), ("93.184.216.34", 80)), "93.184.216.34 port 80"),
        ("socket.connect", (FakeSocket(socket.AF_INET), ("example.com", 443)), "example.com port 443"),
        ("socket.connect", (FakeSocket(socket.AF_INET6), ("2001:db8::1", 80, 0, 0)), "2001:db8::1 port 80"),
        ("socket.sendto", (FakeSocket(socket.AF_INET), ("8.8.8.8", 53)), "8.8.8.8 port 53"),
        ("socket.getaddrinfo", ("pypi.org", 443, 0, 0, 0), "pypi.org port 443"),
        ("socket.gethostbyname", ("example.com",), "example.com"),
        ("socket.connect", (FakeSocket(socket.AF_INET), ("127.0.0.1", 8000)), None),
        ("socket.connect", (FakeSocket(socket.AF_INET), ("127.5.6.7", 8000)), None),
        ("socket.connect", (FakeSocket(socket.AF_INET), ("localhost", 8000)), None),
        ("socket.connect", (FakeSocket(socket.AF_INET6), ("::1", 8000, 0, 0)), None),
        ("socket.connect", (FakeSocket(socket.AF_INET6), ("::ffff:127.0.0.1", 8000, 0, 0)), None),
        ("socket.connect", (FakeSocket(socket.AF_UNIX), "/tmp/manager-socket"), None),
        ("socket.getaddrinfo", ("localhost", 0, 0, 0, 0), None),
        ("socket.getaddrinfo", (None, 0, 0, 0, 0), None),
        ("socket.getaddrinfo", ("0.0.0.0", 0, 0, 0, 0), None),
    ],
)
def test_guard_lets_only_loopback_through(event, args, refused):
    assert load_guard().refusal(event, args) == refused


SAFETY_NET = (
    "import sys\n"
    "def _net(event, args):  # runs only if the guard let the call through: then nothing is sent either\n"
    "    if event in ('socket.connect', 'socket.getaddrinfo') and '127.0.0.1' not in str(args):\n"
    "        raise SystemExit(f'SAFETY NET: the guard let {event} through')\n"
    "sys.addaudithook(_net)\n"
)
CHILD_CONNECTS = "import socket\nsocket.socket().connect(('192.0.2.1', 80))\n"
CONNECT_OUT = {
    "plain": SAFETY_NET + "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=1)\n"
    "except OSError as error:\n    print('caught', type(error).__name__)\n",
    "lookup": SAFETY_NET + "import urllib.request\nurllib.request.urlopen('http://example.com/', timeout=1)\n",
    "child": "import subprocess, sys\n"
    f"subprocess.run([sys.executable, '-c', {SAFETY_NET + CHILD_CONNECTS!r}])\n"
    "print('parent done')\n",
    "gevent": "from gevent import monkey\nmonkey.patch_all()\n"
    + SAFETY_NET
    + "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n",
}


def run_pytest_offline(project, *args):
    """Run pytest on the project, in a network namespace with only loopback if the system allows it."""
    up = ["sh", "-c", 'ip link set lo up && exec "$@"', "sh"]  # loopback starts down in a new namespace
    netns = (
        shutil.which("unshare")
        and shutil.which("ip")
        and subprocess.run(["unshare", "-rn", *up, "true"], capture_output=True).returncode == 0
    )
    prefix = ["unshare", "-rn", *up] if netns else []
    return project.run(*prefix, sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", *args, timeout=60)


@pytest.mark.parametrize("kind", sorted(CONNECT_OUT))
def test_snippet_that_reaches_out_fails_naming_itself_and_the_address(project, kind):
    add_snippet(project, f"out_{kind}", CONNECT_OUT[kind], "anything\n")
    result = run_pytest_offline(project)
    assert result.ret == 1
    result.stdout.fnmatch_lines([f"snippets/01-demo/out_{kind}.py tried to reach * port *: snippets never use the*"])
    assert "SAFETY NET" not in result.stdout.str()
    expected = "example.com port 80" if kind == "lookup" else "192.0.2.1 port 80"
    assert f"tried to reach {expected} (socket." in result.stdout.str()


def test_snippet_serving_itself_on_loopback_passes(project):
    code = (
        "import socket, threading\n"
        "server = socket.create_server(('127.0.0.1', 0))\n"
        "def answer():\n    connection, _ = server.accept()\n    connection.sendall(b'hi')\n    connection.close()\n"
        "thread = threading.Thread(target=answer)\nthread.start()\n"
        "with socket.create_connection(('localhost', server.getsockname()[1])) as client:\n    print(client.recv(2))\n"
        "thread.join()\nserver.close()\n"
    )
    add_snippet(project, "local", code, "b'hi'\n")
    run_pytest_offline(project).assert_outcomes(passed=1)
