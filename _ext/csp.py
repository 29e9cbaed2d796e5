"""A Content-Security-Policy on every page: the browser loads nothing that is not from the site itself.

GitHub Pages sends no headers of our choosing, so each page carries the policy as its first
``<meta http-equiv="Content-Security-Policy">`` (a policy in a <meta> applies to what follows it).
Everything is allowed from the site's own origin ('self') and nothing from another host. The few
inline scripts and styles the theme writes into a page (the light/dark switch before the first paint,
DOCUMENTATION_OPTIONS, the search page's glossary, style="" attributes) are allowed one by one by the
SHA-256 of their exact text, computed when the build has finished from the final HTML: never
'unsafe-inline'. A page that still points at another host is a build warning (an error under -W).

The policy allows no eval: _ext/csp_static/plural-without-eval.js gives Sphinx's doctools.js the plural
rule of its translations without the `new Function` it would use.

``make serve`` sets ``csp_dev_server`` to sphinx-autobuild's address, so the reload script it injects
into each page it serves is allowed too (by its hash), and so is its websocket.

The pages are rewritten at ``build-finished`` (Sphinx's documented last event), after every HTML file,
bundle and the 404 page exist. Every page is looked at on every build; one that is byte for byte what
the last build left (``csp-pages.json`` beside the doctrees: each page's SHA-256 and warnings, keyed on
this module's code, the dev-server allowances and the output folder) is not parsed again, and its warnings are given
again, so an incremental build warns as a cold one does. Nothing is kept in the build environment.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

from light_pages import copy_into_static  # _ext/: the page bundles own _static/
from sphinx.util import logging

logger = logging.getLogger(__name__)

CSP_META = re.compile(r'[ \t]*<meta http-equiv="Content-Security-Policy"[^>]*>\n?', re.IGNORECASE)
HEAD_ANCHOR = re.compile(r"<meta charset=[^>]*>\n?|<head(?:\s[^>]*)?>\n?", re.IGNORECASE)
# what a browser fetches while it opens the page (a link <a href> is not a fetch, nor a canonical address)
FETCHED = re.compile(
    r"<(?:script|link(?![^>]*\brel=\"(?:canonical|alternate)\")|img|iframe|object|source|embed|audio|video|track)\b"
    r"[^>]*?\b(?:src|href|data|srcset|poster)=\"((?:[a-z][a-z0-9+.-]*:)?//[^\"]+)\"",
    re.IGNORECASE,
)
EVENT_ATTRIBUTE = re.compile(r"on[a-z]+")
PLURAL_JS = "plural-without-eval.js"
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


def sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


class InlineCode(HTMLParser):
    """The inline scripts, inline styles, style="" attributes and on...="" handlers of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.style_attributes: list[str] = []
        self.handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self._inside: tuple[str, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name == "style" and value is not None:
                self.style_attributes.append(value)
            elif EVENT_ATTRIBUTE.fullmatch(name) and value is not None:
                self.handlers.append(value)
            elif name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.javascript_urls.append(value)
        if tag == "script" and "src" not in attributes and (attributes.get("type") or "").lower() in SCRIPT_TYPES:
            self._inside = ("script", [])
        elif tag == "style":
            self._inside = ("style", [])

    def handle_data(self, data):
        if self._inside:
            self._inside[1].append(data)

    def handle_entityref(self, name):  # outside <script>/<style> only: the parser keeps their text raw
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")

    def handle_endtag(self, tag):
        if self._inside and tag == self._inside[0]:
            (self.scripts if tag == "script" else self.styles).append("".join(self._inside[1]))
            self._inside = None


def inline_code(page: str) -> InlineCode:
    found = InlineCode()
    found.feed(page)
    found.close()
    return found


def policy(
    page: str,
    extra_scripts: tuple[str, ...] = (),
    extra_connect: tuple[str, ...] = (),
    found: InlineCode | None = None,
    extra_sources: dict[str, list[str]] | None = None,
) -> str:
    """The policy a page needs: its own origin, plus its inline code by hash (`found`: the page parsed already),
    plus what extensions ask for in ``csp_extra_sources`` (_ext/browser_run.py: WebAssembly and a worker)."""
    found = found or inline_code(page)
    unique = lambda texts: sorted({sha256(text) for text in texts})  # noqa: E731
    script = ["'self'", *unique([*found.scripts, *extra_scripts, *found.handlers])]
    if found.handlers:
        script.append("'unsafe-hashes'")  # lets the hashes above also match on...="" handlers, nothing more
    style = ["'self'", *unique([*found.styles, *found.style_attributes])]
    if found.style_attributes:
        style.append("'unsafe-hashes'")  # style="" attributes, allowed one by one by their hash
    directives = {
        "default-src": ["'self'"],
        "script-src": script,
        "style-src": style,
        "img-src": ["'self'", "data:"],  # data: the theme's stylesheet draws a few icons as data: URLs
        "font-src": ["'self'"],
        "connect-src": ["'self'", *extra_connect],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
    }
    for name, sources in (extra_sources or {}).items():
        directives[name] = [*directives.get(name, []), *(s for s in sources if s not in directives.get(name, []))]
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def with_policy(
    page: str,
    extra_scripts: tuple[str, ...] = (),
    extra_connect: tuple[str, ...] = (),
    found: InlineCode | None = None,
    extra_sources: dict[str, list[str]] | None = None,
) -> str:
    """The page with its policy as the first thing in <head> after the character set."""
    page = CSP_META.sub("", page)
    anchor = HEAD_ANCHOR.search(page)
    if anchor is None:
        return page
    content = html.escape(policy(page, extra_scripts, extra_connect, found, extra_sources), quote=False).replace(
        '"', "&quot;"
    )
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content}" />\n'
    return page[: anchor.end()] + meta + page[anchor.end() :]


