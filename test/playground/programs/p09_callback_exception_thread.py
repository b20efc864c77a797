import threading
from concurrent.futures import Future

def bad(fut):
    raise KeyError(fut.result())

f = Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: print("second callback on", threading.current_thread().name))
t = threading.Timer(0.1, f.set_result, args=("key",))
t.start()
t.join()  # not f.result(): a woken main thread races the callbacks in CPython (spec P-2)
print("result", f.result())
