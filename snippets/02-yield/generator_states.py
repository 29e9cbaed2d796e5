"""生成器的四种状态，以及驱动它的三种方式：next()、send(None)、for 循环。"""
import inspect


def mygen(n):
    now = 0
    while now < n:
        # 这里借用全局变量 gen，只为演示
        print("  运行中:", inspect.getgeneratorstate(gen))
        yield now
        now += 1


gen = mygen(3)
print("创建后:", inspect.getgeneratorstate(gen))
print("next(gen) ->", next(gen))
print("暂停中:", inspect.getgeneratorstate(gen))
print("gen.send(None) ->", gen.send(None))
for value in gen:    # for 反复调用 next()，并处理结尾的 StopIteration
    print("for 取到", value)
print("结束后:", inspect.getgeneratorstate(gen))

fresh = mygen(3)
try:
    fresh.send(42)   # 还没停在任何 yield 上，无处接收这个值
except TypeError as exc:
    print("TypeError:", exc)
print("send 失败后仍是:", inspect.getgeneratorstate(fresh))
fresh.close()    # 没启动过的生成器也可以直接关闭
print("close() 之后:", inspect.getgeneratorstate(fresh))
