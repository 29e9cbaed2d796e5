"""Readers see their version: under each snippet's output, what the other CPython versions print.

Every snippet also runs on the older versions of python-versions.txt (``make test-versions``); where one of
them prints something else, its output is recorded beside the reference's as ``name.py3.12.out`` (the rules:
_ext/snippet_versions.py). This extension post-processes the output that the ``{snippet}`` directive made,
once the page is resolved (``doctree-resolved``), and never changes the directive itself:

- the output's caption names the versions that print the same (``CPython 3.13.0 实测，3.10、3.11、3.12 相同``)
  and a minimum version the script declares (``# snippet: requires=3.11``: ``需要 Python 3.11 及以上``);
- where another version differs only in a traceback's caret lines or in memory addresses, one line says so;
- other differing outputs follow in a collapsed ``<details>`` "其他版本的输出" naming the versions: plain HTML,
  no script, no request. The EPUB, whose readers may not open ``<details>``, shows them as plain blocks.

Tables and sentences in the chapters that state what a version prints are checked against the same files
by tests/test_versions.py.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from snippet_contract import read_options, split_exit_status
from snippet_versions import VERSION_OUTPUT, difference, expected_outputs, minor, version_key

NOTES = {
    frozenset({"carets"}): "回溯里标出出错位置的 `^`、`~` 行不同",
    frozenset({"addresses"}): "内存地址不同",
    frozenset({"carets", "addresses"}): "回溯里标出出错位置的 `^`、`~` 行和内存地址不同",
}


class other_versions(nodes.General, nodes.Element):
    """<details> holding the other versions' outputs (HTML builders only)."""


class other_versions_summary(nodes.General, nodes.TextElement):
    """Its <summary>."""


def visit_details(self, node):
    self.body.append(self.starttag(node, "details", CLASS="snippet-versions"))


def depart_details(self, node):
    self.body.append("</details>\n")


def visit_summary(self, node):
    self.body.append(self.starttag(node, "summary", suffix=""))


def depart_summary(self, node):
    self.body.append("</summary>\n")


def _snippet_script(app, docname: str, container: nodes.container) -> Path | None:
    """The script a {snippet} container shows: the file name in its code caption, in the page's folder."""
    for wrapper in container.children:
        if "snippet-code" in wrapper.get("classes", []):
            for literal in wrapper.findall(nodes.literal):
                return Path(app.config.snippet_root) / Path(docname).name / literal.astext()
    return None


def _versions(app) -> tuple[list[str], dict[str, str]]:
    """X.Y newest first (the reference first), and each X.Y -> its full version."""
    full = [
        app.config.snippet_python_version,
        *(v for v in app.config.snippet_versions if minor(v) != minor(app.config.snippet_python_version)),
    ]
    return [minor(v) for v in full], {minor(v): v for v in full}


def _names(versions: list[str]) -> str:
    return "、".join(sorted(versions, key=lambda v: tuple(map(int, v.split(".")))))


def _inline_code(text: str) -> list[nodes.Node]:
    """Text with `code` spans as literal nodes."""
    parts = text.split("`")
    return [nodes.literal(part, part) if i % 2 else nodes.Text(part) for i, part in enumerate(parts) if part]


def _output_block(text: str, label: str, source: nodes.Node, anchor: str) -> nodes.container:
    """A captioned output, like the directive's (class snippet-output: no copy button). A captioned code
    block is numbered by Sphinx (numfig), which needs an id: the read-time transform that gives one is past."""
    block = nodes.literal_block(text, text, language="text")
    caption = nodes.caption("", "", nodes.Text(label))
    classes = ["literal-block-wrapper", "snippet-output"]
    wrapper = nodes.container("", caption, block, literal_block=True, classes=classes, ids=[anchor])
    for node in (wrapper, caption, block):
        node.source, node.line = source.source, source.line
    return wrapper


