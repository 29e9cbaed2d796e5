"""子进程改全局变量、类变量、列表，改的都是它自己那一份，父进程看不到。"""
import multiprocessing as mp

gnum = 1
num_list = [0, 1, 2]


class Counter:
    instances = 0  # 类变量：只是“本进程内”所有实例共享

    def __init__(self):
        Counter.instances += 1


def child():
    global gnum
    gnum += 100
    num_list.append(100)
    Counter()
    print(f"  子进程：gnum = {gnum}，num_list = {num_list}，"
          f"Counter.instances = {Counter.instances}")


if __name__ == "__main__":
    Counter()
    p = mp.Process(target=child)
    p.start()
    p.join()
    print(f"父进程：gnum = {gnum}，num_list = {num_list}，"
          f"Counter.instances = {Counter.instances}")
