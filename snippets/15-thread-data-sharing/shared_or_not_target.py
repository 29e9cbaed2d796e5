"""target 函数的写法：形参是每次调用自己的局部变量，列表参数和全局变量仍然共享。"""
import threading

gnum = 1


def process(num, num_list):
    global gnum
    gnum += num
    num_list.append(num)
    num += 1  # num 是这次调用的局部变量，改它影响不到别人
    name = threading.current_thread().name
    print(f"[{name}] 全局 gnum     = {gnum}")
    print(f"[{name}] 局部 num      = {num}")
    print(f"[{name}] 列表 num_list = {num_list}")


if __name__ == "__main__":
    num_list = list(range(5))
    for num in (100, 200):
        t = threading.Thread(target=process, args=(num, num_list))
        t.start()
        t.join()
    print(f"[主线程] gnum = {gnum}，num_list = {num_list}")
