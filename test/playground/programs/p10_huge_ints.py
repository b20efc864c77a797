import threading
from concurrent.futures import Future

f = Future()
threading.Timer(0.05, lambda: f.set_result(2 ** 200 - 1)).start()
v = f.result()
print(v)
print(v.bit_length(), v % 97, -v // 3)
print(10 ** 50 + 1, f)
