import threading
from concurrent.futures import Future

f = Future()
threading.Timer(0.05, f.set_result, args=("ready",)).start()
spins = 0
while not f.done():
    spins += 1
print("busy-wait saw", f.result(), "after spinning:", spins > 0)
