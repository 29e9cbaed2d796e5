"""Sphinx configuration of Python 进阶教程 (sources in docs/, verified examples in snippets/)."""

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "_ext"))
from snippet_versions import read_versions  # noqa: E402 (_ext/ is on sys.path from the line above)

# The repository the site is published from: drives the repository / edit / issue buttons.
REPOSITORY_URL = "https://github.com/python-jinjie/python-jinjie"

project = "Python 进阶教程"
author = "Python 进阶教程的贡献者"
copyright = "2026, Python 进阶教程的贡献者"
language = "zh_CN"

extensions = [
    "myst_nb",  # MyST Markdown, and build-time execution for the pages that draw charts from real runs
    "sphinx.ext.graphviz",  # diagrams drawn from text by `dot` at build time
    "sphinx_copybutton",
    # the project's own extensions, one per concern, in _ext/ (README.md lists them)
    "snippet",  # the {snippet} directive: a verified example and its recorded output
    "versions",  # under each output, what the other CPython versions print
    "light_pages",  # one stylesheet and one script a page, trimmed icon fonts, diagrams as lazy images
    "chinese_search",  # the project's words in the zh search index, Python's names searchable
    "page_metadata",  # descriptions, link-preview cards, reading time, robots.txt
    "pinyin_index",  # Chinese terms under their pinyin letter in the index; glossary anchors in pinyin
    "epub_adjustments",  # what the epub builder needs changed
    "ui_labels",  # the themes' buttons and menus in Chinese
    "sphinx_sitemap",  # sitemap.xml for search engines
    "notfound.extension",  # a 404 page whose links work at any depth (sphinx-notfound-page)
    "csp",  # _ext/csp.py: a Content-Security-Policy on every page (own origin only, inline code by hash)
    "browser_run",  # 运行 / 编辑 under the examples that run on Pyodide in the browser
]

exclude_patterns = []
templates_path = [str(ROOT / "_templates")]  # _templates/layout.html: lighter pages
html_static_path = [str(ROOT / "_static")]
html_css_files = ["custom.css"]

# -- the verified snippets -------------------------------------------------------------------
snippet_root = str(ROOT / "snippets")
# The one reference interpreter: every .out file was produced by it, and every page says so.
snippet_python_version = (ROOT / ".python-version").read_text(encoding="utf-8").strip()
# Every snippet also runs on these (newest first); where one prints something else, name.py3.X.out holds it.
snippet_versions = read_versions(ROOT / "python-versions.txt")

# -- where the site is published: canonical URLs, link previews, sitemap, robots.txt, 404 page ----
_owner, _repository = REPOSITORY_URL.rstrip("/").split("/")[-2:]
html_baseurl = f"https://{_owner}.github.io/{_repository}/"  # GitHub Pages' address for the repository
sitemap_url_scheme = "{link}"  # one language, one version: no /zh_CN/ in the URLs
sitemap_excludes = ["search.html", "genindex.html", "404.html"]
notfound_urls_prefix = f"/{_repository}/"
notfound_context = {
    "title": "页面不存在",
    "body": "<h1>页面不存在</h1><p>你要找的页面不在这里，可能是地址写错了，或者页面已经改名。</p>"
    f'<p>可以回到<a href="{notfound_urls_prefix}">首页</a>查看目录，或者用页面上方的搜索框查找。</p>',
}

