"""在命令行里用 python -m json.tool 格式化、校验 JSON 文件（这里用 subprocess 运行这些命令）。"""

import shlex
import subprocess
import sys
from pathlib import Path

Path("test.json").write_text('{"name": "小明", "langs": ["Python", "Go"], "age": 27}',
                             encoding="utf-8")
Path("broken.json").write_text('{"name": "小明", "age": 27,}', encoding="utf-8")


def run(*args, stdin=None):
    print("$ python", shlex.join(args) + ("" if stdin is None else " < test.json"))
    result = subprocess.run([sys.executable, *args], input=stdin,
                            capture_output=True, text=True, encoding="utf-8")
    print(result.stdout + result.stderr, end="")
    if result.returncode:
        print(f"（退出状态 {result.returncode}）")


run("-m", "json.tool", "test.json")  # 直接给文件名，用不着 cat file | python -m json.tool
run("-m", "json.tool", "--no-ensure-ascii", "--sort-keys", "--indent", "2",
    stdin=Path("test.json").read_text(encoding="utf-8"))
run("-m", "json.tool", "--compact", "test.json")
run("-m", "json.tool", "broken.json")  # 不合法的 JSON：报出行号和列号
