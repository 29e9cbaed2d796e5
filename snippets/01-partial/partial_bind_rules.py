"""partial 的绑定规则：位置参数从左填，关键字可覆盖，以及一个坑。"""
import inspect
from functools import partial


def describe(name, age, city="北京"):
    return f"{name}，{age} 岁，住在{city}"


p1 = partial(describe, "小明")           # 位置参数从左占位：占了 name
print(p1(18))
print(p1(18, "上海"))                   # 调用时的位置参数接在绑定的后面
print("p1 的签名:", inspect.signature(p1))

p2 = partial(describe, city="广州")      # 关键字参数：按名字绑定，位置不限
print(p2("小红", 20))
print(p2("小红", 20, city="深圳"))       # 调用时的关键字覆盖绑定的
print("p2 的签名:", inspect.signature(p2))

# 坑：用关键字绑定了靠前的参数，再按位置调用，同一个参数会收到两个值
p3 = partial(describe, name="小刚")
print("p3 的签名:", inspect.signature(p3))
print(p3(age=30))                       # 后面的参数只能用关键字传
try:
    p3(30)
except TypeError as exc:
    print("TypeError:", exc)
