"""运行 python -m site，查看模块搜索路径 sys.path 和用户目录；机器相关的路径换成了符号名。"""
# snippet: vary=\((exists|doesn't exist)\)
# snippet: vary=ENABLE_USER_SITE: (True|False)

import os
import subprocess
import sys

# 各台机器上不同的路径换成符号名，只留下每台机器都一样的结构
prefixes = [(sys.prefix, "{sys.prefix}"), (sys.base_prefix, "{sys.base_prefix}")]
home = os.path.expanduser("~")
if len(home) > 1:
    prefixes.append((home, "~"))
prefixes.sort(key=lambda pair: len(pair[0]), reverse=True)  # 先换最长的路径


def anonymize(text):
    text = text.replace(repr(os.getcwd()), "'<当前目录>'")  # sys.path 的第一项就是当前目录
    for old, new in prefixes:
        text = text.replace(old, new)
    return text


def show(*args):
    print("$ python", *args)
    out = subprocess.run([sys.executable, *args], capture_output=True, text=True).stdout
    print(anonymize(out), end="")


show("-m", "site")
show("-m", "site", "--user-site")
