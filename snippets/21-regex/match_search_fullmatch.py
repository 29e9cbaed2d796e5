"""match 只在开头尝试，search 在任意位置找第一个，fullmatch 要求整串都匹配。"""
import re

for s in ["123abc", "abc123", "123"]:
    print(
        f"{s!r:9}",
        "match:", bool(re.match(r"\d+", s)),
        "search:", bool(re.search(r"\d+", s)),
        "fullmatch:", bool(re.fullmatch(r"\d+", s)),
    )

# 找不到时返回 None：先判断再取 group()，否则会 AttributeError
m = re.search(r"\d+", "没有数字")
print(m)
if (m := re.search(r"\d+", "订单号 4096 已发货")) is not None:
    print(m.group(), m.start(), m.end())
