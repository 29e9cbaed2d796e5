"""在子进程里启动 python -m http.server（只监听 127.0.0.1，端口由系统分配），取回一个文件，再关掉它。"""

import re
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

site = Path("site_root").absolute()  # 要共享的目录，建在当前工作目录下
shutil.rmtree(site, ignore_errors=True)
site.mkdir()
(site / "hello.txt").write_text("你好，http.server！\n", encoding="utf-8")

# 相当于在终端里执行：python -m http.server 0 --bind 127.0.0.1 --directory site_root
# 端口写 0 表示让操作系统挑一个空闲端口；-u 让启动信息立刻写出来
server = subprocess.Popen(
    [sys.executable, "-u", "-m", "http.server", "0",
     "--bind", "127.0.0.1", "--directory", str(site)],
    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
)
try:
    banner = server.stdout.readline()  # Serving HTTP on 127.0.0.1 port 端口号 (http://127.0.0.1:端口号/) ...
    port = int(re.search(r"port (\d+)", banner).group(1))
    print("启动信息：", banner.strip().replace(str(port), "<端口>"))

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/hello.txt", timeout=5) as resp:
        print("状态码：", resp.status)
        print("Content-Type：", resp.headers["Content-Type"])
        print("内容：", resp.read().decode("utf-8"), end="")

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
        listing = resp.read().decode("utf-8")
        print("访问目录得到的是 HTML 文件列表，其中有 hello.txt：", "hello.txt" in listing)
finally:
    server.terminate()
    server.wait(timeout=5)

# 服务器把每个请求记在 stderr 上（带客户端地址和时间），这里只挑出请求行
log = server.stderr.read()
print("服务器日志里的请求：", re.findall(r'"(GET [^"]+)" (\d+)', log))
shutil.rmtree(site)
