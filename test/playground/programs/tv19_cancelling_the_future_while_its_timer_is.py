import threading
from concurrent.futures import Future
future = Future()
timer = threading.Timer(0.05, lambda: future.set_result(1))
timer.start()
print("cancel() ->", future.cancel())
timer.join()
print("after join:", future)
