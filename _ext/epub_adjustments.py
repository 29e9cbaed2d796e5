"""The EPUB adjustments: what Sphinx's epub builder needs changed to make a valid, readable book.

The EPUB holds the same pages as the site, read once: ``make html`` and ``make epub`` share one set of
doctrees (``-d``), and only the epub builder is changed here (the website is not). conf.py holds the
EPUB's settings; tests/test_epub.py checks the book with epubcheck.

- ``epub_builder_inited`` (``builder-inited``): the epub theme's own layout instead of
  _templates/layout.html; Sphinx's code colours; the general index listed once in the reading order;
- ``epub_write_started`` (``write-started``): diagrams as PNG (e-readers often lack a CJK font for an
  SVG's text), at twice the resolution; myst-nb's stylesheet copied before the book is zipped;
- ``epub_doctree_resolved`` (``doctree-resolved``): no download links, no ``align`` on diagrams.

An edit of this module rewrites every page of the book (``epub_adjustments_code``, rebuild kind
``html``, which the epub builder compares too).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sphinx import addnodes

CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


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
    app.setup_extension("sphinx.ext.graphviz")
    app.add_config_value("epub_adjustments_code", CODE, "html", types=[str])  # not set by conf.py: see the docstring
    app.connect("builder-inited", epub_builder_inited)
    app.connect("write-started", epub_write_started)
    app.connect("doctree-resolved", epub_doctree_resolved)
    # The epub builder writes serially; the doctree changes are per page, and nothing is kept in the env.
    return {"version": CODE, "parallel_read_safe": True, "parallel_write_safe": True}
