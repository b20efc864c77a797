import threading
from concurrent.futures import Future

first, second = Future(), Future()
first.add_done_callback(lambda f: second.set_result(f.result() * 2))
second.add_done_callback(lambda f: print("second got", f.result(), "on", threading.current_thread().name))
t = threading.Timer(0.1, first.set_result, args=(21,))
t.start()
t.join()  # not second.result(): a woken main thread races the callbacks (spec P-2)
print("main sees", second.result())
