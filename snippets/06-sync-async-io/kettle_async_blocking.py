"""异步阻塞：响水壶会在水开时通知（回调），老张却站在灶台前干等，异步的好处没用上。"""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

fire = threading.Event()
heard = threading.Event()


def boil():
    fire.wait()  # 点火之后才开始烧
    time.sleep(0.3)
    return "水开了"


def whistle(future):
    """回调：水壶烧好时由执行它的线程调用，相当于“嘀——”一声。"""
    print(f"响水壶：嘀——{future.result()}")
    heard.set()


with ThreadPoolExecutor(max_workers=1) as stove:
    kettle = stove.submit(boil)  # 提交后立刻返回一个 Future，并不等水开：这是“异步”
    kettle.add_done_callback(whistle)  # 水开时通知我
    print("老张：水壶放上了，submit() 已经返回，水开了吗？", kettle.done())
    print("老张：点上火，就站在灶台前等它响（阻塞在 heard.wait()）")
    start = time.monotonic()
    fire.set()
    heard.wait()
    waited = time.monotonic() - start
    print("老张：听到了，去拿壶。刚才干等了至少 0.3 秒：", round(waited, 2) >= 0.3)
