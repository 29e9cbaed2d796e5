"""Runs one snippet inside Pyodide the way conftest.py runs it on CPython, and compares outputs.

Loaded into a fresh interpreter by the recorder (_ext/pyodide_runs.mjs, under Node) and by the page's
Web Worker (browser-run-worker.mjs): the same code in both, so what the page shows is what was recorded.
The script is written to /path/to/<name> (the directory conftest.normalise prints), the working
directory is /tmp/work, and an uncaught exception is printed the way CPython prints it, with the exit
status returned as conftest records it.
"""

import atexit
import builtins
import os
import re
import sys
import types

SCRIPT_DIR = "/path/to"
WORK_DIR = "/tmp/work"
EXIT_LINE = re.compile(r"\n?\[exit status (?P<code>-?\d+)\]\n$")


def run(name: str) -> int:
    """Run /path/to/<name> (written there by the caller) as __main__ in /tmp/work; return its exit status."""
    os.makedirs(WORK_DIR, exist_ok=True)
    os.chdir(WORK_DIR)
    path = f"{SCRIPT_DIR}/{name}"
    sys.argv = [path]
    sys.path[0] = SCRIPT_DIR  # as CPython does for `python path/to/script.py`
    sys.executable = "/usr/bin/python3"  # conftest.normalise writes the interpreter so
    _use_blocking_event_loop()
    main = types.ModuleType("__main__")
    main.__file__, main.__builtins__, main.__cached__ = path, builtins, None
    sys.modules["__main__"] = main
    try:
        with open(path, "rb") as file:
            code = compile(file.read(), path, "exec")
        exec(code, main.__dict__)
        status = 0
    except SystemExit as error:
        status = _exit_status(error)
    except BaseException as error:  # printed as CPython prints an uncaught exception, without this frame
        sys.excepthook(type(error), error, error.__traceback__.tb_next)
        status = 1
    try:  # CPython runs these when the interpreter exits
        atexit._run_exitfuncs()
    except BaseException as error:
        sys.excepthook(type(error), error, error.__traceback__)
    sys.stdout.flush()
    sys.stderr.flush()
    return status


def _use_blocking_event_loop() -> None:
    """asyncio.run() as on CPython: Pyodide's own loop hands control back to JavaScript, and its
    run_until_complete() needs WebAssembly stack switching, which not every browser (nor Node) has. Here
    asyncio's BaseEventLoop waits for its next timer with time.sleep(); a script waits as it would on CPython."""
    import asyncio
    import asyncio.events
    import time

    class Selector:  # no file descriptors to watch in a browser: only time passes
        def select(self, timeout):
            if timeout is None:
                raise RuntimeError("the event loop waits for I/O that WebAssembly in a browser cannot do")
            if timeout > 0:
                time.sleep(timeout)
            return []

    class BlockingEventLoop(asyncio.BaseEventLoop):
        def __init__(self):
            super().__init__()
            self._selector = Selector()

        def _process_events(self, event_list):
            pass

        def _write_to_self(self):
            pass

    class Policy(asyncio.events._BaseDefaultEventLoopPolicy):
        _loop_factory = BlockingEventLoop

    asyncio.events._event_loop_policy = Policy()
    asyncio.events._set_running_loop(None)  # the interpreter's own loop is not the script's
    asyncio.run = asyncio.runners.run  # not Pyodide's replacement, which runs on that loop
    try:
        from pyodide import webloop

        time.sleep = webloop._orig_sleep  # not the one that hands control to JavaScript where it can
    except (ImportError, AttributeError):
        pass


def _exit_status(error: SystemExit) -> int:
    if error.code is None:
        return 0
    if isinstance(error.code, int):
        return error.code
    print(error.code, file=sys.stderr)
    return 1


def comparable(output: str, options: dict) -> list[str]:
    """conftest.comparable: declared varying parts masked, lines sorted if order may vary."""
    match = EXIT_LINE.search(output)
    text, status = (output[: match.start()] + "\n", int(match["code"])) if match else (output, 0)
    for pattern in options.get("vary", []):
        text = re.sub(pattern, "…", text)
    lines = sorted(text.splitlines()) if options.get("unordered") else text.splitlines()
    return lines + ([f"[exit status {status}]"] if status else [])


def compare(expected: str, actual: str, options_json: str) -> str:
    """JSON: whether the outputs match as the snippet declares, and a compact diff if they do not."""
    import difflib
    import json

    options = json.loads(options_json)
    old, new = comparable(expected, options), comparable(actual, options)
    if old == new:
        return json.dumps({"same": True})
    diff = list(difflib.unified_diff(old, new, lineterm="", n=1))[2:]  # without the ---/+++ header
    return json.dumps({"same": False, "diff": diff}, ensure_ascii=False)
