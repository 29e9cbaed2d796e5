"""Light pages: readers are mostly on phones and slow links.

The theme's pages ask for ~20 files. With this extension every HTML page asks for:

- one stylesheet and one script: bundles of the same files, in the same order (``bundle_page_assets``
  at ``html-page-context``, written by ``write_bundles`` at ``build-finished`` once every file is in
  ``_static/``). A bundle is named by the content it holds, so a changed file is never served stale
  from a reader's cache; _templates/layout.html links the bundles;
- icon fonts cut down to the icons the pages and the theme's scripts can show (fontTools), a few KB
  instead of 240 KB; a cut font is kept in ``~/.cache/python-jinjie/icon-fonts/`` for the next cold build;
- diagrams (``sphinx.ext.graphviz``) as lazily loaded ``<img>`` with a size and a description, not as
  ``<object>``; a diagram with neither ``:alt:`` nor ``:caption:`` is a warning;
- every other image loaded lazily;
- the theme's tab stops for code blocks set as each block nears the viewport, not all at load
  (``THEME_SCRIPT_PATCHES`` and ``light_pages_static/tab-stops.js``): measuring every block lays out the
  whole page in one long task, the largest part of a long chapter's Lighthouse blocking time.

Never stale: a page names the bundle of the files it loads. When any of those files changes (an edit
of ``_static/``, an upgraded theme) or this module does, every page must be written again, or the
pages Sphinx would not rewrite keep linking the old bundle. So the digest of those inputs is a config
value of rebuild kind ``html`` (``light_pages_assets``, set at ``config-inited``), and so is this
module's code with its script (``light_pages_code``): when either differs from the last build, Sphinx writes every page
again (without reading any again).

Not safe for parallel writing: the bundles the pages name are collected during writing and written
once at the end, in the main process.
"""

from __future__ import annotations

import hashlib
import io
import os
import posixpath
import re
import shutil
from importlib import metadata
from pathlib import Path

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.util import logging

logger = logging.getLogger(__name__)

# The cache key of what this module makes: bundles and icon fonts are named by their inputs and by it.
TAB_STOPS_SCRIPT = Path(__file__).parent / "light_pages_static" / "tab-stops.js"
CODE = hashlib.sha256(Path(__file__).read_bytes() + TAB_STOPS_SCRIPT.read_bytes()).hexdigest()[:16]
# Icon fonts cut by earlier builds (any output folder), named by the font, the glyphs kept and this code.
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "python-jinjie" / "icon-fonts"

