"""partial(mod, 100) 固定的是第一个参数 n，得到的新函数计算 100 % m。"""
from functools import partial


def mod(n, m):
    return n % m


mod_by_100 = partial(mod, 100)   # 等价于 lambda m: mod(100, m)

print(f"{mod(100, 7) = }")
print(f"{mod_by_100(7) = }")     # 算的是 100 % 7，不是 7 % 100
print(f"{mod_by_100(30) = }")    # 100 % 30

# 想固定的是第二个参数 m（“对 100 取模”），就要用关键字参数
really_mod_by_100 = partial(mod, m=100)
print(f"{really_mod_by_100(7) = }")
print(f"{really_mod_by_100(250) = }")
