"""子进程改全局变量、类变量、列表，改的都是它自己那一份，父进程看不到；三种启动方式都是如此。"""
import multiprocessing as mp

gnum = 1
num_list = [0, 1, 2]


class Counter:
    instances = 0  # 类变量：只是“本进程内”所有实例共享

    def __init__(self):
        Counter.instances += 1


def child(method):
    global gnum
    gnum += 100
    num_list.append(100)
    Counter()
    print(f"  {method:<10} 子进程：gnum = {gnum}，num_list = {num_list}，"
          f"Counter.instances = {Counter.instances}")


if __name__ == "__main__":
    Counter()  # 父进程先创建一个实例
    for method in ("fork", "spawn", "forkserver"):
        p = mp.get_context(method).Process(target=child, args=(method,))
        p.start()
        p.join()
    print(f"父进程：gnum = {gnum}，num_list = {num_list}，"
          f"Counter.instances = {Counter.instances}")
