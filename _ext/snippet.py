"""The project's one Sphinx extension, in five parts, each a section below:

1. The ``{snippet}`` directive: show a verified example with its checked output.

       ```{snippet} jumping_range.py
       :region: core
       :caption: 用 send() 让生成器跳转
       ```

   shows ``snippets/<page>/jumping_range.py`` (all of it, or the part between ``# [start-core]`` and
   ``# [end-core]``), a download link, and the recorded ``jumping_range.out`` labelled as output. The
   directive only includes files; pytest (``conftest.py``) runs every script and checks its ``.out``.
   The few rules both sides must agree on (option comments, the exit-status line) live here, and
   ``conftest.py`` imports them.
2. Light pages: one stylesheet and one script a page, icon fonts cut to the icons shown, lazy images.
3. Chinese search: the project's words in the index, Python's names searchable.
4. Sharing and finding one's way: descriptions, link previews with a card drawn at build time,
   robots.txt, reading time.
5. The EPUB: what the epub builder needs changed.
"""

from __future__ import annotations

import builtins
import hashlib
import html
import io
import keyword
import os
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes
from sphinx.search._stopwords.en import ENGLISH_STOPWORDS
from sphinx.search.zh import SearchChinese
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

logger = logging.getLogger(__name__)

HAN = "\u3400-\u9fff\uf900-\ufaff"  # the Chinese characters (CJK unified and compatibility ideographs)
# What this module makes (bundles, cards) is named by its inputs and by this code, which shapes it.
THIS_CODE = hashlib.sha256(Path(__file__).read_bytes()).digest()

# `# snippet: unordered`, `# snippet: vary=<regex>`, `# snippet: timeout=<seconds>`, `# snippet: exit=<status>`,
# `# snippet: requires=<3.X>`
OPTION_LINE = re.compile(r"^\s*#\s*snippet:\s*(?P<key>\w+)\s*(?:=\s*(?P<value>.*?))?\s*$")
REGION_LINE = re.compile(r"^\s*#\s*\[(?P<edge>start|end)-(?P<name>[\w-]+)\]\s*$")
# A script that exits with a non-zero status has this as the last line of its .out file.
EXIT_LINE = re.compile(r"\n?\[exit status (?P<code>-?\d+)\]\n$")
MASK_HELP = "CONTRIBUTING.md, 无法逐字相同的输出"


class SnippetOptionError(ValueError):
    """A `# snippet:` comment that the checker does not understand, or a mask that could hide the lesson."""


@dataclass
class SnippetOptions:
    """What a script declares about its own output (see CONTRIBUTING.md)."""

    unordered: bool = False
    vary: list[str] = field(default_factory=list)
    timeout: float = 10.0
    exit: int = 0  # the exit status the script is meant to end with (`# snippet: exit=1`: the page teaches an error)
    lines: dict[str, int] = field(default_factory=dict)  # each vary= mask -> the line that declares it
    requires: str = ""  # the oldest Python ("3.11") that can run it (`# snippet: requires=3.11`); older ones skip it


def read_options(source: str, filename: str) -> SnippetOptions:
    """Parse the `# snippet:` comments of a script; raise SnippetOptionError naming the line."""
    options = SnippetOptions()
    for number, line in enumerate(source.splitlines(), start=1):
        match = OPTION_LINE.match(line)
        if not match:
            continue
        key, value = match["key"], match["value"]
        where = f"{filename}:{number}"
        if key == "unordered" and value is None:
            options.unordered = True
        elif key == "vary" and value:
            check_mask(value, where)
            options.vary.append(value)
            options.lines.setdefault(value, number)
        elif key == "timeout" and value and value.replace(".", "", 1).isdigit():
            options.timeout = float(value)
        elif key == "exit" and value and re.fullmatch(r"-?\d+", value):
            if int(value) == 0:
                raise SnippetOptionError(f"{where}: `# snippet: exit=0` is every script's default: delete the line")
            options.exit = int(value)
        elif key == "requires" and value and re.fullmatch(r"3\.\d+", value):
            options.requires = value
        else:
            raise SnippetOptionError(
                f"{where}: unknown snippet option {line.strip()!r}; use `# snippet: unordered`, "
                "`# snippet: vary=REGEX`, `# snippet: timeout=SECONDS`, `# snippet: exit=STATUS` "
                "or `# snippet: requires=3.X`"
            )
    return options


def check_mask(pattern: str, where: str) -> None:
    """A `vary=` mask may only stand for a few characters inside one line: never for nothing (it could
    then hide a missing value), never for a line break (it could swallow whole lines, the lesson with them)."""
    try:
        compiled = re.compile(pattern)
    except re.error as error:
        raise SnippetOptionError(f"{where}: `vary=` is not a valid regular expression: {error}") from None
    shown = f"`# snippet: vary={pattern}`"
    if compiled.search("") is not None or _min_width(pattern) == 0:
        raise SnippetOptionError(
            f"{where}: the mask {shown} can match the empty string, so it can hide a missing value or a whole "
            r"line: make it match only the text that varies, at least one character (`\d+`, not `\d*` or `.*`), "
            f"and print the claim the number supports as a line of its own, unmasked ({MASK_HELP})"
        )
    if compiled.flags & re.DOTALL or _can_match_newline(pattern) or any(
        "\n" in found.group() for probe in NEWLINE_PROBES for found in compiled.finditer(probe)
    ):
        raise SnippetOptionError(
            f"{where}: the mask {shown} can match a line break, so it can swallow whole lines of the output: "
            r"keep it inside one line, without `(?s)`, `\n`, `\s`, `\W`, `\D` or a negated class like `[^x]` "
            rf"(write `[^x\n]`, `\S` or ` ` instead) ({MASK_HELP})"
        )


