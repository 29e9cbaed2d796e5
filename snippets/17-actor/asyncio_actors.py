"""asyncio 版的 actor：每个 actor 一个 asyncio.Queue 当信箱、一个任务按顺序处理消息。"""
import asyncio

STOP = object()  # 让 actor 退出的特殊消息


class Actor:
    def __init__(self, name):
        self.name = name
        self.mailbox = asyncio.Queue()
        self.task = asyncio.create_task(self._run(), name=name)

    def tell(self, msg):
        """投递一条消息，立即返回（不等对方处理）。"""
        self.mailbox.put_nowait(msg)

    async def stop(self):
        self.tell(STOP)      # 排在已有消息之后：先处理完信箱里的，再退出
        await self.task

    async def _run(self):
        while (msg := await self.mailbox.get()) is not STOP:
            await self.receive(msg)   # 一次只处理一条消息，自己的状态不需要锁
            await asyncio.sleep(0)    # 处理完一条就让出，别的 actor 有机会运行

    async def receive(self, msg):
        raise NotImplementedError


class Printer(Actor):
    async def receive(self, msg):
        print(self.name, msg)


class Counter(Actor):
    def __init__(self, name, directory, done):
        super().__init__(name)
        self.directory = directory  # 名字 -> actor，相当于生成器版本调度器里的 _actors
        self.done = done

    async def receive(self, n):
        print("counter:", n)
        if n == 0:
            self.done.set()
            return
        self.directory["say_hello"].tell(n)
        self.directory["say_hi"].tell(n)
        self.tell(n - 1)


async def main():
    directory, done = {}, asyncio.Event()
    directory["say_hello"] = Printer("say hello")
    directory["say_hi"] = Printer("say hi")
    directory["counter"] = Counter("counter", directory, done)
    directory["counter"].tell(3)
    await done.wait()
    for actor in directory.values():
        await actor.stop()
    print(f"所有 actor 都已退出：{all(a.task.done() for a in directory.values())}")


asyncio.run(main())
