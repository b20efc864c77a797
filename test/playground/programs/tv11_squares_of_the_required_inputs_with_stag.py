import threading, time
from concurrent.futures import Future
def network_request_async(number, delay):
    future = Future()
    result = {"success": True, "result": number ** 2}
    timer = threading.Timer(delay, lambda: future.set_result(result))
    timer.start()
    return future
def fetch_square(number, delay):
    fut = network_request_async(number, delay)
    def on_done_future(future):
        response = future.result()
        if response["success"]:
            print("Result is: {}".format(response["result"]))
    fut.add_done_callback(on_done_future)
    return fut
futs = [fetch_square(n, 0.2 * (i + 1)) for i, n in enumerate([10**20, 2.5, -3, True, 0.1, 1e16, 3.0])]
futs[-1].result(); time.sleep(0.05)
print(futs[0].result())
