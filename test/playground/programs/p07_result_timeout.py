import threading
from concurrent.futures import Future, TimeoutError as FTimeout

f = Future()
threading.Timer(0.3, lambda: f.set_result("late")).start()
try:
    f.result(timeout=0.1)
except FTimeout:
    print("timed out, state:", f._state)
print("second wait:", f.result(timeout=1.0))
g = Future()
try:
    g.exception(timeout=0.05)
except FTimeout as e:
    print("exception() timed out too:", repr(e))
