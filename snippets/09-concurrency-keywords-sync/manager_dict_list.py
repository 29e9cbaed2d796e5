"""Manager：由一个服务进程保管真正的 dict 和 list，其他进程通过代理（proxy）读写它们。"""
import multiprocessing


def func(shared_dict, shared_list):
    shared_dict["writer"] = multiprocessing.current_process().name
    shared_dict["answer"] = 42
    shared_list.append(5)
    shared_list[0] = -1


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:  # 启动管理器的服务进程，with 结束时关闭它
        mydict = manager.dict()  # 主进程与子进程共享这个字典
        mylist = manager.list(range(5))  # 以及这个列表
        print("代理对象的类型：", type(mydict).__name__, type(mylist).__name__)

        p = multiprocessing.Process(target=func, args=(mydict, mylist))
        p.start()
        p.join()

        print(mylist)  # 打印代理时显示的是服务进程里真正对象的内容
        print(mydict)
        print("复制成普通对象：", list(mylist), dict(mydict))