def dev_server_allowances(address: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """sphinx-autobuild's reload script (injected into each page it serves) and its websocket."""
    if not address:
        return (), ()
    from sphinx_autobuild.middleware import web_socket_script

    injected = InlineCode()
    injected.feed(web_socket_script(address))
    return tuple(injected.scripts), (f"ws://{address}",)


def add_policies(app, exception) -> None:
    if exception is not None or app.builder.name not in ("html", "dirhtml"):
        return
    extra_scripts, extra_connect = dev_server_allowances(app.config.csp_dev_server)
    outdir = Path(app.outdir)
    # kept with the doctrees (a build's cache), not in the site; keyed on the site's folder too
    extra_sources = app.config.csp_extra_sources
    key = sha256(
        Path(__file__).read_text(encoding="utf-8") + repr((extra_scripts, extra_connect, extra_sources, str(outdir)))
    )
    done_file = Path(app.doctreedir) / "csp-pages.json"
    try:
        done = json.loads(done_file.read_text(encoding="utf-8"))
        pages = done["pages"] if done.get("key") == key else {}
    except (OSError, ValueError, KeyError):
        pages = {}
    now = {}
    for path in sorted(outdir.rglob("*.html")):
        name = path.relative_to(outdir).as_posix()
        text = path.read_text(encoding="utf-8")
        if name in pages and pages[name]["sha256"] == sha256(text):  # as the last build left it
            now[name] = pages[name]
        else:
            found = inline_code(text)
            new = with_policy(text, extra_scripts, extra_connect, found, extra_sources)
            if new != text:
                path.write_text(new, encoding="utf-8")
            problems = [
                f"{name} loads {url} from another host: its Content-Security-Policy blocks that; serve the file "
                "from _static/ instead"
                for url in FETCHED.findall(text)
            ]
            problems += [
                f"{name} has a javascript: link ({url[:60]}), which its Content-Security-Policy blocks"
                for url in found.javascript_urls
            ]
            now[name] = {"sha256": sha256(new), "warnings": problems}
        for problem in now[name]["warnings"]:
            logger.warning(problem, type="csp")
    temporary = done_file.with_name(done_file.name + ".tmp")
    temporary.write_text(json.dumps({"key": key, "pages": now}, ensure_ascii=False), encoding="utf-8")
    temporary.replace(done_file)


def copy_plural_rule_without_eval(app) -> None:
    copy_into_static(app, Path(__file__).parent / "csp_static" / PLURAL_JS)  # the script bundle holds it


def setup(app):
    app.add_config_value("csp_dev_server", "", "html", types=[str])  # host:port of `make serve`
    # {directive: [source, ...]} added to every page's policy, e.g. {"worker-src": ["'self'"]}: set by other extensions
    app.add_config_value("csp_extra_sources", {}, "html", types=[dict])
    # Registered here, an extension's script comes after doctools.js and before translations.js on every page
    # (the bundles keep the order of registration).
    app.add_js_file(PLURAL_JS, priority=300)
    app.connect("builder-inited", copy_plural_rule_without_eval)
    app.connect("build-finished", add_policies, priority=950)  # after the bundles (light_pages.py, 900) are written
    # Keeps no data in the build environment (so no env_version); pages are rewritten in the main process
    # once the build has finished, whether they were read and written in parallel or not.
    return {"version": "1.0", "parallel_read_safe": True, "parallel_write_safe": True}
