r"""校验整个字符串：^…$ 会放过结尾多一个换行符的输入，fullmatch 和 \A…\Z 不会。"""
import re

PHONE = r"1[0-9]{10}"
for s in ["13800138000", "x13800138000", "138001380001", "13800138000\n"]:
    print(
        f"{s!r:16}",
        "^…$:", bool(re.search(f"^{PHONE}$", s)),
        "fullmatch:", bool(re.fullmatch(PHONE, s)),
        r"\A…\Z:", bool(re.search(rf"\A{PHONE}\Z", s)),
    )

# ^…$ 的匹配只覆盖前 11 位，结尾的换行符被留在了匹配之外
print(re.search(f"^{PHONE}$", "13800138000\n"))
