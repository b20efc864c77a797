import threading
from concurrent.futures import ThreadPoolExecutor
gate = threading.Event()
def task(n):
    gate.wait()
    return n * 10
ex = ThreadPoolExecutor(max_workers=1)
a = ex.submit(task, 1)
b = ex.submit(task, 2)
import time; time.sleep(0.1)
print(a, b)
print("cancel running:", a.cancel(), "cancel queued:", b.cancel())
a.add_done_callback(lambda f: print("callback in", threading.current_thread().name, f))
gate.set()
ex.shutdown(wait=True)
print(a, b, a.result())
ex2 = ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool")
print(ex2.submit(lambda: threading.current_thread().name).result())
ex2.shutdown()
