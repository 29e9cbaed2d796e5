"""The book's copy: Chinese style, one term per concept, and chapters that teach rather than annotate.

- Spaces between CJK and Latin text, full-width punctuation: autocorrect's rules (.autocorrectrc).
  To apply every suggestion: python tests/test_copy.py --fix
- One term per concept: an entry of docs/glossary.md names the variants the book does not use
  ("本书不用“延迟绑定”的说法"), and no chapter may use them.
- A chapter credits the notebook it grew from once, in its 参考 section, and never talks about the site.
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
    # MyST comments (`% versions-checked: …`, tests/test_version_facts.py) are instructions to a test, not copy
    text = re.sub(r"^%.*$", "", page.read_text(encoding="utf-8"), flags=re.MULTILINE)
    result = autocorrect_py.lint_for(text, "markdown")
    problems = [
        f"docs/{page.name}:{line.line}: {line.old.strip()!r}\n    should be {line.new.strip()!r}"
        for line in result.lines
    ]
    assert not problems, "\n".join(problems) + "\nApply all suggestions with: .venv/bin/python tests/test_copy.py --fix"


CJK = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
WRAPPED = re.compile(f"[{CJK}]\n[{CJK}]")


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_no_line_break_inside_a_chinese_sentence(page):
    """Browsers show a line break between two Chinese characters as a space: write a paragraph on one line."""
    prose = re.sub(
        r"^(```|~~~).*?^\1",
        lambda fence: "\n" * fence[0].count("\n"),
        page.read_text(encoding="utf-8"),
        flags=re.DOTALL | re.MULTILINE,
    )
    lines = [prose[: match.start()].count("\n") + 1 for match in WRAPPED.finditer(prose)]
    assert not lines, f"docs/{page.name}: a paragraph is wrapped between Chinese characters after line(s) {lines}"


CHAPTERS = [page for page in PAGES if page.name[:2].isdigit()]
CODE = re.compile(r"^(```|~~~).*?^\1|`[^`\n]+`", re.DOTALL | re.MULTILINE)


def prose_lines(page: Path) -> list[tuple[int, str]]:
    """(line number, text) of a page's prose: code blocks and inline code blanked out, lines kept."""
    prose = CODE.sub(lambda code: "\n" * code[0].count("\n"), page.read_text(encoding="utf-8"))
    return list(enumerate(prose.splitlines(), start=1))


REJECTED = re.compile(r"本书不用((?:“[^”]+”、?)+)的说法")


def rejected_variants() -> dict[str, str]:
    """{variant: the term the book uses}, from the glossary: an entry's first line is the term."""
    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    variants = {}
    for block in re.findall(r"^```\{glossary\}\n(.*?)^```", glossary, re.DOTALL | re.MULTILINE):
        for entry in re.split(r"\n\s*\n", block.strip()):
            term = entry.splitlines()[0].strip()
            for listed in REJECTED.findall(entry):
                for variant in re.findall(r"“([^”]+)”", listed):
                    variants[variant] = term
    return variants


def test_the_glossary_names_the_variants_it_rejects():
    variants = rejected_variants()
    assert len(variants) >= 5, "docs/glossary.md lists no rejected variants (本书不用“…”的说法)"
    assert not set(variants) & set(variants.values()), "a term is both used and rejected in docs/glossary.md"


@pytest.mark.parametrize("page", CHAPTERS, ids=[page.name for page in CHAPTERS])
def test_one_term_per_concept(page):
    variants = rejected_variants()
    found = [
        f"docs/{page.name}:{number}: “{variant}” — the book writes “{term}” (docs/glossary.md)"
        for number, line in prose_lines(page)
        if not SOURCE.search(line)  # the credit line quotes a title
        for variant, term in variants.items()
        if variant in line
    ]
    assert not found, "\n".join(found)


SOURCE = re.compile(r"原(?:教程|文(?!件)|表|测试|例|笔记)|《python 进阶教程》")
SITE = re.compile(r"本站|本页")


@pytest.mark.parametrize("page", CHAPTERS, ids=[page.name for page in CHAPTERS])
def test_a_chapter_credits_its_source_once_in_its_references(page):
    mentions, section = [], ""
    for number, line in prose_lines(page):
        if line.startswith("## "):
            section = line[3:].strip()
        mentions += [(number, section, match[0]) for match in SOURCE.finditer(line)]
    assert len(mentions) <= 1 and all(section == "参考" for _, section, _ in mentions), (
        f"docs/{page.name} mentions the notebook it grew from outside its single credit line in 参考: "
        + ", ".join(f"line {number} “{word}”" for number, _, word in mentions)
        + ". Teach the point directly; a common wrong belief goes into a 常见误解 admonition."
    )


@pytest.mark.parametrize("page", CHAPTERS, ids=[page.name for page in CHAPTERS])
def test_a_chapter_does_not_talk_about_the_site(page):
    found = [
        f"docs/{page.name}:{number}: “{match[0]}”"
        for number, line in prose_lines(page)
        for match in SITE.finditer(line)
    ]
    assert not found, "\n".join(found) + "\nState the fact about Python; an output's caption already says what varies."


def test_every_version_fact_links_to_the_section_that_teaches_it():
    """docs/versions.md: one row a fact, one column a version, and the last cell points into a chapter."""
    rows = [
        line
        for line in (ROOT / "docs" / "versions.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| ") and not line.startswith(("| 事实 ", "| ---"))
    ]
    assert len(rows) >= 30, "docs/versions.md lists fewer version facts than the book states"
    versions = len(["3.10", "3.11", "3.12", "3.13", "3.14"])
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split(" | ")]
        assert len(cells) == versions + 2, f"docs/versions.md: a fact, {versions} versions and a link: {row}"
        assert re.fullmatch(r"\{ref\}`第 \d+ 章 <[\w-]+>`", cells[-1]), (
            f"docs/versions.md: no link to the section: {row}"
        )


# A phone 390 px wide sets a chapter title (1.75rem, _static/custom.css) about 12 Chinese characters to a
# line; a Latin letter or digit takes about 0.6 of that, a space 0.3.
TITLE_LINE_WIDTH, TITLE_LINES = 12, 2


def title_width(text: str) -> float:
    return sum(0.3 if char == " " else 0.6 if char.isascii() else 1.0 for char in text)


@pytest.mark.parametrize("page", CHAPTERS, ids=[page.name for page in CHAPTERS])
def test_a_chapter_title_fits_two_lines_on_a_phone(page):
    title = re.search(r"^# (.+)$", page.read_text(encoding="utf-8"), re.MULTILINE)[1]
    longest_word = max(title_width(word) for word in re.findall(r"[!-~]+", title))
    assert title_width(title) <= TITLE_LINE_WIDTH * TITLE_LINES - 2 and longest_word <= TITLE_LINE_WIDTH, (
        f"docs/{page.name}: the title “{title}” takes more than {TITLE_LINES} lines on a phone: shorten it "
        "(a series prefix such as 并发之七： goes when the part heading already says it)"
    )


if __name__ == "__main__" and sys.argv[1:] == ["--fix"]:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        fixed = autocorrect_py.format_for(text, "markdown")
        if fixed != text:
            page.write_text(fixed, encoding="utf-8")
            print(f"fixed docs/{page.name}")