def masks_matching_nothing(options: SnippetOptions, output: str, filename: str, recorded: str) -> None:
    """Raise SnippetOptionError for a mask that matches nothing in the recorded output: it masks nothing,
    and the day the output changes it may start masking the wrong thing."""
    text, _ = split_exit_status(output)
    for pattern in options.vary:
        if not re.search(pattern, text):
            raise SnippetOptionError(
                f"{filename}:{options.lines.get(pattern, '?')}: the mask `# snippet: vary={pattern}` matches nothing "
                f"in {recorded}: fix the pattern so it matches the text that varies, or delete the line"
            )


# strings a line-bound mask cannot match across: each has a line break between things a mask might match
NEWLINE_PROBES = ["\n", "\r\n", " \n ", "a\nb", "1\n2", "约 1\n2 秒", "x\n\nx", "\n\u3000\n"]


def _min_width(pattern: str) -> int:
    try:
        import re._parser as sre_parse  # CPython's own parser of regular expressions (3.11+)
    except ImportError:  # pragma: no cover
        return 1
    return sre_parse.parse(pattern).getwidth()[0]


def _can_match_newline(pattern: str) -> bool:
    """Whether any character the pattern consumes can be a line break ("\n"), by walking its parse tree."""
    try:
        import re._constants as c
        import re._parser as sre_parse
    except ImportError:  # pragma: no cover: the probes in check_mask still apply
        return False
    newline = ord("\n")

    categories_with_newline = {
        c.CATEGORY_NOT_DIGIT, c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_LINEBREAK,
        c.CATEGORY_UNI_NOT_DIGIT, c.CATEGORY_UNI_SPACE, c.CATEGORY_UNI_NOT_WORD, c.CATEGORY_UNI_LINEBREAK,
    }

    def in_set(items) -> bool:
        negate, found = False, False
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif (
                (op is c.LITERAL and av == newline)
                or (op is c.RANGE and av[0] <= newline <= av[1])
                or (op is c.CATEGORY and av in categories_with_newline)
            ):
                found = True
        return found != negate

    def walk(items, dotall: bool) -> bool:
        for op, av in items:
            if (op is c.LITERAL and av == newline) or (op is c.NOT_LITERAL and av != newline):
                return True
            if (op is c.ANY and dotall) or (op is c.IN and in_set(av)):
                return True
            if op is c.SUBPATTERN:
                _group, add, remove, sub = av
                inner_dotall = (dotall or bool(add & c.SRE_FLAG_DOTALL)) and not remove & c.SRE_FLAG_DOTALL
                parts = [(sub, inner_dotall)]
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
                parts = [(av[2], dotall)]
            elif op is c.ATOMIC_GROUP:
                parts = [(av, dotall)]
            elif op is c.BRANCH:
                parts = [(branch, dotall) for branch in av[1]]
            elif op is c.GROUPREF_EXISTS:
                parts = [(branch, dotall) for branch in av[1:] if branch is not None]
            else:  # ASSERT / ASSERT_NOT (lookarounds) consume nothing; AT is an anchor; GROUPREF repeats a group
                parts = []
            if any(walk(sub, sub_dotall) for sub, sub_dotall in parts):
                return True
        return False

    parsed = sre_parse.parse(pattern)
    return walk(parsed, bool(parsed.state.flags & c.SRE_FLAG_DOTALL))


def split_exit_status(output: str) -> tuple[str, int]:
    """Return the printed text of a recorded output and the script's exit status."""
    match = EXIT_LINE.search(output)
    if not match:
        return output, 0
    return output[: match.start()] + "\n", int(match["code"])


def exit_status_problem(name: str, status: int, declared: int) -> str | None:
    """What is wrong when a run (or a recorded output) ends with another status than the script declares."""
    if status == declared:
        return None
    if not declared:
        return (
            f"{name} exited with status {status}, and its script declares no failure. If the page teaches this error, "
            f"declare it with a line `# snippet: exit={status}` in {Path(name).name}; otherwise fix the script"
        )
    return (
        f"{name} declares `# snippet: exit={declared}` but exited with status {status}. Make it fail as the page "
        "teaches, or delete the declaration if it should succeed"
        if status else
        f"{name} declares `# snippet: exit={declared}` but exited with status 0: make it fail as the page teaches, "
        "or delete the declaration"
    )


