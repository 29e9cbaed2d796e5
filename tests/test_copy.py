"""Chinese copy style of the pages: spaces between CJK and Latin text, full-width punctuation.

The rules are autocorrect's (.autocorrectrc). To apply every suggestion: python tests/test_copy.py --fix
"""

import re
import sys
from pathlib import Path

import autocorrect_py
import pytest

ROOT = Path(__file__).parent.parent
PAGES = sorted((ROOT / "docs").glob("*.md"))
autocorrect_py.load_config((ROOT / ".autocorrectrc").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_page_follows_the_chinese_copy_style(page):
    result = autocorrect_py.lint_for(page.read_text(encoding="utf-8"), "markdown")
    problems = [f"docs/{page.name}:{line.line}: {line.old.strip()!r}\n    should be {line.new.strip()!r}" for line in result.lines]
    assert not problems, "\n".join(problems) + "\nApply all suggestions with: .venv/bin/python tests/test_copy.py --fix"


CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
WRAPPED = re.compile(f"[{CJK}]\n[{CJK}]")


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_no_line_break_inside_a_chinese_sentence(page):
    """Browsers show a line break between two Chinese characters as a space: write a paragraph on one line."""
    prose = re.sub(r"^(```|~~~).*?^\1", lambda fence: "\n" * fence[0].count("\n"), page.read_text(encoding="utf-8"), flags=re.DOTALL | re.MULTILINE)
    lines = [prose[: match.start()].count("\n") + 1 for match in WRAPPED.finditer(prose)]
    assert not lines, f"docs/{page.name}: a paragraph is wrapped between Chinese characters after line(s) {lines}"


if __name__ == "__main__" and sys.argv[1:] == ["--fix"]:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        fixed = autocorrect_py.format_for(text, "markdown")
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            print(f"fixed docs/{page.name}")
