"""牛顿法求平方根：生成器把每一步的近似值都交给调用方。"""


def newton_sqrt(a, x=1.0):
    while True:
        yield x
        x = (x + a / x) / 2


for step, approx in enumerate(newton_sqrt(2)):
    print(f"第 {step} 步: {approx:.15f}")
    if abs(approx * approx - 2) < 1e-12:
        break
