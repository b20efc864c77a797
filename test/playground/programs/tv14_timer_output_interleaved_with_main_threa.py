import threading, time
from concurrent.futures import Future
def fetch_square(number):
    future = Future()
    result = {"success": True, "result": number ** 2}
    threading.Timer(0.25, lambda: future.set_result(result)).start()
    future.add_done_callback(lambda f: print("Result is: {}".format(f.result()["result"])))
fetch_square(2)
for i in range(5):
    print("main tick", i)
    time.sleep(0.1)
print("main done")
