"""在本机 HTTP 服务器上，比较十几种并发写法做 I/O 密集、CPU 密集和空任务的耗时。"""
# snippet: timeout=300
# snippet: vary=\d+\.\d{3}
# snippet: vary=运行环境：.*
import sys

# gevent 的猴子补丁必须在一切 import 之前打，而且只在专门跑 gevent 的子进程里打：
# 打过补丁的进程里，multiprocessing.Pool 会卡住（见 gevent_pool_hang.py）。
if __name__ == "__main__" and sys.argv[1:2] == ["--gevent"]:
    from gevent import monkey

    monkey.patch_all()

import argparse
import asyncio
import concurrent.futures as cf
import datetime
import hashlib
import json
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.pool import ThreadPool

PAGES = 8  # I/O 密集：抓取 8 个页面；空任务也是 8 个
LATENCY = 0.06  # 服务器对每个请求先睡 0.06 秒，模拟网络和服务端的延迟
CPU_TASKS = 4  # CPU 密集：4 个纯 Python 计算任务
CPU_N = 1_000_000  # 每个计算任务的循环次数
POOL = 4  # 所有“池”都用 4 个工作者
REPEAT = 7  # 每种写法重复 7 次
BODY = 2048  # 每个页面 2 KB


# [start-core]
class PageHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(self.server.latency)  # 模拟的延迟：不占 CPU，只是等
        body = self.path.encode().ljust(BODY, b".")
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # 不打印访问日志
        pass


class PageServer(ThreadingHTTPServer):  # 每个连接一个线程
    request_queue_size = 128  # 默认的 5 太小：一下子来 12 个连接时，多出的会被内核丢掉重传


def serve(latency):
    """子进程里的服务器：在 127.0.0.1 上由系统挑端口，把端口号告诉父进程；
    父进程关掉它的标准输入（包括父进程意外退出）时就停机。"""
    with PageServer(("127.0.0.1", 0), PageHandler) as server:
        server.latency = latency
        threading.Thread(target=server.serve_forever, daemon=True).start()
        print(server.server_address[1], flush=True)
        sys.stdin.read()  # 一直读到 EOF
        server.shutdown()


def start_server():
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(LATENCY)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    port = int(proc.stdout.readline())
    return proc, [f"http://127.0.0.1:{port}/page/{i}" for i in range(PAGES)]


def stop_server(proc):
    proc.stdin.close()
    proc.wait(timeout=10)
    proc.stdout.close()


_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # 不走任何代理


def fetch(url):
    """I/O 密集的任务：下载一个页面，返回它的长度。"""
    with _opener.open(url, timeout=10) as response:
        return len(response.read())


async def fetch_async(url):
    """asyncio 版的 fetch：标准库没有 HTTP 客户端，直接在流上说 HTTP/1.0。"""
    host_port, path = url.removeprefix("http://").split("/", 1)
    host, port = host_port.split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(f"GET /{path} HTTP/1.0\r\nHost: {host_port}\r\n\r\n".encode())
    response = await reader.read()  # HTTP/1.0：服务器发完就关连接，读到 EOF 即可
    writer.close()
    await writer.wait_closed()
    return len(response.partition(b"\r\n\r\n")[2])


def compute(n):
    """CPU 密集的任务：纯 Python 循环，运行期间一直持有 GIL。"""
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def nothing(a):
    """空任务：什么也不做，原样返回参数。用它测出的只是每种写法自己的开销。"""
    return a


def serial(job, args):
    return [job(a) for a in args]