# -- MyST / myst-nb --------------------------------------------------------------------------
myst_enable_extensions = ["colon_fence", "deflist", "dollarmath", "substitution"]
myst_substitutions = {"python_version": snippet_python_version}  # {{ python_version }} in a page
myst_heading_anchors = 3
# Pages are plain Markdown; a page that draws charts from real runs opts in to execution with
# `mystnb: {execution_mode: force}` in its front matter. A failing cell fails the build.
nb_execution_mode = "off"
nb_execution_raise_on_error = True
nb_execution_show_tb = True  # a failing cell shows its traceback, not only the page's name
nb_execution_timeout = 120
nb_merge_streams = True
# Those kernels log "Kernel is running over TCP without encryption" as a WARNING on every build: give
# them an IPython profile of their own, in a temporary directory, that logs errors only.
_ipython_dir = Path(tempfile.mkdtemp(prefix="python-jinjie-ipython-"))
atexit.register(shutil.rmtree, _ipython_dir, ignore_errors=True)
(_ipython_dir / "profile_default").mkdir()
(_ipython_dir / "profile_default" / "ipython_kernel_config.py").write_text("c.IPKernelApp.log_level = 'ERROR'\n")
os.environ["IPYTHONDIR"] = str(_ipython_dir)
# matplotlib (the chart pages' kernels, the link-preview cards) caches the system's font list; a cache of its
# own for the fonts installed now, so a font installed after a failed build is found by the next one.
if "MPLCONFIGDIR" not in os.environ:
    from prerequisites import matplotlib_config_dir  # _ext/prerequisites.py

    os.environ["MPLCONFIGDIR"] = str(matplotlib_config_dir())

# -- diagrams --------------------------------------------------------------------------------
graphviz_output_format = "svg"
graphviz_dot_args = [
    "-Gfontname=Noto Sans CJK SC",
    "-Nfontname=Noto Sans CJK SC",
    "-Efontname=Noto Sans CJK SC",
    "-Gbgcolor=white",  # legible in dark mode too
]

# -- copy buttons: copy code without REPL prompts, never the output blocks ------------------
copybutton_selector = "div.highlight:not(.snippet-output div.highlight) pre"
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True

# -- HTML ------------------------------------------------------------------------------------
html_theme = "sphinx_book_theme"
html_title = "Python 进阶教程"
html_favicon = str(ROOT / "_static" / "favicon.svg")
html_context = {"default_mode": "auto"}  # light or dark, as the reader's system prefers
html_last_updated_fmt = None
html_copy_source = False
html_show_sourcelink = False
html_theme_options = {
    "repository_url": REPOSITORY_URL,
    "repository_branch": "main",
    "path_to_docs": "docs",
    "use_repository_button": True,
    "use_edit_page_button": True,
    "use_issues_button": True,
    "use_download_button": False,
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "navigation_with_keys": False,
    # the book theme's search lives in its sidebar and article header; without this, the PyData theme's
    # own header shows one more search field in a bar across the top of every page
    "navbar_persistent": [],
    "search_bar_text": "搜索本站……",  # the theme's text is English
}

# -- Chinese search: jieba splits the text into words; our dictionary adds the course's terms --
html_search_language = "zh"
html_search_options = {"dict": str(ROOT / "_ext" / "search_words.txt")}

# -- EPUB: the whole book in one file for offline reading (`make epub`) -----------------------
# The EPUB is built by Sphinx's `epub` builder from the same pages; `make html` copies it into the site
# and the home page links to it. tests/test_epub.py checks it with epubcheck.
version = "1.0"  # EPUB 3 metadata needs one; the site does not show it
epub_basename = "python-jinjie"
epub_title = project
epub_author = author
epub_publisher = author
epub_description = "讲 Python 进阶知识的中文教程：每一页上的每一段代码都能运行，并且打印出页面所写的输出。"
epub_language = "zh-CN"
# Sphinx writes epub_uid as the NCX's book id, which must equal the OPF's identifier: one value for both,
# a reversed domain name (epub_uid must be an XML name).
epub_uid = epub_identifier = "io.github.python-jinjie"
epub_theme = "epub"
epub_css_files = ["epub-book.css"]  # _static/epub-book.css (the site's custom.css relies on the HTML theme's variables)
epub_show_urls = "no"  # ~150 links to the Python docs stay clickable; footnotes would only add noise
epub_tocdepth = 2
epub_exclude_files = ["_static/favicon.svg", "_static/custom.css"]  # for the website only
