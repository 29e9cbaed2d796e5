"""驱动一个真正的交互式解释器（python -i），看 _ 怎样保存上一个表达式的结果。"""

import os
import subprocess
import sys

lines = [
    "3 + 4",
    "_",
    "name = 'Python 进阶教程'",
    "name",
    "_",
    "print('print 只负责输出，返回 None')",
    "_",
    "_ * 2",
    "_ = '手动赋值的 _'",
    "10 + 20",
    "_",
    "del _",
    "10 + 20",
    "_",
]

env = {k: v for k, v in os.environ.items() if k != "PYTHONSTARTUP"}
# -i：进入交互模式；-q：不打印版本横幅；-u：不缓冲，提示符与结果按真实顺序出现
result = subprocess.run(
    [sys.executable, "-i", "-q", "-u"],
    input="\n".join(lines) + "\n",
    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
)
# 管道输入不会回显：按提示符 ">>> " 把输出切开，每段就是对应那一行输入的结果，
# 再把输入补回去，还原成在终端里看到的样子
chunks = result.stdout.split(">>> ")[1:]
for line, output in zip(lines, chunks):
    print(">>>", line)
    print(output, end="")
