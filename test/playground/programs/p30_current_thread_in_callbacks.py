import threading, time
from concurrent.futures import ThreadPoolExecutor

def cb(f):
    print("callback for", f.result(), "runs on", threading.current_thread().name)

with ThreadPoolExecutor(max_workers=2, thread_name_prefix="w") as ex:
    f = ex.submit(lambda: "job")
    f.result()
    f.add_done_callback(cb)
    g = ex.submit(lambda: time.sleep(0.1) or 2 ** 10)  # still running when the callback is added
    g.add_done_callback(cb)
print(threading.active_count(), threading.current_thread().name)
