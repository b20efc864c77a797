import threading
from concurrent.futures import Future
import time
t0 = time.monotonic()

def network_request_async(number):
    future = Future()
    result = {"success": True, "result": number ** 2}
    timer = threading.Timer(0.3, lambda: future.set_result(result))
    timer.start()
    return future

def fetch_square(number):
    fut = network_request_async(number)
    def on_done_future(future):
        response = future.result()
        if response["success"]:
            print("Result is: {}".format(response["result"]))
            print("elapsed %.0f s, thread %s, %r" % (time.monotonic() - t0, threading.current_thread().name, response))
    fut.add_done_callback(on_done_future)

print(fetch_square(2))
print("main thread finished")
