"""What the build needs from the system, checked before any page is built (`make html`, `make test`).

    python _ext/prerequisites.py html   # dot, and a Chinese font that fontconfig and matplotlib find
    python _ext/prerequisites.py test   # the same, plus Chromium (search test) and Java (epubcheck)

Each missing piece is one line: what it is for, and how to install it on Debian/Ubuntu, Fedora and macOS.
The exit status is 1 if anything is missing. Standard library only: it runs before .venv exists; the
matplotlib check runs once .venv has matplotlib.

conf.py also takes ``matplotlib_config_dir()`` from here: matplotlib caches the list of the system's
fonts, and a cache made before a font was installed would hide that font for good. The cache folder is
named after the fonts installed, so a new font means a new, fresh cache, and nothing to delete.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CJK_FAMILY = "Noto Sans CJK SC"  # what conf.py (graphviz), the social cards and the chart pages ask for

# name, what it is for, Debian/Ubuntu, Fedora, macOS
GRAPHVIZ = (
    "Graphviz `dot`",
    "draws the diagrams",
    "sudo apt-get install graphviz",
    "sudo dnf install graphviz",
    "brew install graphviz",
)
FONT = (
    f"a Chinese font ({CJK_FAMILY})",
    "Chinese text in diagrams, charts and link previews",
    "sudo apt-get install fonts-noto-cjk",
    "sudo dnf install google-noto-sans-cjk-fonts",
    "brew install --cask font-noto-sans-cjk-sc",
)
CHROMIUM = (
    "Chromium",
    "tests/test_site.py tries the site in a headless browser; or set CHROMIUM=/path/to/chrome",
    "sudo apt-get install chromium",
    "sudo dnf install chromium",
    "brew install --cask chromium",
)
JAVA = (
    "Java",
    "epubcheck checks the EPUB (tests/test_epub.py)",
    "sudo apt-get install default-jre-headless",
    "sudo dnf install java-21-openjdk-headless",
    "brew install openjdk",
)


def font_files() -> list[str]:
    """The font files fontconfig knows (what matplotlib's font list is made from on Linux), or, without
    fontconfig, the font folders' contents."""
    if shutil.which("fc-list"):
        listed = subprocess.run(["fc-list", "--format=%{file}\\n"], capture_output=True, text=True, timeout=30)
        return sorted(set(listed.stdout.split("\n")) - {""})
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        Path.home() / ".local/share/fonts",
        Path.home() / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        Path.home() / "Library/Fonts",
    ]
    return sorted(
        f"{path}:{path.stat().st_mtime_ns}" for folder in folders if folder.is_dir() for path in folder.rglob("*")
    )


def matplotlib_config_dir() -> Path:
    """A matplotlib cache folder of its own for the fonts installed now (see the module's docstring)."""
    key = hashlib.sha256("\n".join(font_files()).encode()).hexdigest()[:12]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "python-jinjie" / f"matplotlib-{key}"
    cache.mkdir(parents=True, exist_ok=True)
    return cache


def has_chinese_font_for_fontconfig() -> bool:
    if not shutil.which("fc-list"):
        return sys.platform == "darwin"  # macOS finds fonts without fontconfig; dot from Homebrew brings it
    listed = subprocess.run(["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=30)
    return any(CJK_FAMILY in line for line in listed.stdout.splitlines())


def has_chinese_font_for_matplotlib(python: Path) -> bool | None:
    """Whether matplotlib finds the font (None: no matplotlib yet, .venv is built after this check)."""
    if not python.exists():
        return None
    script = (
        "import sys\ntry:\n    from matplotlib import font_manager\nexcept ImportError:\n    sys.exit(2)\n"
        f"font_manager.findfont({CJK_FAMILY!r}, fallback_to_default=False)\n"
    )
    env = {**os.environ, "MPLCONFIGDIR": str(matplotlib_config_dir())}
    run = subprocess.run([str(python), "-c", script], capture_output=True, env=env, timeout=120)
    return None if run.returncode == 2 else run.returncode == 0


def chromium() -> bool:
    wanted = os.environ.get("CHROMIUM")
    if wanted:
        return Path(wanted).is_file() or bool(shutil.which(wanted))
    return any(shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))


def missing(target: str, python: Path) -> list[tuple[str, ...]]:
    found = []
    if not shutil.which("dot"):
        found.append(GRAPHVIZ)
    if not has_chinese_font_for_fontconfig() or has_chinese_font_for_matplotlib(python) is False:
        found.append(FONT)
    if target == "test":
        if not chromium():
            found.append(CHROMIUM)
        if not shutil.which("java"):
            found.append(JAVA)
    return found


def main(argv: list[str]) -> int:
    target = argv[1] if len(argv) > 1 else "html"
    if target not in ("html", "test"):
        print(f"usage: {argv[0]} html|test", file=sys.stderr)
        return 2
    python = Path(os.environ.get("VENV", ROOT / ".venv")) / "bin" / "python"
    absent = missing(target, python)
    for name, purpose, debian, fedora, macos in absent:
        print(
            f"missing: {name}, {purpose}. Install: {debian} (Debian/Ubuntu) · {fedora} (Fedora) · {macos} (macOS)",
            file=sys.stderr,
        )
    if absent:
        print(f"make {target}: install the above, then run `make {target}` again (nothing was built)", file=sys.stderr)
    return 1 if absent else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
