"""tell 与 ask：ask 在消息里附上一个 Future，actor 处理完把结果（或异常）放进去，提问者 await 它。"""
import asyncio


class Account:
    """一个银行账户 actor：余额只由它自己的任务读写。"""

    def __init__(self):
        self.balance = 0
        self.mailbox = asyncio.Queue()
        self.task = asyncio.create_task(self._run())

    def tell(self, *msg):
        self.mailbox.put_nowait((msg, None))

    async def ask(self, *msg):
        reply = asyncio.get_running_loop().create_future()
        self.mailbox.put_nowait((msg, reply))
        return await reply

    async def stop(self):
        self.mailbox.put_nowait((None, None))
        await self.task

    async def _run(self):
        while True:
            msg, reply = await self.mailbox.get()
            if msg is None:
                return
            try:
                result = self.handle(*msg)
            except Exception as exc:
                if reply is None:
                    print(f"  tell 的消息 {msg} 出错，没人等结果：{exc}")
                else:
                    reply.set_exception(exc)  # 异常交给提问者
            else:
                if reply is not None:
                    reply.set_result(result)

    def handle(self, op, amount=0):
        if op == "deposit":
            self.balance += amount
        elif op == "withdraw":
            if amount > self.balance:
                raise ValueError(f"余额 {self.balance}，不够取 {amount}")
            self.balance -= amount
        return self.balance


async def client(account, times):
    for _ in range(times):
        account.tell("deposit", 1)
        await asyncio.sleep(0)  # 让各个客户交替发消息


async def main():
    account = Account()
    # 4 个客户各存 250 次
    await asyncio.gather(*(client(account, 250) for _ in range(4)))
    print(f"ask 余额：{await account.ask('balance')}")
    try:
        await account.ask("withdraw", 5000)
    except ValueError as exc:
        print(f"ask 取 5000：ValueError: {exc}")
    account.tell("withdraw", 5000)
    print(f"ask 取 300 之后的余额：{await account.ask('withdraw', 300)}")
    await account.stop()


asyncio.run(main())
