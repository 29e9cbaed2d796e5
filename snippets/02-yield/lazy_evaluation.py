"""把生成器看作“用到时才计算的列表”：边生产边消费，还可以无穷。"""
import itertools


def produce(n):
    for i in range(n):
        print(f"  生产 {i}")
        yield i


print("列表推导式：先全部算完，再开始用")
for value in [x for x in produce(3)]:
    print(f"使用 {value}")

print("生成器：要一个，算一个")
for value in produce(3):
    print(f"使用 {value}")


def naturals():
    n = 0
    while True:          # 无穷序列：只要没人来取，就不会算下去
        yield n
        n += 1


print("无穷序列取前 5 个偶数的平方:",
      list(itertools.islice((n * n for n in naturals() if n % 2 == 0), 5)))