def shown_code(source: str, region: str | None, filename: str) -> str:
    """The part of a script a page shows: a region if asked, without the checker's comments."""
    lines = source.splitlines()
    if region:
        starts = [i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("start", region)]
        ends = [i for i, line in enumerate(lines) if (m := REGION_LINE.match(line)) and m.groups() == ("end", region)]
        if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
            raise ValueError(f"{filename} needs exactly one `# [start-{region}]` line followed by one `# [end-{region}]` line")
        lines = lines[starts[0] + 1 : ends[0]]
    kept = [line for line in lines if not OPTION_LINE.match(line) and not REGION_LINE.match(line)]
    while kept and not kept[0].strip():
        kept.pop(0)
    while kept and not kept[-1].strip():
        kept.pop()
    return "\n".join(kept) if region is None else _dedent(kept)


def _dedent(lines: list[str]) -> str:
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    cut = min(indents, default=0)
    return "\n".join(line[cut:] for line in lines)


class SnippetDirective(SphinxDirective):
    """Show snippets/<page>/<file>.py and its verified output."""

    required_arguments = 1
    option_spec = {
        "region": directives.unchanged_required,  # show only the lines between # [start-x] and # [end-x]
        "caption": directives.unchanged,  # a title above the code, after the file name
    }

    def run(self) -> list[nodes.Node]:
        page = Path(self.env.docname).name
        script = Path(self.config.snippet_root) / page / self.arguments[0]
        shown_name = f"snippets/{page}/{self.arguments[0]}"
        if not script.is_file():
            return self._fail(f"{shown_name} does not exist: create it, or fix the file name in the {{snippet}} directive")
        expected = script.with_suffix(".out")
        if not expected.is_file():
            return self._fail(f"{shown_name} has no recorded output: run `make snippets ONLY={shown_name}`")
        self.env.note_dependency(str(script))
        self.env.note_dependency(str(expected))

        source = script.read_text(encoding="utf-8")
        try:
            options = read_options(source, shown_name)
            code = shown_code(source, self.options.get("region"), shown_name)
        except ValueError as error:
            return self._fail(str(error))
        output, exit_status = split_exit_status(expected.read_text(encoding="utf-8"))
        if exit_status != options.exit:  # the caption shows the recorded status: the script must have meant it
            return self._fail(
                f"{shown_name.removesuffix('.py')}.out ends with exit status {exit_status}, but the script declares "
                f"{f'`# snippet: exit={options.exit}`' if options.exit else 'no failure'}: "
                f"run `make snippets ONLY={shown_name}`, which says what to fix"
            )

        download = addnodes.download_reference(
            "", "", nodes.inline("", "下载"),
            reftarget=os.path.relpath(script, Path(self.env.doc2path(self.env.docname)).parent),
            refdoc=self.env.docname, refexplicit=True, classes=["snippet-download"],
        )
        title = [nodes.literal("", script.name), nodes.Text(" · "), download]
        if self.options.get("caption"):
            title = [nodes.Text(self.options["caption"] + " · "), *title]

        labels = [f"CPython {self.config.snippet_python_version} 实测"]
        if exit_status:
            labels.append(f"退出状态 {exit_status}")
        if options.unordered:
            labels.append("输出顺序每次运行可能不同")
        if options.vary:
            labels.append("部分内容每次运行可能不同")
        container = nodes.container(classes=["snippet"])
        container += self._captioned(code, "python", title, "snippet-code")
        container += self._captioned(output.rstrip("\n"), "text", [nodes.Text(f"输出（{'；'.join(labels)}）")], "snippet-output")
        return [container]

    def _captioned(self, text: str, language: str, title: list[nodes.Node], kind: str) -> nodes.container:
        """A code block with a caption above it, rendered like Sphinx's captioned code-block."""
        block = nodes.literal_block(text, text, language=language)
        caption = nodes.caption("", "", *title)
        wrapper = nodes.container("", caption, block, literal_block=True, classes=["literal-block-wrapper", kind])
        for node in (wrapper, caption, block):
            self.set_source_info(node)
        return wrapper

    def _fail(self, message: str) -> list[nodes.Node]:
        logger.warning(message, location=self.get_location(), type="snippet")
        return []


# -- Light pages ---------------------------------------------------------------------------------
# Readers are mostly on phones and slow links. The theme's pages ask for ~20 files; here every page
# asks for one stylesheet and one script (bundles of the same files, in the same order, named by their
# content so a changed file is never served stale), icon fonts cut down to the icons the theme can
# show, and diagrams as lazily loaded images.

THEME_CSS = ["_static/styles/theme.css", "_static/styles/pydata-sphinx-theme.css"]  # emitted by its layout,
THEME_JS = ["_static/scripts/bootstrap.js", "_static/scripts/pydata-sphinx-theme.js"]  # not in css/script_files
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']([^"']+)["']\s*\)?\s*;""")
CSS_URL = re.compile(r"""url\(\s*(["']?)(?!data:|[a-z]+://|/|#)([^"')]+)\1\s*\)""")
SOURCE_MAP = re.compile(r"^\s*(?://|/\*)# sourceMappingURL=.*$", re.MULTILINE)
ICON_FONT = re.compile(r"(?:^|/)(fa-[\w-]+)\.woff2$")
ICON_CLASS_RULE = re.compile(r"""((?:\.fa-[\w-]+,?)+)\{--fa:"([^"]+)"\}""")
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")


