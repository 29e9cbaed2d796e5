"""Chinese characters, counted the same way by every part of the project (standard library only).

The search words (_ext/chinese_search.py), the reading time (_ext/page_metadata.py), the pinyin index
(_ext/pinyin_index.py) and the tests (tests/conftest.py) all ask "is this Chinese?" with these.
"""

from __future__ import annotations

import re

HAN = "\u3400-\u9fff\uf900-\ufaff"  # the Chinese characters (CJK unified and compatibility ideographs)
HAN_CHAR = re.compile(f"[{HAN}]")
HAN_RUN = re.compile(f"[{HAN}]{{2,}}")  # two or more: a run that may be a word
