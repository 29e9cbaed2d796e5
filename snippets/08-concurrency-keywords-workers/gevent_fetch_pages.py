"""gevent：打过猴子补丁后，标准库里会阻塞的网络调用在等待时自动切换到别的 greenlet，三个请求重叠进行。"""
from gevent import monkey

monkey.patch_all()  # 必须最先执行：把 socket、time.sleep、threading 等换成 gevent 的协作式版本

import time  # noqa: E402
import urllib.request  # noqa: E402

import gevent  # noqa: E402
from gevent.pywsgi import WSGIServer  # noqa: E402

# 本机上的三个“网站”，各自故意慢一点（秒）
PAGES = {
    "/python": (0.3, "<h1>Welcome to Python.org</h1>"),
    "/yahoo": (0.1, "<h1>Yahoo</h1>"),
    "/github": (0.2, "<h1>GitHub: Let's build from here</h1>"),
}


def app(environ, start_response):
    delay, body = PAGES[environ["PATH_INFO"]]
    time.sleep(delay)  # 已被换成 gevent.sleep：只挂起当前 greenlet
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [body.encode()]


server = WSGIServer(("127.0.0.1", 0), app, log=None)  # 端口 0：系统挑一个空闲端口
server.start()  # 服务器也只是同一线程里的一个 greenlet
base = f"http://127.0.0.1:{server.server_port}"
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 不走任何代理


def f(path):
    print(f"GET: {path}")
    with opener.open(base + path) as resp:  # 阻塞式的写法，但等待时会切换出去
        data = resp.read()
    print(f"{len(data)} bytes received from {path}.")


start = time.monotonic()
gevent.joinall([gevent.spawn(f, path) for path in PAGES])
elapsed = time.monotonic() - start
server.stop()
print("三个请求是重叠进行的（总耗时不到 0.3 + 0.1 + 0.2 秒）：", elapsed < 0.6)