def _css_with_imports(static: Path, name: str) -> str:
    """A stylesheet of _static/ with its @imports inlined and its url()s made relative to _static/."""
    folder = posixpath.dirname(name)
    text = (static / name).read_text(encoding="utf-8")
    text = CSS_IMPORT.sub(lambda m: _css_with_imports(static, posixpath.normpath(posixpath.join(folder, m[1]))), text)
    return CSS_URL.sub(lambda m: f"url({m[1]}{posixpath.normpath(posixpath.join(folder, m[2]))}{m[1]})", text)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def _icon_classes_in_use(outdir: Path) -> set[str]:
    """The fa-* classes of the built pages, and of the theme's scripts (which add a few icons)."""
    import pydata_sphinx_theme

    sources = [*outdir.rglob("*.html"), *Path(pydata_sphinx_theme.__file__).parent.rglob("*.js")]
    return {
        name
        for source in sources
        if source.name != "fontawesome.js"
        for name in ICON_CLASS.findall(source.read_text(encoding="utf-8", errors="ignore"))
    }


def _trim_icons(static: Path, css: str) -> str:
    """Keep only the icons a page can show: the rules of the fa-* classes in use, and icon fonts cut down
    to their glyphs plus those the stylesheet puts in its own rules (a few KB, not 240 KB)."""
    from fontTools import subset

    subset.log.setLevel("WARNING")  # not its INFO lines (what it pruned, glyphs the other fonts hold)
    used = _icon_classes_in_use(static.parent)
    codepoints = set()

    def keep_if_used(rule: re.Match) -> str:
        if not used & set(rule[1].replace(".", "").split(",")):
            return ""
        codepoints.add(int(rule[2][1:], 16) if rule[2].startswith("\\") else ord(rule[2]))
        return rule[0]

    css = ICON_CLASS_RULE.sub(keep_if_used, css)
    rest = ICON_CLASS_RULE.sub("", css)
    codepoints |= {ord(c) for c in rest if 0xE000 <= ord(c) <= 0xF8FF}  # e.g. --pst-icon-info-circle:""
    codepoints |= {int(h, 16) for h in re.findall(r"\\(f[0-9a-f]{3})\b", rest)}

    def subset_font(match: re.Match) -> str:
        quote, name = match[1], match[2]
        font_path = static / name
        if not ICON_FONT.search(name) or not font_path.is_file():
            return match[0]
        digest = hashlib.sha256(font_path.read_bytes() + repr(sorted(codepoints)).encode()).hexdigest()[:12]
        target = f"{ICON_FONT.search(name)[1]}-{digest}.woff2"
        if not (static / target).exists():
            options = subset.Options(flavor="woff2", layout_features=["*"])
            font = subset.load_font(str(font_path), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=codepoints)
            subsetter.subset(font)
            woff2 = io.BytesIO()
            subset.save_font(font, woff2, options)
            _write_atomically(static / target, woff2.getvalue())
        return f"url({quote}{target}{quote})"

    return CSS_URL.sub(subset_font, css)


def _bundle_name(static: Path, names: tuple[str, ...], kind: str) -> str:
    """A name that changes whenever a bundled file does. Most files are in _static/ already when pages
    are written; the few written later (myst-nb's CSS) carry a content hash in their own name."""
    digest = hashlib.sha256(kind.encode() + THIS_CODE)  # and of how they are bundled
    for name in names:
        digest.update(name.encode() + ((static / name).read_bytes() if (static / name).is_file() else b""))
    return f"bundle-{digest.hexdigest()[:12]}.{kind}"


def _write_bundle(static: Path, bundle: str, names: tuple[str, ...]) -> None:
    if bundle.endswith(".css"):
        text = "\n".join(f"/* {name} */\n{_css_with_imports(static, name)}" for name in names)
        text = _trim_icons(static, SOURCE_MAP.sub("", text))
    else:  # each script ends its statement, so the next file starts clean
        text = "\n".join(f"/* {name} */\n{SOURCE_MAP.sub('', (static / name).read_text(encoding='utf-8'))};" for name in names)
    _write_atomically(static / bundle, text.encode("utf-8"))


def bundle_page_assets(app, pagename, templatename, context, doctree):
    """Replace the page's stylesheets and scripts by two bundles (see _templates/layout.html)."""
    if app.builder.name != "html":
        return
    static = Path(app.outdir) / "_static"
    bundles = app.builder.__dict__.setdefault("bundles", {})  # (kind, files) -> bundle, for this build

    def bundled(asset) -> bool:  # a local file with no attribute that bundling would change
        return bool(asset.filename) and "://" not in str(asset.filename) and not (
            set(asset.attributes) - {"rel", "type", "media", "priority"} or asset.attributes.get("media", "all") != "all"
        )

    css = [c for c in context["css_files"] if bundled(c)]
    scripts = [j for j in context["script_files"] if bundled(j)]
    for kind, names in (("css", [*THEME_CSS, *(c.filename for c in css)]), ("js", [*(j.filename for j in scripts), *THEME_JS])):
        names = tuple(str(name).removeprefix("_static/") for name in names)
        if (kind, names) not in bundles:  # naming reads every file: once a build, not once a page
            bundles[kind, names] = _bundle_name(static, names, kind)
        context[f"bundled_{kind}"] = f"_static/{bundles[kind, names]}"
    context["css_files"] = [c for c in context["css_files"] if c not in css]
    context["script_files"] = [j for j in context["script_files"] if j not in scripts]


