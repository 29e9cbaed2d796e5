"""管道 Pipe：一对相连的 Connection，一端 send()，另一端 recv()；对端全部关闭后 recv() 抛 EOFError。"""
from multiprocessing import Pipe, Process


def child(conn, other_end):
    # fork 出来的子进程继承了父进程打开的所有连接，包括父进程那一端；spawn、forkserver 的子进程
    # 只拿到作为参数传来的连接。这里把父进程那一端也传进来，再关掉它，三种启动方式下都对
    other_end.close()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            print("子进程：对端已关闭（EOFError），退出")
            break
        conn.send(message.upper())
    conn.close()


if __name__ == "__main__":
    parent_conn, child_conn = Pipe()  # 默认 duplex=True：两端都能收也能发
    p = Process(target=child, args=(child_conn, parent_conn))
    p.start()
    child_conn.close()  # 父进程用不到子进程那一端

    for word in ["hello", "pipe"]:
        parent_conn.send(word)  # 任何能 pickle 的对象都可以发
        print(f"父进程：发送 {word!r}，收到 {parent_conn.recv()!r}")
    print("父进程：poll(0.1)，还有没读的数据吗？", parent_conn.poll(0.1))
    parent_conn.close()
    p.join()

    reader, writer = Pipe(duplex=False)  # 单向管道：第一个只能收，第二个只能发
    writer.send([1, 2, 3])
    print("单向管道：", reader.recv())
    try:
        reader.send("x")
    except OSError as error:
        print(f"在只读的一端 send()：{type(error).__name__}: {error}")
