"""Manager dict 里的普通列表：d['abc'][2] = 'f' 改的是取回来的副本，修改会丢失。"""
import multiprocessing as mp


def child_reassign(d):
    letters = d["abc"]   # 取回一份副本
    letters[2] = "f"     # 在副本上改
    d["abc"] = letters   # 整个写回去，管理进程才知道


if __name__ == "__main__":
    with mp.Manager() as manager:
        d = manager.dict()
        d["abc"] = list("asdf")   # 对代理赋值：管理进程里的 dict 被更新
        print(f"d['abc'] 取出来的类型：{type(d['abc']).__name__}")

        d["abc"][2] = "f"         # 坑：改的是 d['abc'] 返回的临时副本
        print(f"直接改嵌套的列表：  {d['abc']}")

        p = mp.Process(target=child_reassign, args=(d,))
        p.start()
        p.join()
        print(f"修正 1，取出-修改-写回（在子进程里做的）：{d['abc']}")

        d["xyz"] = manager.list("asdf")  # 修正 2：嵌套一个代理（3.6+）
        d["xyz"][2] = "f"                # d['xyz'] 取出来的是代理，修改转发给管理进程
        print(f"修正 2，嵌套 manager.list()：{list(d['xyz'])}")