def show_other_versions(app, doctree, docname):
    versions, full = _versions(app)
    html = app.builder.format == "html" and app.builder.name != "epub"
    for container in list(doctree.findall(nodes.container)):
        if "snippet" not in container.get("classes", []):
            continue
        script = _snippet_script(app, docname, container)
        output = next((c for c in container.children if "snippet-output" in c.get("classes", [])), None)
        if script is None or output is None or not script.with_suffix(".out").is_file():
            continue
        requires = read_options(script.read_text(encoding="utf-8"), script.name).requires
        expected = expected_outputs(script, versions, requires)
        reference_file = expected.pop(versions[0])
        reference = reference_file.read_text(encoding="utf-8")
        same = [v for v, file in expected.items() if file == reference_file]
        groups: dict[Path, list[str]] = {}
        for version, file in expected.items():
            if file != reference_file:
                groups.setdefault(file, []).append(version)

        caption = output.next_node(nodes.caption)
        labels = []
        if same:
            labels.append(f"，{_names(same)} 相同")
        if requires:
            labels.append(f"；需要 Python {requires} 及以上")
        if labels and caption is not None:
            text = caption.astext()
            at = text.index("实测") + len("实测")
            caption.replace(caption.children[0], nodes.Text(text[:at] + "".join(labels) + text[at:]))

        notes, blocks = [], []
        for file, group in groups.items():
            text, status = split_exit_status(file.read_text(encoding="utf-8"))
            kinds = frozenset(difference(reference, file.read_text(encoding="utf-8")))
            named = "、".join(f"CPython {full[v]}" for v in sorted(group, key=lambda v: tuple(map(int, v.split(".")))))
            if kinds in NOTES:
                note = nodes.paragraph(
                    "", "", *_inline_code(f"{named} 的输出只有{NOTES[kinds]}。"), classes=["snippet-versions-note"]
                )
                notes.append(note)
            else:
                label = f"输出（{named} 实测{f'；退出状态 {status}' if status else ''}）"
                anchor = nodes.make_id(f"{script.stem}-python-{min(group, key=version_key)}")
                blocks.append((group, _output_block(text.rstrip("\n"), label, output, anchor)))
        added: list[nodes.Node] = list(notes)
        if blocks:
            named = _names([v for group, _ in blocks for v in group])
            if html:
                details = other_versions("", other_versions_summary("", f"其他版本的输出：{named}"))
                details.extend(block for _, block in blocks)
            else:  # EPUB readers may not open <details>: the outputs follow as plain blocks
                title = nodes.paragraph("", f"其他版本的输出：{named}")
                details = nodes.container("", title, classes=["snippet-versions"])
                details.extend(block for _, block in blocks)
            added.append(details)
        if added:
            output.parent.insert(output.parent.index(output) + 1, added)


def _version_files(script: Path) -> list[str]:
    files = script.parent.glob(f"{script.stem}.py*.out")
    return sorted(f.name for f in files if (m := VERSION_OUTPUT.match(f.name)) and m["stem"] == script.stem)


def note_version_files(app, doctree):
    """A page depends on its snippets' version files: a changed, added or deleted one rebuilds it."""
    env, docname = app.env, app.env.docname
    found = {}
    for container in doctree.findall(nodes.container):
        if "snippet" in container.get("classes", []) and (script := _snippet_script(app, docname, container)):
            found[str(script)] = _version_files(script)
            for name in found[str(script)]:
                env.note_dependency(str(script.with_name(name)))
    env.__dict__.setdefault("snippet_version_files", {})[docname] = found


def pages_with_new_version_files(app, env, added, changed, removed):
    """Pages whose snippets gained a version file since they were read (a new file has no dependency yet)."""
    seen = env.__dict__.get("snippet_version_files", {})
    return [
        docname
        for docname, scripts in seen.items()
        if docname in env.found_docs and any(_version_files(Path(s)) != files for s, files in scripts.items())
    ]


def purge(app, env, docname):
    env.__dict__.get("snippet_version_files", {}).pop(docname, None)


def merge(app, env, docnames, other):
    theirs = other.__dict__.get("snippet_version_files", {})
    env.__dict__.setdefault("snippet_version_files", {}).update({d: theirs[d] for d in docnames if d in theirs})


def setup(app):
    app.add_config_value("snippet_versions", [], "env", types=[list])  # python-versions.txt, newest first
    app.add_node(other_versions, html=(visit_details, depart_details))
    app.add_node(other_versions_summary, html=(visit_summary, depart_summary))
    app.connect("doctree-read", note_version_files)
    app.connect("env-get-outdated", pages_with_new_version_files)
    app.connect("env-purge-doc", purge)
    app.connect("env-merge-info", merge)
    app.connect("doctree-resolved", show_other_versions)
    return {"version": "1.0", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
