"""3.10 起 threading 的驼峰式旧名字都已弃用：调用时发出 DeprecationWarning。"""
import threading

t = threading.Thread(target=print, args=("子线程在运行",))
t.setDaemon(True)                          # 新写法：t.daemon = True
print(t.getName())                         # 新写法：t.name
print(threading.currentThread().name)      # 新写法：threading.current_thread()
t.start()
t.join()
print(threading.activeCount())             # 新写法：threading.active_count()
