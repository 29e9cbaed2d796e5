"""为什么 += 之后 id 会变：int 不可变，+= 得到新对象；-5…256 的小整数是缓存好的同一个对象。"""
gnum = 1
before = gnum
gnum += 100
print(f"gnum += 100 之后还是原来的对象吗？{gnum is before}")

# int(str) 在运行时才造出整数，避开编译期的常量合并
for text in ("101", "201", "256", "257", "301"):
    a, b = int(text), int(text)
    print(f"{text:>3}：两次 int({text!r}) 得到同一个对象？{a is b}")

print(f"相等（==）与同一（is）是两回事：{int('301') == int('301')}")
