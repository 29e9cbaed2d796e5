"""The snippet contract alone (_ext/snippet_contract.py): declarations, regions, the exit line, the comparison.

Pure functions, no subprocess and no Sphinx: these run in a fraction of a second, in `make check` too.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from snippet_contract import (
    SnippetOptionError,
    SnippetOptions,
    comparable,
    exit_status_problem,
    masks_matching_nothing,
    mismatch_report,
    outputs_match,
    read_options,
    shown_code,
    snippets_shown_by,
    split_exit_status,
    with_exit_status,
)

ROOT = Path(__file__).parent.parent


def test_declarations_are_read():
    options = read_options("# snippet: unordered\n# snippet: vary=\\d+ ms\n#snippet:timeout=2.5\nprint(1)\n", "x.py")
    assert options == SnippetOptions(unordered=True, vary=[r"\d+ ms"], timeout=2.5, lines={r"\d+ ms": 2})
    assert read_options("print(1)\n", "x.py") == SnippetOptions()
    assert read_options("# snippet: exit=1\nraise SystemExit(1)\n", "x.py").exit == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("# snippet: unorderd", "x.py:2: unknown snippet option '# snippet: unorderd'"),
        ("# snippet: timeout=soon", "x.py:2: unknown snippet option"),
        ("# snippet: vary=(", "x.py:2: `vary=` is not a valid regular expression"),
        ("# snippet: vary=.*", "x.py:2: the mask `# snippet: vary=.*` can match the empty string"),
        ("# snippet: vary=a\\sb", "x.py:2: the mask `# snippet: vary=a\\sb` can match a line break"),
        ("# snippet: exit=0", "x.py:2: `# snippet: exit=0` is every script's default"),
    ],
)
def test_a_declaration_not_understood_names_its_line(line, message):
    with pytest.raises(SnippetOptionError, match=re.escape(message)):
        read_options(f"import sys\n{line}\n", "x.py")


def test_a_failure_counts_only_when_declared():
    assert exit_status_problem("x.py", 1, 1) is None and exit_status_problem("x.py", 0, 0) is None
    assert "declares no failure" in exit_status_problem("x.py", 1, 0)
    assert "exited with status 0" in exit_status_problem("x.py", 0, 1)


def test_a_mask_matching_nothing_in_the_recorded_output_is_named():
    options = read_options("# snippet: vary=\\d+ ms\n", "x.py")
    masks_matching_nothing(options, "took 3 ms\n", "x.py", "x.out")
    with pytest.raises(
        SnippetOptionError, match=r"x.py:1: the mask `# snippet: vary=\\d\+ ms` matches nothing in x.out"
    ):
        masks_matching_nothing(options, "took 3 s\n", "x.py", "x.out")


def test_the_exit_status_is_a_last_line_of_its_own():
    assert with_exit_status("boom", 1) == "boom\n[exit status 1]\n"
    assert with_exit_status("boom\n", 2) == "boom\n[exit status 2]\n"
    assert with_exit_status("", 1) == "[exit status 1]\n"
    assert with_exit_status("ok\n", 0) == "ok\n"
    assert split_exit_status("boom\n[exit status 1]\n") == ("boom\n", 1)
    assert split_exit_status("ok\n") == ("ok\n", 0)
    assert split_exit_status(with_exit_status("a\nb", -9)) == ("a\nb\n", -9)


def test_a_region_is_shown_dedented_and_without_the_markers():
    source = (
        "# snippet: unordered\nimport os\n\nclass A:\n    # [start-m]\n    def m(self):\n        pass\n    # [end-m]\n"
    )
    assert shown_code(source, "m", "x.py") == "def m(self):\n    pass"
    assert shown_code(source, None, "x.py") == "import os\n\nclass A:\n    def m(self):\n        pass"
    with pytest.raises(ValueError, match="exactly one `# \\[start-n\\]` line"):
        shown_code(source, "n", "x.py")


def test_outputs_agree_only_as_declared():
    strict = SnippetOptions()
    loose = SnippetOptions(unordered=True, vary=[r"\d+"])
    assert not outputs_match("a 1\nb 2\n", "b 3\na 4\n", strict)
    assert outputs_match("a 1\nb 2\n", "b 3\na 4\n", loose)
    assert not outputs_match("a 1\nb 2\n", "a 3\n", loose)  # a missing line is never masked
    # the exit status stays exact and last, whatever the declarations
    assert comparable("7\n[exit status 1]\n", loose) == ["…", "[exit status 1]"]
    assert not outputs_match("7\n[exit status 1]\n", "7\n[exit status 2]\n", loose)


def test_a_mismatch_is_reported_as_a_unified_diff_with_the_fix():
    report = mismatch_report("snippets/01-demo/d.py", "one\ntwo\n", "one\nthree\n", SnippetOptions())
    assert report.splitlines() == [
        "snippets/01-demo/d.py printed something other than its recorded output:",
        "--- snippets/01-demo/d.out (recorded)",
        "+++ snippets/01-demo/d.py (this run)",
        "@@ -1,2 +1,2 @@",
        " one",
        "-two",
        "+three",
        "If the new output is right, accept it with `make snippets ONLY=snippets/01-demo/d.py` and review `git diff`.",
    ]


def test_pages_name_their_snippets_in_directives():
    page = "# T\n\n```{snippet} a.py\n:region: x\n```\n\n:::{snippet} b.py\n:::\n\n    ```{snippet} indented.py\n"
    assert snippets_shown_by(page) == ["a.py", "b.py"]


def test_the_checker_imports_nothing_from_sphinx_docutils_or_jieba():
    """pytest reads the contract without loading the site's machinery (the root conftest.py)."""
    code = (
        "import sys; sys.path.insert(0, '.'); import conftest; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sphinx', 'docutils', 'jieba', 'myst_nb'}))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
