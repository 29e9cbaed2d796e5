"""greenlet：在同一个线程里，用 switch() 明确地从一个任务切换到另一个，各自的执行位置都被保存下来。"""
from greenlet import greenlet


def test1():
    print(12)
    gr2.switch()  # 切到 test2；之后有人切回来时，从这里接着执行
    print(34)
    gr2.switch()
    print("test1 的最后一行：没人再切回 test1，它不会执行")


def test2():
    print(56)
    gr1.switch()
    print(78)  # test2 执行完，控制权回到它的父 greenlet（主 greenlet）


gr1 = greenlet(test1)
gr2 = greenlet(test2)
gr1.switch()
print(f"回到主 greenlet：gr1.dead = {gr1.dead}，gr2.dead = {gr2.dead}")


# switch() 还能传值：第一次切入时作为参数，之后作为对方 switch() 的返回值
def adder():
    total = 0
    while True:
        total += main.switch(total)  # 把当前和交回主 greenlet，等下一个数


main = greenlet.getcurrent()
acc = greenlet(adder)
acc.switch()  # 启动 adder，它停在第一个 main.switch(0)
for n in (1, 2, 3):
    print(f"加上 {n}，和为 {acc.switch(n)}")
