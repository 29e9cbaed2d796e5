"""把含 __main__.py 的目录打成 zip 包，再用 python demo.zip 直接运行它（也演示标准库的 zipapp）。"""

import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path


def run(*args, cwd):
    """像在终端里一样运行 python 命令，打印命令行和它的输出。"""
    print("$ python", shlex.join(args))
    result = subprocess.run([sys.executable, *args], cwd=cwd,
                            capture_output=True, text=True)
    # 错误信息以解释器的完整路径开头，各台机器不同，统一写成 python
    print((result.stdout + result.stderr).replace(sys.executable, "python"), end="")


# 所有文件都写在当前目录下的 zipdemo/ 里，最后整个删掉
work = Path("zipdemo").absolute()
shutil.rmtree(work, ignore_errors=True)
demo = work / "demo"
demo.mkdir(parents=True)
(demo / "calc.py").write_text("def add(x, y):\n    return x+y\n")
(demo / "__main__.py").write_text("import calc\nprint(calc.add(2, 3))\n")
for f in sorted(demo.iterdir()):
    print(f"{f.stat().st_size:4} 字节  demo/{f.name}")

# 相当于在 shell 里执行 python -m zipfile -c demo.zip demo/*（通配符由 shell 展开）
run("-m", "zipfile", "-c", "demo.zip", "demo/__main__.py", "demo/calc.py", cwd=work)
print("demo.zip 里的文件：", zipfile.ZipFile(work / "demo.zip").namelist())
run("demo.zip", cwd=work)

# 常见错误：把目录本身打进去，__main__.py 就不在 zip 的根上了
run("-m", "zipfile", "-c", "bad.zip", "demo", cwd=work)
print("bad.zip 里的文件：", zipfile.ZipFile(work / "bad.zip").namelist())
run("bad.zip", cwd=work)

# 标准库 zipapp（Python 3.5+）专门做这件事，还能在文件开头加上 #! 行
run("-m", "zipapp", "demo", "-o", "demo.pyz", "-p", "/usr/bin/env python3", cwd=work)
print("demo.pyz 的第一行：", (work / "demo.pyz").read_bytes().split(b"\n")[0])
run("demo.pyz", cwd=work)

shutil.rmtree(work)
