"""multiprocessing.shared_memory（3.8+）：一块有名字的共享内存，别的进程按名字连上去直接读写字节。"""
import multiprocessing as mp
from multiprocessing import shared_memory


def child_writes(name):
    shm = shared_memory.SharedMemory(name=name)  # 按名字连上已有的块
    shm.buf[:5] = b"hello"                       # 直接写字节，没有复制、没有 pickle
    shm.close()                                  # 子进程只断开自己的连接


def child_updates(sl):
    sl[0] += 1          # ShareableList：定长的共享列表（int、float、str、bytes 等）
    sl[2] = "changed"   # str 按 UTF-8 字节存放，不能超过创建时占的空间


if __name__ == "__main__":
    shm = shared_memory.SharedMemory(create=True, size=16)
    try:
        p = mp.Process(target=child_writes, args=(shm.name,))
        p.start()
        p.join()
        print(f"父进程读到：{bytes(shm.buf[:5])}")
    finally:
        shm.close()
        shm.unlink()  # 只由创建者释放，且只释放一次

    sl = shared_memory.ShareableList([41, 3.14, "original"])
    try:
        p = mp.Process(target=child_updates, args=(sl,))
        p.start()
        p.join()
        print(f"ShareableList：{list(sl)}")
    finally:
        sl.shm.close()
        sl.shm.unlink()