def write_bundles(app, exception):
    """Write the bundles the pages link to, once every file they hold is in _static/."""
    if exception is None and app.builder.name == "html":
        for (_kind, names), bundle in app.builder.__dict__.get("bundles", {}).items():
            _write_bundle(Path(app.outdir) / "_static", bundle, names)


def visit_graphviz_as_image(self, node):
    """A graphviz diagram as an <img> (lazily loaded, sized, described by its caption), not an <object>."""
    from sphinx.ext.graphviz import GraphvizError, render_dot

    image_format = self.builder.config.graphviz_output_format
    try:
        src, outfile = render_dot(self, node["code"], node["options"], image_format, "graphviz", node.get("filename"))
    except GraphvizError as error:
        logger.warning("dot code %r: %s", node["code"], error, location=node)
        raise nodes.SkipNode from error
    caption = node.parent.next_node(nodes.caption) if isinstance(node.parent, nodes.figure) else None
    alt = node.get("alt") or (caption.astext() if caption else "")
    if not alt:  # a reader who cannot see the image (screen reader, image not loaded) gets this text
        logger.warning("a graphviz diagram needs :alt: or :caption: — one sentence saying what it shows",
                       location=node, type="snippet")
    size = ""
    if image_format == "svg":  # graphviz sizes its SVG in points; px = pt * 4/3
        svg = Path(outfile).read_text(encoding="utf-8")
        if found := re.search(r'<svg width="([\d.]+)pt" height="([\d.]+)pt"', svg):
            size = f' width="{round(float(found[1]) * 4 / 3)}" height="{round(float(found[2]) * 4 / 3)}"'
    self.body.append(
        f'<div class="graphviz"><img src="{src.as_posix()}" alt="{self.attval(alt)}" class="graphviz"'
        f' loading="lazy" decoding="async"{size} /></div>\n'
    )
    raise nodes.SkipNode


def lazy_images(app, doctree, docname):
    """Images load when the reader scrolls near them (the charts of the pages run at build time)."""
    for image in doctree.findall(nodes.image):
        image.setdefault("loading", "lazy")


# -- Chinese search: the project's words -----------------------------------------------------------
# Sphinx's zh search cuts the text with jieba. jieba's dictionary splits many of the course's terms
# (全局解释器锁, 可变对象, 标记清除 …), and a reader typing one then finds nothing. So before the pages
# are indexed, jieba learns every glossary term, every index entry and the Chinese compounds of every
# section title, plus _ext/search_words.txt (html_search_options["dict"]); jieba's search mode still
# indexes the pieces of each word too. _static/search-zh.js cuts the reader's query into the index's
# terms. When the word list changes, every page is indexed again (an incremental build rewrites only
# changed pages, and an unchanged page would keep the old cut). The zh stopword list keeps Python's
# names (`with`, `is`, `for`, `all` …): the index has them, and the search page must not drop them.
# The search page also gets, for each glossary term, the chapter its entry points to ("见 …"), so
# that chapter ranks high when a reader types the term.

PYTHON_NAMES = {name.lower() for name in [*keyword.kwlist, *keyword.softkwlist, *dir(builtins)]}
HAN_RUN = re.compile(f"[{HAN}]{{2,}}")
# glue characters and words between the compounds of a title (类锁还是实例锁 → 类锁, 实例锁)
TITLE_GLUE = re.compile(r"还是|什么|怎样|怎么|为什么|如何|何时|哪些|一个|几个|几种|[的与和及或是吗呢吧了]")
TITLE_WORD_LENGTHS = range(2, 7)  # longer runs are phrases, not words


def collect_search_words(app, doctree):
    """Remember this page's title compounds, index-entry words and glossary references (in the env)."""
    words = set()
    for title in doctree.findall(nodes.title):
        if isinstance(title.parent, nodes.section):
            for run in HAN_RUN.findall(title.astext()):
                words |= {piece for piece in TITLE_GLUE.split(run) if len(piece) in TITLE_WORD_LENGTHS}
    for index in doctree.findall(addnodes.index):
        for _type, value, *_ in index["entries"]:
            words |= {run for part in value.split(";") for run in HAN_RUN.findall(part)}
    glossary = []  # (the names of a term, reftype, target of the first {ref} or {doc} in its definition)
    for item in (item for node in doctree.findall(addnodes.glossary) for item in node.findall(nodes.definition_list_item)):
        xref = next((x for x in item.findall(addnodes.pending_xref) if x.get("reftype") in {"ref", "doc"}), None)
        if xref is not None:
            glossary.append(([term.astext() for term in item.findall(nodes.term)], xref["reftype"], xref["reftarget"]))
    app.env.__dict__.setdefault("search_info", {})[app.env.docname] = {"words": words, "glossary": glossary}


