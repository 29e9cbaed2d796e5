"""ThreadLocal 的典型用途：每个线程一个数据库连接（sqlite3 的连接默认不许跨线程使用）。"""
import sqlite3
import threading

local = threading.local()
all_connected = threading.Barrier(3)


def get_connection():
    """当前线程第一次调用时创建连接，之后一直复用这个线程自己的连接。"""
    if not hasattr(local, "conn"):
        local.conn = sqlite3.connect(":memory:")
    return local.conn


def handle_request(n, results):
    conn = get_connection()
    value = conn.execute("SELECT ?", (n * 10,)).fetchone()[0]
    results[n] = (value, get_connection() is conn, id(conn))
    all_connected.wait()  # 三个连接同时存在时记下的 id 才能比较
    conn.close()


def use_from_other_thread(conn, out):
    try:
        conn.execute("SELECT 1")
    except sqlite3.ProgrammingError as error:
        out.append(f"{type(error).__name__}: {str(error).split('.')[0]}")


shared = sqlite3.connect(":memory:")  # 主线程创建的连接
out = []
t = threading.Thread(target=use_from_other_thread, args=(shared, out))
t.start()
t.join()
print("在别的线程里用主线程的连接：", out[0])
shared.close()

results = {}
workers = [threading.Thread(target=handle_request, args=(n, results)) for n in (1, 2, 3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
for n in sorted(results):
    value, reused, _ = results[n]
    print(f"请求 {n}：查询结果 {value}，同一线程里再取得到的是同一个连接：{reused}")
print("三个线程各用各的连接：", len({conn_id for *_, conn_id in results.values()}) == 3)
