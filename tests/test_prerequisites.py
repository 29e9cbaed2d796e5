"""What the build needs from the system (_ext/prerequisites.py): named before anything is built."""

import subprocess
import sys
import time
from pathlib import Path

import prerequisites  # _ext/, on sys.path through conftest.py

ROOT = Path(__file__).parent.parent


def test_missing_prerequisites_are_named_with_their_install_commands(tmp_path):
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": str(empty), "HOME": str(tmp_path), "VENV": str(tmp_path / "novenv")}
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, str(ROOT / "_ext" / "prerequisites.py"), "test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    assert time.monotonic() - started < 10
    assert run.returncode == 1 and "Traceback" not in run.stderr, run.stderr
    lines = run.stderr.splitlines()
    named = [line.split(",")[0] for line in lines]
    for missing in ["Graphviz `dot`", "a Chinese font (Noto Sans CJK SC)", "Chromium", "Java", "Node.js"]:
        assert f"missing: {missing}" in named, run.stderr
    assert lines[named.index("missing: Graphviz `dot`")] == (
        "missing: Graphviz `dot`, draws the diagrams. Install: sudo apt-get install graphviz (Debian/Ubuntu)"
        " · sudo dnf install graphviz (Fedora) · brew install graphviz (macOS)"
    )
    assert lines[-1] == "make test: install the above, then run `make test` again (nothing was built)"


def test_font_installed_later_gets_a_fresh_matplotlib_cache(tmp_path, monkeypatch):
    fonts = ["/usr/share/fonts/dejavu/DejaVuSans.ttf"]
    monkeypatch.setattr(prerequisites, "font_files", lambda: list(fonts))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    before = prerequisites.matplotlib_config_dir()
    assert prerequisites.matplotlib_config_dir() == before  # same fonts: the cache is kept
    fonts.append("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    assert prerequisites.matplotlib_config_dir() != before  # a new font: a new cache, nothing to delete
