"""partial 对象是什么：func、args、keywords 三个属性，嵌套时会被展平。"""
from functools import partial

bin2dec = partial(int, base=2)
print(f"{type(bin2dec) = }")
print(f"{bin2dec = }")
print(f"{bin2dec.func = }")
print(f"{bin2dec.args = }")
print(f"{bin2dec.keywords = }")

# 对 partial 再做 partial，不会一层套一层，而是合并成一个
p = partial(partial(max, 3), 9, key=abs)
print(f"{p = }")
print(f"{p(-10) = }")

# 它不是函数：没有 __name__，但可以像函数一样调用
print(f"{callable(bin2dec) = }")
print(f"{hasattr(bin2dec, '__name__') = }")
