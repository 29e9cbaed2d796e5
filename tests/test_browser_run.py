"""The Pyodide records (snippets/<page>/pyodide.json) say what a run on Pyodide gives today.

Which examples get a 运行 button, and what the page expects them to print in a browser, come from runs:
_ext/pyodide_runs.mjs runs every snippet on Pyodide under Node (`make snippets` records them). This test
runs them all again and fails on any record that is missing or not what a run gives now. The browser side
is checked on the built site by tests/test_site.py (test_examples_run_in_the_browser).
"""

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent
PYODIDE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]


def test_pyodide_is_pinned():
    package = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    pinned = package["dependencies"]["pyodide"]
    assert pinned[0].isdigit(), f"package.json: pin pyodide to one version, not {pinned!r}"
    assert lock["packages"]["node_modules/pyodide"]["version"] == pinned, (
        "package-lock.json is out of date: run `npm install`"
    )


def test_every_page_folder_has_a_pyodide_record():
    folders = sorted(p for p in (ROOT / "snippets").iterdir() if p.is_dir() and any(p.glob("*.py")))
    missing = [f"{p.relative_to(ROOT)}/pyodide.json" for p in folders if not (p / "pyodide.json").is_file()]
    assert not missing, f"no Pyodide record: {', '.join(missing)}; run `make snippets-browser ONLY=snippets/<page>`"
    for folder in folders:
        recorded = set(json.loads((folder / "pyodide.json").read_text(encoding="utf-8"))["snippets"])
        scripts = {p.name for p in folder.glob("*.py")}
        folder_name = folder.relative_to(ROOT)
        assert recorded == scripts, (
            f"{folder_name}/pyodide.json records {sorted(recorded - scripts)}, not {sorted(scripts - recorded)}:"
            f" run `make snippets-browser ONLY={folder_name}`"
        )


def test_pyodide_records_are_what_runs_give_now(tmp_path):
    node = shutil.which("node")
    assert node, "no Node.js to run the snippets on Pyodide: install it, then run `npm ci`"
    absent = [name for name in PYODIDE_FILES if not (ROOT / "node_modules" / "pyodide" / name).is_file()]
    assert not absent, f"node_modules/pyodide lacks {', '.join(absent)}: run `npm ci`"
    report = tmp_path / "stale.json"
    run = subprocess.run(
        [node, "_ext/pyodide_runs.mjs", "--check", "--report", str(report), "snippets"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    stale = json.loads(report.read_text(encoding="utf-8")) if report.exists() else []
    lines = [
        f"{item['snippet']}: recorded {json.dumps(item['recorded'], ensure_ascii=False)[:300]}, "
        f"a run gives {json.dumps(item['now'], ensure_ascii=False)[:300]}"
        for item in stale
    ]
    assert run.returncode == 0, (
        "the Pyodide records are not what runs give now; rewrite them with `make snippets-browser ONLY=...` and "
        "review git diff:\n" + ("\n".join(lines) or run.stderr[-3000:])
    )
