"""线程池会复用线程：上一个任务留在 threading.local 里的值，下一个任务还看得见。"""
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def handle(request):
    leftover = getattr(local, "user", None)  # 开始处理前，看看有没有留下的值
    if request.get("user"):
        local.user = request["user"]
    name = threading.current_thread().name
    return f"{request['id']}：线程 {name}，开始时 local.user = {leftover!r}"


requests = [
    {"id": "请求1", "user": "alice"},
    {"id": "请求2"},                  # 没有登录用户
    {"id": "请求3", "user": "bob"},
]
with ThreadPoolExecutor(max_workers=1) as pool:  # 只有一个工作线程，三个请求都由它处理
    for line in pool.map(handle, requests):
        print(line)
