"""jumping_range：send(n) 让区间跳 n 步，next() 前进 1。"""


def jumping_range(n):
    index = 0
    while index < n:
        # send(v) 送进来的 v 赋给 jump；next() 送进来的是 None
        jump = yield index
        if jump is None:
            jump = 1
        index += jump


itr = jumping_range(5)
print(next(itr))       # 0
print(itr.send(2))     # 0 + 2 = 2
print(next(itr))       # 2 + 1 = 3
print(itr.send(-1))    # 3 - 1 = 2
print("继续用 for 取完:", list(itr))