def thread_multi(job, args):  # 每个任务一个线程
    results = [None] * len(args)

    def run(i, a):
        results[i] = job(a)

    threads = [threading.Thread(target=run, args=(i, a)) for i, a in enumerate(args)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


def _pool_map(pool, job, args):  # 计时包括建池和关池
    try:
        return pool.map(job, args)
    finally:
        pool.close()
        pool.join()


def _pool_async(pool, job, args):
    try:
        handles = [pool.apply_async(job, (a,)) for a in args]
        return [h.get() for h in handles]
    finally:
        pool.close()
        pool.join()


def thread_map(job, args):
    return _pool_map(ThreadPool(POOL), job, args)


def thread_map_n(job, args):  # 池和任务一样多
    return _pool_map(ThreadPool(len(args)), job, args)


def thread_async(job, args):
    return _pool_async(ThreadPool(POOL), job, args)


def _child(queue, i, job, a):
    queue.put((i, job(a)))


def process_multi(job, args):  # 每个任务一个进程，结果经队列传回
    queue = mp.Queue()
    procs = [mp.Process(target=_child, args=(queue, i, job, a)) for i, a in enumerate(args)]
    for p in procs:
        p.start()
    results = dict(queue.get() for _ in procs)  # 先取完结果再 join
    for p in procs:
        p.join()
    queue.close()
    return [results[i] for i in range(len(args))]


def process_map(job, args):
    return _pool_map(mp.Pool(POOL), job, args)


def process_async(job, args):
    return _pool_async(mp.Pool(POOL), job, args)


def futures_thread(job, args):
    with cf.ThreadPoolExecutor(POOL) as executor:
        return list(executor.map(job, args))


def futures_process(job, args):
    with cf.ProcessPoolExecutor(POOL) as executor:
        return list(executor.map(job, args))


def asyncio_gather(job, args):
    async def compute_async(n):  # 协程里直接做计算：中间没有 await，谁也插不进来
        return compute(n)

    async def nothing_async(a):
        return a

    coro = {fetch: fetch_async, compute: compute_async}.get(job, nothing_async)

    async def main():
        return await asyncio.gather(*(coro(a) for a in args))

    return asyncio.run(main())


def gevent_spawn(job, args):  # 只在打过补丁的子进程里调用
    import gevent

    greenlets = [gevent.spawn(job, a) for a in args]
    gevent.joinall(greenlets, raise_error=True)
    return [g.value for g in greenlets]
# [end-core]


# 名字 -> (写法, 说明, 跑哪些负载, 是否在 gevent 子进程里跑)
VARIANTS = {
    "serial": (serial, "串行，一个接一个（对照组）", "empty io cpu", False),
    "thread_multi": (thread_multi, "每个任务一个 threading.Thread", "empty io cpu", False),
    "thread_map": (thread_map, f"ThreadPool({POOL}).map", "empty io cpu", False),
    "thread_async": (thread_async, f"ThreadPool({POOL}).apply_async", "empty io", False),
    "thread_map_n": (thread_map_n, f"ThreadPool({PAGES}).map，池和任务一样大", "empty io", False),
    "process_multi": (process_multi, "每个任务一个 multiprocessing.Process", "empty io cpu", False),
    "process_map": (process_map, f"Pool({POOL}).map", "empty io cpu", False),
    "process_async": (process_async, f"Pool({POOL}).apply_async", "empty io", False),
    "futures_thread": (futures_thread, f"ThreadPoolExecutor({POOL}).map", "empty io", False),
    "futures_process": (futures_process, f"ProcessPoolExecutor({POOL}).map", "empty io cpu", False),
    "asyncio": (asyncio_gather, "asyncio.gather，一个线程", "empty io cpu", False),
    "gevent": (gevent_spawn, "gevent.spawn，在打过补丁的子进程里", "empty io cpu", True),
    "gevent_thread_multi": (thread_multi, "打过补丁后的 thread_multi", "empty io", True),
    "gevent_thread_map": (thread_map, "打过补丁后的 thread_map", "empty io", True),
}


def measure(names, workloads, repeat):
    """轮流跑每种写法（而不是一种写法连跑 7 次），让机器负载的起伏平均落到各写法上。"""
    times = {w: {n: [] for n in names if w in VARIANTS[n][2].split()} for w in workloads}
    for _ in range(repeat):
        for w, (job, args, expected) in workloads.items():
            for name in times[w]:
                start = time.perf_counter()
                result = VARIANTS[name][0](job, args)
                times[w][name].append(time.perf_counter() - start)
                if result != expected:  # 测的必须是真正做完了活的代码
                    raise RuntimeError(f"{name} 在 {w} 负载上的结果不对")
    return times


def workloads_for(urls):
    return {
        "empty": (nothing, list(range(PAGES)), list(range(PAGES))),
        "io": (fetch, urls, [BODY] * len(urls)),
        "cpu": (compute, [CPU_N] * CPU_TASKS, [compute(CPU_N)] * CPU_TASKS),
    }


def run_gevent_child(urls):
    """启动一个新的解释器，让它最先打补丁，再跑 gevent 相关的写法。"""
    out = subprocess.run(
        [sys.executable, __file__, "--gevent", json.dumps(urls)],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    return json.loads(out)


def main(out_path):
    server, urls = start_server()
    try:
        fetch(urls[0])  # 预热：确认服务器已经在应答
        plain = [n for n, v in VARIANTS.items() if not v[3]]
        times = measure(plain, workloads_for(urls), REPEAT)
        for w, child_times in run_gevent_child(urls).items():
            times[w].update(child_times)
    finally:
        stop_server(server)

    result = {
        "meta": {
            "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "python": platform.python_version(),
            "python_build": sys.version,
            "implementation": platform.python_implementation(),
            "platform": platform.platform(),
            "machine": platform.machine(),
            "processor": platform.processor(),
            "cpu_count": os.cpu_count(),
            "start_method": mp.get_start_method(),
            "pages": PAGES, "latency": LATENCY, "cpu_tasks": CPU_TASKS, "cpu_n": CPU_N,
            "pool": POOL, "repeat": REPEAT,
            "script_sha256": hashlib.sha256(open(__file__, "rb").read()).hexdigest(),
            "variants": {name: v[1] for name, v in VARIANTS.items()},
        },
        "times": times,
    }
    # 先写进同一目录里的临时文件，再整个换上去：同时运行的两次测试不会留下写了一半的文件
    folder = os.path.dirname(os.path.abspath(out_path))
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=folder, suffix=".tmp", delete=False) as f:
        json.dump(result, f, ensure_ascii=False, indent=1)
    os.replace(f.name, out_path)
    report(result)


def report(result):
    m, t = result["meta"], result["times"]
    print(f"运行环境：{m['platform']}，{m['cpu_count']} 核，"
          f"{m['implementation']} {m['python']}，{m['date']}")
    print(f"I/O：{m['pages']} 个页面，每个延迟 {m['latency']} 秒；空任务：{m['pages']} 个；"
          f"CPU：{m['cpu_tasks']} 个计算任务；池大小 {m['pool']}；每种写法 {m['repeat']} 次")
    print("单位：秒，中位数 [最小, 最大]；所有写法的结果都核对过")
    print(f"{'写法':<19}{'空任务':<23}{'I/O 密集':<22}CPU 密集")
    for name in VARIANTS:
        cells = []
        for w in ("empty", "io", "cpu"):
            times = t[w].get(name)
            cells.append(f"{statistics.median(times):.3f} [{min(times):.3f}, {max(times):.3f}]" if times else "-")
        print(f"{name:<21}{cells[0]:<26}{cells[1]:<26}{cells[2]}")
    # 一条不随机器快慢变化的结论：比较的是各自最快的一次，别的程序只会让某一次变慢；
    # 等待的重叠也不需要空闲的 CPU
    print("I/O：asyncio 同时等全部请求，比串行快 4 倍以上：",
          min(t["io"]["serial"]) > 4 * min(t["io"]["asyncio"]))


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(float(sys.argv[2]))
    elif sys.argv[1:2] == ["--gevent"]:
        urls = json.loads(sys.argv[2])
        names = [n for n, v in VARIANTS.items() if v[3]]
        print(json.dumps(measure(names, workloads_for(urls), REPEAT)))
    else:
        parser = argparse.ArgumentParser(description=__doc__)
        parser.add_argument("--out", default="bench-results.json", help="结果文件（JSON）")
        main(parser.parse_args().out)