def purge_search_words(app, env, docname):
    env.__dict__.get("search_info", {}).pop(docname, None)


def merge_search_words(app, env, docnames, other):
    env.__dict__.setdefault("search_info", {}).update(
        (name, info) for name, info in other.__dict__.get("search_info", {}).items() if name in docnames
    )


def project_words(env) -> list[str]:
    """The words jieba must keep whole: glossary terms, words of titles and index entries, the word file."""
    terms = {run for _name, display, kind, *_ in env.domains.standard_domain.get_objects() if kind == "term"
             for run in HAN_RUN.findall(display)}
    word_file = env.config.html_search_options.get("dict")
    if word_file and Path(word_file).is_file():
        for line in Path(word_file).read_text(encoding="utf-8").splitlines():
            terms |= set(HAN_RUN.findall(line.split(" ")[0]))
    titles = set().union(*(info["words"] for info in env.__dict__.get("search_info", {}).values())) - terms
    # a title word holding a longer term would hide that term from the index (search mode keeps only the
    # 2- and 3-character pieces of a word): 创建可迭代对象 stays cut, so 可迭代对象 stays a word
    long_terms = [term for term in terms if len(term) >= 4]
    titles = {word for word in titles if not any(term in word and term != word for term in long_terms)}
    return sorted(terms | titles)


def glossary_chapters(env) -> dict[str, str]:
    """Each glossary term (lower case) -> the page its entry points to."""
    from sphinx.util import docname_join

    labels = env.domains.standard_domain.labels
    chapters = {}
    for docname, info in sorted(env.__dict__.get("search_info", {}).items()):
        for names, reftype, target in info["glossary"]:
            page = labels.get(target.lower(), (None,))[0] if reftype == "ref" else docname_join(docname, target)
            if page in env.all_docs:
                chapters.update((name.lower(), page) for name in names)
    return chapters


def learn_project_words(app, env):
    """Before the pages are indexed: give jieba the project's words; index every page again if they changed."""
    words = project_words(env)
    ProjectChinese.words = words
    changed = env.__dict__.get("search_project_words") != words
    env.search_project_words = words
    return sorted(env.found_docs) if changed else []


def search_page_glossary(app, pagename, templatename, context, doctree):
    """_templates/search.html hands the glossary's terms of each page to _static/search-zh.js (JSON)."""
    if pagename == "search":
        import json

        pages = {}
        for term, page in sorted(glossary_chapters(app.env).items()):
            pages.setdefault(page, []).append(term)
        context["search_glossary_json"] = json.dumps(pages, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


class ProjectChinese(SearchChinese):
    """Sphinx's zh search, with the project's words in jieba and Python's names searchable."""

    # the English stopwords minus Python's names (all and any as for from if in is not or while with);
    # language_data.js hands this same list to the search page
    stopwords = frozenset(ENGLISH_STOPWORDS - PYTHON_NAMES)
    words: list[str] = []  # set by learn_project_words() before the indexer is made

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)  # loads the word file into jieba with a low frequency
        import jieba

        for word in self.words:  # a frequency just high enough to keep each word whole
            jieba.add_word(word)


def setup_search(app):
    """The search part of this extension: connected by setup()."""
    app.add_search_language(ProjectChinese)
    app.connect("doctree-read", collect_search_words)
    app.connect("env-purge-doc", purge_search_words)
    app.connect("env-merge-info", merge_search_words)
    app.connect("env-updated", learn_project_words)
    app.connect("html-page-context", search_page_glossary)


# -- Sharing and finding one's way ---------------------------------------------------------------
# Each page describes itself to search engines and link previews (meta description, canonical URL,
# Open Graph / Twitter card with an image drawn here, at build time), and each chapter says how
# long it takes to read. robots.txt points crawlers at the sitemap (sphinx-sitemap writes it).

CJK_CHAR = re.compile(f"[{HAN}]")
LATIN_WORD = re.compile(r"[A-Za-z0-9_]+")
CHAPTER = re.compile(r"^\d\d-")
CARD_SIZE = (1200, 630)  # the size link previews expect (summary_large_image)


def _description(doctree) -> str:
    """The page's first paragraph of prose, as one line of at most 120 characters."""
    for paragraph in doctree.findall(nodes.paragraph):
        if isinstance(paragraph.parent, (nodes.section, nodes.document)):
            text = " ".join(paragraph.astext().split())
            return text if len(text) <= 120 else text[:119] + "…"
    return ""


def _reading_minutes(doctree) -> int:
    """Prose at 400 Chinese characters a minute (an English word or identifier counting as 1.5
    characters); code and output, which readers skim and come back to, at 60 lines a minute."""
    code_lines = sum(block.astext().count("\n") + 1 for block in doctree.findall(nodes.literal_block))
    prose = "".join(paragraph.astext() for paragraph in doctree.findall(nodes.paragraph))
    characters = len(CJK_CHAR.findall(prose)) + 1.5 * len(LATIN_WORD.findall(prose))
    return max(1, round(characters / 400 + code_lines / 60))


