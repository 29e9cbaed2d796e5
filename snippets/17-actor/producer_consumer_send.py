"""用 send() 实现的生产者-消费者：两个函数在同一个线程里交替执行，没有锁也没有队列。"""
import inspect


def consumer():
    r = ""
    while True:
        n = yield r              # 把上次的结果交出去，再等下一个产品
        if not n:
            return
        print(f"[CONSUMER] Consuming {n}...")
        r = "200 OK"


def produce(c):
    c.send(None)                 # 预激：让消费者先运行到第一个 yield
    n = 0
    while n < 5:
        n = n + 1
        print(f"[PRODUCER] Producing {n}...")
        r = c.send(n)            # 切换到消费者，直到它再次 yield
        print(f"[PRODUCER] Consumer return: {r}")
    c.close()                    # 在消费者暂停的 yield 处抛出 GeneratorExit，结束它


c = consumer()
produce(c)
print(f"消费者的状态：{inspect.getgeneratorstate(c)}")
