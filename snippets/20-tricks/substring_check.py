"""判断字符串是否包含子串的七种方法：首选 in，其余各有用途。"""

import operator
import re

text = "hello, python"
for sub in ("llo", "java"):
    print(f"子串 {sub!r}：")
    print(f"  1. in → {sub in text}；not in → {sub not in text}")
    print(f"  2. find → {text.find(sub)}（找不到时返回 -1）")
    try:
        print("  3. index →", text.index(sub))
    except ValueError as exc:
        print("  3. index → ValueError:", exc)
    print(f"  4. count → {text.count(sub)}（出现的次数）")
    print("  5. operator.contains →", operator.contains(text, sub))
    print("  6. __contains__ →", text.__contains__(sub))
    print("  7. re.search →", re.search(re.escape(sub), text))

# operator.contains(a, b) 就是 b in a，价值在于它是个函数，可以传给 filter、map 等
words = ["hello", "yellow", "world"]
print(list(filter(lambda w: operator.contains(w, "llo"), words)))
