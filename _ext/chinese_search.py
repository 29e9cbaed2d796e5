"""Chinese search: the project's words in the index, Python's names searchable.

Sphinx's zh search cuts the text with jieba. jieba's dictionary splits many of the course's terms
(全局解释器锁, 可变对象, 标记清除 …), and a reader typing one then finds nothing. So before the pages
are indexed, jieba learns every glossary term, every index entry and the Chinese compounds of every
section title, plus _ext/search_words.txt (``html_search_options["dict"]``); jieba's search mode still
indexes the pieces of each word too.

- ``collect_search_words`` (``doctree-read``) keeps each page's title compounds, index-entry words and
  glossary references in the environment (``env.search_info``, merged after a parallel read);
- ``learn_project_words`` (``env-updated``) hands the words to ``ProjectChinese``, and asks Sphinx to
  index every page again when the word list changed (an unchanged page would keep the old cut);
- ``ProjectChinese`` is Sphinx's ``SearchChinese`` with those words in jieba, and with stopwords that
  keep Python's names (``with``, ``is``, ``for``, ``all`` …): the index has them, and
  ``language_data.js`` hands the same list to the search page, which must not drop them either;
- the search page cuts the reader's query into the index's terms with ``splitQuery`` from
  _ext/chinese_search_splitter.js, which Sphinx writes into ``language_data.js`` (the search
  language's documented ``js_splitter_code``);
- ``search_page_glossary`` gives the search page, for each glossary term, the chapter its entry points
  to ("见 …"): _templates/search.html hands it to _static/search-zh.js, which ranks that chapter high
  and shows a passage around the query under each result.

An edit of this module re-reads every page (``chinese_search_code``, rebuild kind ``env``).
"""

from __future__ import annotations

import builtins
import hashlib
import json
import keyword
import re
from pathlib import Path

from chinese_text import HAN_RUN
from docutils import nodes
from sphinx import addnodes
from sphinx.search.zh import SearchChinese

SPLITTER = Path(__file__).with_name("chinese_search_splitter.js")
# The cache key of what this module adds to the environment, to the index and to the search page.
CODE = hashlib.sha256(Path(__file__).read_bytes() + SPLITTER.read_bytes()).hexdigest()[:16]
ENV_VERSION = 1  # of env.search_info and env.search_project_words; raise it when their shape changes

PYTHON_NAMES = {name.lower() for name in [*keyword.kwlist, *keyword.softkwlist, *dir(builtins)]}
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
    for item in (
        item for node in doctree.findall(addnodes.glossary) for item in node.findall(nodes.definition_list_item)
    ):
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
    terms = {
        run
        for _name, display, kind, *_ in env.domains.standard_domain.get_objects()
        if kind == "term"
        for run in HAN_RUN.findall(display)
    }
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
        pages = {}
        for term, page in sorted(glossary_chapters(app.env).items()):
            pages.setdefault(page, []).append(term)
        context["search_glossary_json"] = json.dumps(pages, ensure_ascii=False, separators=(",", ":")).replace(
            "<", "\\u003c"
        )


class ProjectChinese(SearchChinese):
    """Sphinx's zh search, with the project's words in jieba and Python's names searchable."""

    # Sphinx's own zh stopwords (English ones: the Chinese text is cut by jieba) minus Python's names
    # (all and any as for from if in is not or while with)
    stopwords = frozenset(SearchChinese.stopwords - PYTHON_NAMES)
    # the query splitter of the search page (Sphinx writes it into language_data.js)
    js_splitter_code = SPLITTER.read_text(encoding="utf-8")
    words: list[str] = []  # noqa: RUF012 (set by learn_project_words() before the indexer is made)

    def __init__(self, options: dict[str, str]) -> None:
        super().__init__(options)  # loads the word file into jieba with a low frequency
        import jieba

        for word in self.words:  # a frequency just high enough to keep each word whole
            jieba.add_word(word)


def setup(app):
    app.add_config_value("chinese_search_code", CODE, "env", types=[str])  # not set by conf.py: see the docstring
    app.add_search_language(ProjectChinese)
    app.connect("doctree-read", collect_search_words)
    app.connect("env-purge-doc", purge_search_words)
    app.connect("env-merge-info", merge_search_words)
    app.connect("env-updated", learn_project_words)
    app.connect("html-page-context", search_page_glossary)
    return {"version": CODE, "env_version": ENV_VERSION, "parallel_read_safe": True, "parallel_write_safe": True}
