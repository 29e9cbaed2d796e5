"""逐行验证“常用语法速查表”里的例子：每个样例该不该被匹配。"""
import re

# (模式, 样例...)：用 re.search 判断样例里能否找到匹配，✓ 能，✗ 不能
rows = [
    (r"^123", "123abc", "123321", "abc123"),
    (r"123$", "abc123", "abc123\n", "123abc"),   # 结尾的换行符之前也算“结尾”
    (r"\basd\b", "asd", "an asd here", "asdf"),
    (r"zx\dc", "zx1c", "zx5c", "zxac"),
    (r"zx\Dc", "zxvc", "zx$c", "zx1c"),
    (r"zx\sc", "zx c", "zx\tc", "zxac"),
    (r"zx\Sc", "zxac", "zx1c", "zx c"),
    (r"zx\wc", "zxdc", "zx_c", "zx-c"),
    (r"a.b", "acb", "a~b", "a\nb"),
    (r"a[b.\\]c", "abc", "a.c", "a\\c", "axc"),
    (r"a[bcde]f", "abf", "aef", "a,f"),
]
for pattern, *samples in rows:
    marks = [("✓" if re.search(pattern, s) else "✗") + repr(s) for s in samples]
    print(f"{pattern:9}", " ".join(marks))
