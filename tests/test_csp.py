"""The Content-Security-Policy extension (_ext/csp.py): the policy of a page, and a page that breaks it.

The build test uses tests/roots/test-csp/, a project with this extension alone.
"""

import base64
import hashlib
import html
import re

import csp  # _ext/, on sys.path through conftest.py


def test_policy_allows_inline_code_by_hash_only():
    page = (
        '<html><head><meta charset="utf-8" />\n<script>var a = 1;</script><style>p{}</style></head>'
        '<body><p style="color: red">x</p><button onclick="go()">b</button></body></html>'
    )
    new = csp.with_policy(page)
    policy = html.unescape(re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', new)[1])
    digest = lambda text: "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"  # noqa: E731
    assert f"script-src 'self' {' '.join(sorted([digest('var a = 1;'), digest('go()')]))} 'unsafe-hashes';" in policy
    assert digest("p{}") in policy and digest("color: red") in policy and "unsafe-inline" not in policy
    assert new.index("Content-Security-Policy") < new.index("<script>")
    assert csp.with_policy(new) == new  # a page built again keeps one policy


def test_page_loading_a_script_from_another_host_is_a_warning(build_root):
    pages, warnings = build_root("test-csp")
    assert (
        "index.html loads https://example.com/x.js from another host: its Content-Security-Policy blocks that;"
        " serve the file from _static/ instead"
    ) in warnings
    assert (
        """<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha"""
        in (pages["index"])
    )
