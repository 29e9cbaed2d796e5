"""Page metadata: how each page describes itself to search engines, link previews and readers.

- ``describe_page`` (``html-page-context``) gives each page a meta description (front matter
  ``description``, or its first paragraph), Open Graph / Twitter tags with a canonical URL, and a
  1200x630 card drawn at build time with matplotlib in a CJK font (``_images/social/``, named by the
  card's text and this module's code, so an unchanged card is drawn once: it is kept in
  ``~/.cache/python-jinjie/cards/`` for the next cold build too);
- each chapter (``NN-slug``) says under its title how long it takes to read (``_reading_minutes``);
- the general index, which has no text of ours, gets a description and a card too;
- ``write_robots_txt`` (``build-finished``) points crawlers at the sitemap sphinx-sitemap writes.

An edit of this module rewrites every page (``page_metadata_code``, rebuild kind ``html``). Safe in
parallel: each page's tags and card depend on that page alone, and a card is written atomically.
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import re
import shutil
from pathlib import Path

from chinese_text import HAN_CHAR
from docutils import nodes

# The cache key of what this module makes: the cards are named by their text and by it.
CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]
# Cards drawn by earlier builds (any output folder): a cold build copies a card instead of drawing it again.
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "python-jinjie" / "cards"

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
    characters = len(HAN_CHAR.findall(prose)) + 1.5 * len(LATIN_WORD.findall(prose))
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
    figure.text(
        0.07,
        0.76,
        "\n".join(title_lines),
        fontproperties=font,
        fontsize=48,
        weight="bold",
        color="#222",
        va="top",
        linespacing=1.25,
    )
    description_top = 0.76 - 0.15 * len(title_lines) - 0.04
    figure.text(
        0.07,
        description_top,
        "\n".join(_wrap(description, 58, 3)),
        fontproperties=font,
        fontsize=25,
        color="#555",
        va="top",
        linespacing=1.45,
    )
    figure.text(0.07, 0.05, "每段代码都能运行，输出都经过实测", fontproperties=font, fontsize=20, color="#2e7d32")
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=100, facecolor=figure.get_facecolor())
    plt.close(figure)
    _write_atomically(path, png.getvalue())


# the pages Sphinx writes itself, which have no text of ours to describe them
GENERATED_PAGES = {
    "genindex": (
        "索引",
        "全书的索引：术语表里的每个术语和正文里的索引条目，按字母和拼音首字母排列，链接到讲解它的地方。",
    )
}


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
    card = f"_images/social/{pagename}-{hashlib.sha256(card_text + CODE.encode()).hexdigest()[:10]}.png"
    card_path = Path(app.outdir) / card
    if not card_path.exists():
        card_path.parent.mkdir(parents=True, exist_ok=True)
        cached = CACHE / Path(card).name  # named by its text and this code, like the card itself
        if not cached.is_file():
            CACHE.mkdir(parents=True, exist_ok=True)
            _draw_card(cached, app.config.project, title, description)
        shutil.copyfile(cached, card_path)
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


def write_robots_txt(app, exception):
    if exception is None and app.builder.name == "html":
        sitemap = app.config.html_baseurl.rstrip("/") + "/sitemap.xml"
        (Path(app.outdir) / "robots.txt").write_text(
            f"User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n", encoding="utf-8"
        )


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)


def setup(app):
    app.add_config_value("page_metadata_code", CODE, "html", types=[str])  # not set by conf.py: see the docstring
    app.connect("html-page-context", describe_page)
    app.connect("build-finished", write_robots_txt)
    # Nothing in the environment; each page's tags and card depend on that page alone.
    return {"version": CODE, "parallel_read_safe": True, "parallel_write_safe": True}
