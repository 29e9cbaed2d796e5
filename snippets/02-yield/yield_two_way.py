"""yield 是双向的：先交出值并暂停，恢复时取得 next()/send() 送来的值。"""


def echo():
    for n in (10, 20, 30):
        print(f"  生成器: 执行 yield {n}，交出 {n} 后暂停")
        received = yield n
        print(f"  生成器: 被唤醒，yield 表达式的值是 {received!r}")


gen = echo()
print("调用方: next(gen)")
print("调用方: 拿到", next(gen))
print("调用方: gen.send('A')")
print("调用方: 拿到", gen.send("A"))
print("调用方: next(gen)，相当于 send(None)")
print("调用方: 拿到", next(gen))
