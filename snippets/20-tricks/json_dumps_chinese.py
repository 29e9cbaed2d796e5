r"""json.dumps 默认把非 ASCII 字符转义成 \uXXXX；加 ensure_ascii=False 才能直接看到中文。"""

import json
from pathlib import Path

info = {"name": "小明", "city": "上海", "skills": ["Python", "数据分析"]}

print(json.dumps(info))
print(json.dumps(info, indent=4, ensure_ascii=False))

# 两种写法表示的是同一份数据
print("读回来相同：", json.loads(json.dumps(info)) == info)

# 写文件时同样加 ensure_ascii=False，并且明确用 UTF-8 编码打开文件
with open("info.json", "w", encoding="utf-8") as f:
    json.dump(info, f, ensure_ascii=False)
print("info.json：", Path("info.json").read_text(encoding="utf-8"))
