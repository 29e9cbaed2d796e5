"""类体是一个作用域，但它不参与 LEGB 中的 E：方法和推导式看不到类体里的名字。"""


class Config:
    factor = 10
    doubled = factor * 2  # 类体里直接用：可以
    first_iter = [n for n in range(factor)][:3]  # 最外层的可迭代对象：可以

    def method(self):
        try:
            return factor  # 方法跳过类体，直接去全局找
        except NameError as exc:
            return f"NameError: {exc}"

    def method_ok(self):
        return self.factor  # 要通过 self 或类名访问


print(Config.doubled, Config.first_iter)
print(Config().method())
print(Config().method_ok())

try:
    class Broken:
        factor = 10
        scaled = [n * factor for n in range(3)]  # 推导式内部也看不到类体的 factor

except NameError as exc:
    print(f"NameError: {exc}")
