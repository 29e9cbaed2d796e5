"""用标准库完成 sh 库示例里的两件事：按通配符找文件（glob），运行另一个程序并拿到它的输出（subprocess）。"""

import glob
import shutil
import subprocess
import sys
from pathlib import Path

# 准备一个小目录，代替各台机器上内容不同的 /etc
etc = Path("fake_etc")
shutil.rmtree(etc, ignore_errors=True)
etc.mkdir()
for name in ("mke2fs.conf", "dnsmasq.conf", "asound.conf", "hosts"):
    (etc / name).touch()
Path("test.py").write_text('print("hello,world")\n')

# sh.glob("/etc/*.conf") 其实就是标准库的 glob：命令不经过 shell，通配符没人展开
print("glob.glob →", sorted(glob.glob("fake_etc/*.conf")))
print("Path.glob →", sorted(p.name for p in etc.glob("*.conf")))

# sh.Command('/root/test.py')() → subprocess.run，用当前解释器运行脚本
result = subprocess.run([sys.executable, "test.py"], capture_output=True, text=True, check=True)
print("test.py 的输出 →", repr(result.stdout))

# 运行外部命令（这里是另一个 Python）并传参数；参数用列表传，不需要考虑 shell 转义
result = subprocess.run([sys.executable, "-c", "import sys; print(sys.argv[1:])", "a b", "*.conf"],
                        capture_output=True, text=True, check=True)
print("参数原样传入 →", result.stdout.strip())

# 命令失败时 check=True 抛出 CalledProcessError，退出状态和输出都在异常里
try:
    subprocess.run([sys.executable, "-c", "import sys; sys.exit(2)"], check=True)
except subprocess.CalledProcessError as exc:
    print("命令失败 →", "退出状态", exc.returncode)

shutil.rmtree(etc)
