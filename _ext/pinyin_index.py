"""The pinyin index: Chinese terms found by their pinyin, in the general index and in addresses.

- ``index_chinese_by_pinyin`` (``env-updated``): the general index groups its entries by first letter,
  and would give each Chinese term a heading of its own first character; each is filed under the first
  letter of its pinyin instead (装饰器 under Z). Idempotent: an entry that has a key already is left
  alone, so running it again on the same environment (an incremental build) changes nothing.
- ``spell_glossary_anchors_in_pinyin`` (``setup``): Sphinx numbers the anchor of a glossary term it
  cannot spell in ASCII (glossary.html#term-156), so every Chinese term's address changed whenever an
  entry was added above it. Those terms are spelled in pinyin instead (#term-zhuang-shi-qi). Sphinx
  offers no hook for a term's id, so this wraps the ``make_id`` that ``make_glossary_term`` calls; the
  wrapper marks itself and is installed once, however often ``setup`` runs in one process (as in tests).

An edit of this module re-reads every page (``pinyin_index_code``, rebuild kind ``env``): both parts
shape what reading a page stores.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from chinese_text import HAN_CHAR

CODE = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]


def index_chinese_by_pinyin(app, env):
    """File each Chinese index entry under the first letter of its pinyin (装饰器 under Z)."""
    from pypinyin import Style, lazy_pinyin

    for entries in env.domains.index_domain.entries.values():
        for number, (kind, value, target, main, key) in enumerate(entries):
            if key is None and HAN_CHAR.match(value):
                letter = lazy_pinyin(value[0], style=Style.FIRST_LETTER)[0].upper()
                entries[number] = (kind, value, target, main, letter)


def spell_glossary_anchors_in_pinyin():
    """Spell the anchor of a Chinese glossary term in pinyin (#term-zhuang-shi-qi), not as a number."""
    import sphinx.domains.std
    from pypinyin import lazy_pinyin

    make_id = sphinx.domains.std.make_id  # what make_glossary_term() calls; it still resolves clashes
    if getattr(make_id, "spells_pinyin", False):  # installed already: wrapping it again would change nothing
        return

    def make_term_id(env, document, prefix="", term=None):
        if prefix == "term" and term and HAN_CHAR.search(term):
            term = "-".join(lazy_pinyin(term))
        return make_id(env, document, prefix, term)

    make_term_id.spells_pinyin = True
    sphinx.domains.std.make_id = make_term_id


def setup(app):
    app.add_config_value("pinyin_index_code", CODE, "env", types=[str])  # not set by conf.py: see the docstring
    app.connect("env-updated", index_chinese_by_pinyin)
    spell_glossary_anchors_in_pinyin()
    # Nothing of its own in the environment (the keys are Sphinx's index entries'), set on the merged
    # environment after a parallel read.
    return {"version": CODE, "parallel_read_safe": True, "parallel_write_safe": True}