THEME_CSS = ["_static/styles/theme.css", "_static/styles/pydata-sphinx-theme.css"]  # emitted by its layout,
THEME_JS = ["_static/scripts/bootstrap.js", "_static/scripts/pydata-sphinx-theme.js"]  # not in css/script_files
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*["']([^"']+)["']\s*\)?\s*;""")
CSS_URL = re.compile(r"""url\(\s*(["']?)(?!data:|[a-z]+://|/|#)([^"')]+)\1\s*\)""")
SOURCE_MAP = re.compile(r"^\s*(?://|/\*)# sourceMappingURL=.*$", re.MULTILINE)
ICON_FONT = re.compile(r"(?:^|/)(fa-[\w-]+)\.woff2$")
ICON_CLASS_RULE = re.compile(r"""((?:\.fa-[\w-]+,?)+)\{--fa:"([^"]+)"\}""")
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
CONTENT_HASH_IN_NAME = re.compile(r"\.[0-9a-f]{16,}\.\w+$")  # mystnb.<sha256>.css
# Exact text of the pinned theme's built script, and what replaces it in the bundle. A theme upgrade that
# changes the text stops the build (see _patched): look at the new code, then update or drop the patch.
THEME_SCRIPT_PATCHES = {
    "scripts/pydata-sphinx-theme.js": [
        (  # updateTabStops: measure each block when it nears the viewport (light_pages_static/tab-stops.js)
            ".forEach(e=>{e.tabIndex=e.scrollWidth>e.clientWidth||e.scrollHeight>e.clientHeight?0:-1})",
            ".forEach(e=>window.jinjieTabStopWhenNear(e))",
        )
    ]
}


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
            cached = CACHE / f"{target.removesuffix('.woff2')}-{CODE}.woff2"  # and of the code that cuts it
            if not cached.is_file():
                options = subset.Options(flavor="woff2", layout_features=["*"])
                font = subset.load_font(str(font_path), options)
                subsetter = subset.Subsetter(options)
                subsetter.populate(unicodes=codepoints)
                subsetter.subset(font)
                woff2 = io.BytesIO()
                subset.save_font(font, woff2, options)
                CACHE.mkdir(parents=True, exist_ok=True)
                _write_atomically(cached, woff2.getvalue())
            _write_atomically(static / target, cached.read_bytes())
        return f"url({quote}{target}{quote})"

    return CSS_URL.sub(subset_font, css)


def _bundle_name(static: Path, names: tuple[str, ...], kind: str) -> str:
    """A name that changes whenever a bundled file does, the same in an incremental build as in a cold one.

    Most files are in _static/ already when pages are written; the few written later (myst-nb's CSS)
    carry a content hash in their own name, which is enough: their content is not read (an incremental
    build would find last build's copy, a cold one none)."""
    digest = hashlib.sha256(kind.encode() + CODE.encode())  # and of how they are bundled
    for name in names:
        named_by_content = CONTENT_HASH_IN_NAME.search(name)
        path = static / name
        digest.update(name.encode() + (path.read_bytes() if not named_by_content and path.is_file() else b""))
    return f"bundle-{digest.hexdigest()[:12]}.{kind}"


def _write_bundle(static: Path, bundle: str, names: tuple[str, ...]) -> None:
    if bundle.endswith(".css"):
        text = "\n".join(f"/* {name} */\n{_css_with_imports(static, name)}" for name in names)
        text = _trim_icons(static, SOURCE_MAP.sub("", text))
    else:  # each script ends its statement, so the next file starts clean
        text = "\n".join(f"/* {name} */\n{SOURCE_MAP.sub('', _patched(static, name))};" for name in names)
    _write_atomically(static / bundle, text.encode("utf-8"))


def _patched(static: Path, name: str) -> str:
    """A script of _static/ with THEME_SCRIPT_PATCHES applied; a patch that no longer applies is an error."""
    text = (static / name).read_text(encoding="utf-8")
    for old, new in THEME_SCRIPT_PATCHES.get(name, []):
        if text.count(old) != 1:
            raise ExtensionError(
                f"_static/{name} no longer contains, once, the code _ext/light_pages.py patches ({old[:60]}…): "
                "the theme was upgraded. Read its new code, then update or remove the entry of THEME_SCRIPT_PATCHES."
            )
        text = text.replace(old, new)
    return text


def bundle_page_assets(app, pagename, templatename, context, doctree):
    """Replace the page's stylesheets and scripts by two bundles (see _templates/layout.html)."""
    if app.builder.name != "html":
        return
    static = Path(app.outdir) / "_static"
    bundles = app.builder.__dict__.setdefault("bundles", {})  # (kind, files) -> bundle, for this build

    def bundled(asset) -> bool:  # a local file with no attribute that bundling would change
        return (
            bool(asset.filename)
            and "://" not in str(asset.filename)
            and not (
                set(asset.attributes) - {"rel", "type", "media", "priority"}
                or asset.attributes.get("media", "all") != "all"
            )
        )

    css = [c for c in context["css_files"] if bundled(c)]
    scripts = [j for j in context["script_files"] if bundled(j)]
    # the PyData theme's own files, which its layout links outside css_files (copied before pages are written)
    pydata = (Path(app.outdir) / THEME_CSS[0]).is_file()
    theme_css, theme_js = (THEME_CSS, THEME_JS) if pydata else ([], [])
    for kind, names in (
        ("css", [*theme_css, *(c.filename for c in css)]),
        ("js", [*(j.filename for j in scripts), *theme_js]),
    ):
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


def assets_digest(app, config) -> None:
    """config-inited: the digest of every file a bundle can hold (see the module's docstring)."""
    digest = hashlib.sha256()
    for folder in config.html_static_path:
        root = Path(app.confdir, folder)
        for path in sorted(root.rglob("*")) if root.is_dir() else [root] if root.is_file() else []:
            if path.is_file():
                digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    # the theme's and the extensions' own files change when they are upgraded
    versions = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    digest.update("\n".join(versions).encode())
    config.light_pages_assets = digest.hexdigest()[:16]


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
        logger.warning(
            "a graphviz diagram needs :alt: or :caption: — one sentence saying what it shows",
            location=node,
            type="light_pages",
        )
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


def copy_into_static(app, source: Path) -> None:
    """An extension's file that the page bundles hold, into the site's _static/ before the pages are written.
    Not through html_static_path: a config value changed there would rewrite every page on the next build.
    The extensions that bundle a file of their own call this at builder-inited (csp.py, browser_run.py)."""
    if app.builder.name in ("html", "dirhtml"):  # the EPUB's pages have no scripts
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, static / source.name)


def copy_tab_stops_script(app) -> None:
    copy_into_static(app, TAB_STOPS_SCRIPT)


def lazy_images(app, doctree, docname):
    """Images load when the reader scrolls near them (the charts of the pages run at build time)."""
    for image in doctree.findall(nodes.image):
        image.setdefault("loading", "lazy")


def setup(app):
    app.setup_extension("sphinx.ext.graphviz")
    app.add_config_value("light_pages_code", CODE, "html", types=[str])  # not set by conf.py: see the docstring
    app.add_config_value("light_pages_assets", "", "html", types=[str])  # set by assets_digest
    app.connect("config-inited", assets_digest)
    app.add_js_file(TAB_STOPS_SCRIPT.name)  # bundled before the theme's scripts, which come last
    app.connect("builder-inited", copy_tab_stops_script)
    app.connect("html-page-context", bundle_page_assets, priority=900)  # after the themes add their files
    app.connect("build-finished", write_bundles, priority=900)  # after myst-nb writes its CSS
    app.connect("doctree-resolved", lazy_images)
    from sphinx.ext.graphviz import graphviz

    app.add_node(graphviz, override=True, html=(visit_graphviz_as_image, None))
    # Nothing in the environment. Writing in parallel would collect the bundles in worker processes.
    return {"version": CODE, "parallel_read_safe": True, "parallel_write_safe": False}