def _wrap(text: str, columns: int, max_lines: int) -> list[str]:
    """Wrap by display width, a CJK character counting as two columns (Chinese has no spaces to break
    at); words of Latin letters stay whole. A text that does not fit ends with an ellipsis."""
    lines, line, width = [], "", 0
    for token in re.findall(r"[\w.()\-/]+ ?|\s|.", text, re.ASCII):
        token_width = sum(2 if ord(c) >= 0x2E80 else 1 for c in token)
        if width + token_width > columns and line.strip():
            lines.append(line.rstrip())
            line, width = ("", 0) if token.isspace() else (token, token_width)
        else:
            line, width = line + token, width + token_width
    lines.append(line.rstrip())
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][:-1] + "…"
    return lines


def _draw_card(path: Path, site: str, title: str, description: str) -> None:
    """A 1200x630 PNG: the site's name, the page title and its description, in a CJK font."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import font_manager
    from matplotlib import pyplot as plt

    font_manager.findfont("Noto Sans CJK SC", fallback_to_default=False)  # no CJK font: fail, don't draw boxes
    font = font_manager.FontProperties(family="Noto Sans CJK SC")
    figure = plt.figure(figsize=(CARD_SIZE[0] / 100, CARD_SIZE[1] / 100), dpi=100, facecolor="#fdfdfd")
    figure.add_artist(plt.Rectangle((0, 0), 0.02, 1, color="#306998", transform=figure.transFigure))
    figure.text(0.07, 0.86, site, fontproperties=font, fontsize=28, color="#306998")
    title_lines = _wrap(title, 26, 2)
    figure.text(0.07, 0.76, "\n".join(title_lines), fontproperties=font, fontsize=48, weight="bold",
                color="#222", va="top", linespacing=1.25)
    description_top = 0.76 - 0.15 * len(title_lines) - 0.04
    figure.text(0.07, description_top, "\n".join(_wrap(description, 58, 3)), fontproperties=font, fontsize=25,
                color="#555", va="top", linespacing=1.45)
    figure.text(0.07, 0.05, "每段代码都能运行，输出都经过实测", fontproperties=font, fontsize=20, color="#2e7d32")
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=100, facecolor=figure.get_facecolor())
    plt.close(figure)
    _write_atomically(path, png.getvalue())


# the pages Sphinx writes itself, which have no text of ours to describe them
GENERATED_PAGES = {"genindex": ("索引", "全书的索引：术语表里的每个术语和正文里的索引条目，按字母和拼音首字母排列，链接到讲解它的地方。")}


def describe_page(app, pagename, templatename, context, doctree):
    """Meta description, canonical and Open Graph / Twitter tags, the social card, the reading time."""
    if app.builder.name != "html" or not (doctree or pagename in GENERATED_PAGES):
        return
    base = app.config.html_baseurl.rstrip("/") + "/"
    if doctree is None:
        title, description = GENERATED_PAGES[pagename]
    else:
        title = re.sub(r"<[^>]+>", "", context.get("title", ""))
        description = app.env.metadata[pagename].get("description") or _description(doctree)
    card_text = f"{title}\n{description}".encode()
    card = f"_images/social/{pagename}-{hashlib.sha256(card_text + THIS_CODE).hexdigest()[:10]}.png"
    card_path = Path(app.outdir) / card
    if not card_path.exists():
        card_path.parent.mkdir(parents=True, exist_ok=True)
        _draw_card(card_path, app.config.project, title, description)
    url = base + f"{pagename}.html"  # as Sphinx's <link rel="canonical">
    tags = {
        "name:description": description,
        "property:og:type": "website" if pagename == "index" else "article",
        "property:og:site_name": app.config.project,
        "property:og:title": title,
        "property:og:description": description,
        "property:og:url": url,
        "property:og:locale": "zh_CN",
        "property:og:image": base + card,
        "property:og:image:width": str(CARD_SIZE[0]),
        "property:og:image:height": str(CARD_SIZE[1]),
        "property:og:image:alt": f"{app.config.project}：{title}",
        "name:twitter:card": "summary_large_image",
    }
    context["metatags"] = context.get("metatags", "") + "".join(
        f'\n<meta {kind.split(":", 1)[0]}="{kind.split(":", 1)[1]}" content="{html.escape(value)}" />'
        for kind, value in tags.items()
    )
    if CHAPTER.match(pagename):  # under the chapter's title
        minutes = f'<p class="reading-time">阅读时间约 {_reading_minutes(doctree)} 分钟</p>'
        context["body"] = context["body"].replace("</h1>", "</h1>\n" + minutes, 1)


def index_chinese_by_pinyin(app, env):
    """The general index groups its entries by first letter, and would give each Chinese term a heading
    of its own first character: put it under the first letter of its pinyin (装饰器 under Z)."""
    from pypinyin import Style, lazy_pinyin

    for entries in env.domains.index_domain.entries.values():
        for number, (kind, value, target, main, key) in enumerate(entries):
            if key is None and CJK_CHAR.match(value):
                entries[number] = (kind, value, target, main, lazy_pinyin(value[0], style=Style.FIRST_LETTER)[0].upper())


def spell_glossary_anchors_in_pinyin():
    """Sphinx numbers the anchor of a glossary term it cannot spell in ASCII (glossary.html#term-156), so
    every Chinese term's address changed whenever an entry was added above it. Spell those terms in
    pinyin instead (#term-zhuang-shi-qi): addresses that bookmarks and other sites can keep."""
    import sphinx.domains.std
    from pypinyin import lazy_pinyin

    make_id = sphinx.domains.std.make_id  # what make_glossary_term() calls; it still resolves clashes

    def make_term_id(env, document, prefix="", term=None):
        if prefix == "term" and term and CJK_CHAR.search(term):
            term = "-".join(lazy_pinyin(term))
        return make_id(env, document, prefix, term)

    sphinx.domains.std.make_id = make_term_id


def write_robots_txt(app, exception):
    if exception is None and app.builder.name == "html":
        sitemap = app.config.html_baseurl.rstrip("/") + "/sitemap.xml"
        (Path(app.outdir) / "robots.txt").write_text(f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", encoding="utf-8")


# -- The EPUB ------------------------------------------------------------------------------------
# The same pages as the site, built by Sphinx's epub builder (`make epub`; conf.py's EPUB settings).
# Only the epub builder is changed here; tests/test_epub.py checks the book with epubcheck.


def epub_builder_inited(app):
    """Adjust the HTML machinery for the epub builder only (the website is unchanged)."""
    if app.builder.name != "epub":
        return
    from sphinx.highlighting import PygmentsBridge

    builder = app.builder
    # _templates/layout.html extends the website theme's layout: the epub theme has its own.
    loader = builder.templates
    del loader.loaders[: loader.templatepathlen], loader.pathchain[: loader.templatepathlen]
    loader.templatepathlen = 0
    # The epub theme colours no code; the colours of Sphinx's own style stay legible on paper-white screens.
    builder.highlighter = PygmentsBridge("html", "sphinx")
    # The home page's toctree names the index, and Sphinx adds the index to the reading order (spine) once
    # more: a spine must not list a file twice (epubcheck RSC-005). Let the builder add it, once.
    build_content = builder.build_content

    def build_content_listing_the_index_once():
        refnodes = builder.refnodes
        builder.refnodes = [node for node in refnodes if node["refuri"] != "genindex" + builder.out_suffix]
        try:
            build_content()
        finally:
            builder.refnodes = refnodes

    builder.build_content = build_content_listing_the_index_once


def epub_write_started(app, builder):
    """Settings for writing the EPUB, set after the environment (shared with `make html`) is saved."""
    if builder.name != "epub":
        return
    # An SVG's text needs a CJK font on the reader's device, which many e-readers lack: draw PNGs, with
    # the text rasterised in the CJK font, at twice the resolution for sharp text on phones.
    app.config.graphviz_output_format = "png"
    app.config.graphviz_dot_args = [*app.config.graphviz_dot_args, "-Gdpi=192"]
    # dot also writes an image map (.png.map) beside each PNG; the EPUB leaves those out, and says so.
    app.config.suppress_warnings = [*app.config.suppress_warnings, "epub.unknown_project_files"]
    # myst-nb copies the stylesheet its pages link to when the build has finished, which is after the
    # EPUB is zipped: a first build would link to a missing file. Copy it now.
    from myst_nb.sphinx_ext import add_global_html_resources

    (builder.outdir / "_static").mkdir(parents=True, exist_ok=True)
    add_global_html_resources(app, None)


def epub_doctree_resolved(app, doctree, docname):
    """An EPUB has no downloads: drop the " · 下载" after each snippet's file name. And no `align`."""
    if app.builder.name != "epub":
        return
    from sphinx.ext.graphviz import graphviz

    for diagram in doctree.findall(graphviz):
        diagram.attributes.pop("align", None)  # <div align> is not XHTML 5; epub-book.css centres diagrams
    for reference in list(doctree.findall(addnodes.download_reference)):
        if "snippet-download" in reference["classes"]:
            separator = reference.previous_sibling()
            if separator is not None and separator.astext() == " · ":
                separator.parent.remove(separator)
            reference.parent.remove(reference)


def setup(app):
    app.add_config_value("snippet_root", "snippets", "env", types=[str])
    app.add_config_value("snippet_python_version", "", "env", types=[str])
    app.add_directive("snippet", SnippetDirective)
    app.connect("html-page-context", bundle_page_assets, priority=900)  # after the themes add their files
    app.connect("build-finished", write_bundles, priority=900)  # after myst-nb writes its CSS
    app.connect("doctree-resolved", lazy_images)
    app.connect("html-page-context", describe_page)
    app.connect("build-finished", write_robots_txt)
    app.connect("env-updated", index_chinese_by_pinyin)
    spell_glossary_anchors_in_pinyin()
    from sphinx.ext.graphviz import graphviz

    app.add_node(graphviz, override=True, html=(visit_graphviz_as_image, None))
    setup_search(app)  # Chinese search: the project's words (see above)
    app.connect("builder-inited", epub_builder_inited)
    app.connect("write-started", epub_write_started)
    app.connect("doctree-resolved", epub_doctree_resolved)
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
