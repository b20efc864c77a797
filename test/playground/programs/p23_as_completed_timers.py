import threading
from concurrent.futures import Future, as_completed

def later(value, delay):
    f = Future()
    threading.Timer(delay, f.set_result, args=(value,)).start()
    return f

fs = [later("c", 0.3), later("a", 0.1), later("b", 0.2)]
print([f.result() for f in as_completed(fs)])
