"""The themes' controls labelled in Chinese: the words pydata-sphinx-theme and sphinx-book-theme leave in English.

pydata-sphinx-theme has no zh_CN catalog, and sphinx-book-theme's lacks its own header buttons and words
some others as Taiwan does (列印成 PDF), so a reader of this book met "Suggest edit", "Color mode" and
"列印成 PDF". LABELS holds the labels in the book's 简体中文. At setup they are compiled into a message
catalog for both gettext domains the themes use ("sphinx" for the templates' ``_()``, "booktheme" for the
book theme's buttons). Sphinx's own catalog has none of these words, so ours answers as its fallback; the
book theme loads its catalog after the project's extensions, so ours comes first there and wins. The
catalog is written to a temporary folder and read at once (gettext parses a catalog when it is added).

The two sidebar toggles have their tooltips written into the book theme's templates, not passed to
``_()``: _templates/ holds copies of those two templates that pass them.
"""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

LANGUAGE = "zh_CN"
DOMAINS = ["sphinx", "booktheme"]
LABELS = {
    "Color mode": "颜色模式",
    "Light": "浅色",
    "Dark": "深色",
    "System Settings": "跟随系统",
    "Source repositories": "源代码仓库",
    "Source repository": "源代码仓库",
    "Repository": "仓库",
    "Suggest edit": "编辑此页",
    "Open issue": "提出问题",
    "Open an issue": "提出问题",
    "Download this page": "下载此页",
    "Download source file": "下载源文件",
    "Print to PDF": "打印为 PDF",
    "Fullscreen mode": "全屏",
    "Toggle primary sidebar": "显示或隐藏书的目录",
    "Toggle secondary sidebar": "显示或隐藏本页目录",
    "Back to top": "回到顶部",
    "Skip to main content": "跳到正文",
    "Section Navigation": "本节导航",
    "Site navigation": "网站导航",
    "Breadcrumb": "页面路径",
}
# every page shows these labels: a change rewrites every page
CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def add_catalogs(app) -> None:
    with tempfile.TemporaryDirectory(prefix="python-jinjie-ui-labels-") as folder:
        messages = Path(folder) / LANGUAGE / "LC_MESSAGES"
        messages.mkdir(parents=True)
        catalog = Catalog(locale=LANGUAGE, domain="labels")
        for english, chinese in LABELS.items():
            catalog.add(english, chinese)
        for domain in DOMAINS:
            with open(messages / f"{domain}.mo", "wb") as file:
                write_mo(file, catalog)
            app.add_message_catalog(domain, folder)


def setup(app):
    app.add_config_value("ui_labels_code", CODE, "html", types=[str])  # not set by conf.py: see CODE
    if (app.config.language or "").replace("-", "_") == LANGUAGE:
        add_catalogs(app)
    return {"version": "1.0", "env_version": 1, "parallel_read_safe": True, "parallel_write_safe": True}
