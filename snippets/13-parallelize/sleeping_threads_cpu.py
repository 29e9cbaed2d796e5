"""睡眠中的线程不占 CPU：100 个线程各睡 0.2 秒，整个进程几乎没用 CPU 时间。"""
# snippet: vary=约 \d+\.\d+ 秒
import threading
import time

wall_start, cpu_start = time.perf_counter(), time.process_time()
threads = [threading.Thread(target=time.sleep, args=(0.2,)) for _ in range(100)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - wall_start
cpu = time.process_time() - cpu_start  # 本进程所有线程用掉的 CPU 时间之和

print(f"墙钟时间：约 {wall:.1f} 秒；CPU 时间：约 {cpu:.2f} 秒")
print(f"CPU 时间不到墙钟时间的一半：{cpu < wall / 2}")
