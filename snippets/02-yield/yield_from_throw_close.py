"""yield from 也把 throw() 和 close() 转发给子生成器。"""


def worker():
    try:
        while True:
            try:
                task = yield
                print(f"  worker: 处理 {task}")
            except ValueError as exc:
                print(f"  worker: 捕获到 ValueError({exc})，继续工作")
    finally:
        print("  worker: finally，清理资源")


def manager():
    yield from worker()


m = manager()
next(m)
m.send("任务 1")
print("调用方: m.throw(ValueError('坏数据'))")
m.throw(ValueError("坏数据"))
m.send("任务 2")
print("调用方: m.close()")
m.close()
