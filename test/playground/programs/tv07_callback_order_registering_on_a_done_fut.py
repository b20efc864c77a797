import threading
from concurrent.futures import Future
def make(tag):
    def cb(fut):
        print(tag, threading.current_thread().name, fut)
    return cb
f = Future()
f.add_done_callback(make("first"))
f.add_done_callback(make("second"))
print("callbacks registered")
f.set_result("ok")
print("set_result returned")
f.add_done_callback(make("late"))
print("add_done_callback returned")
