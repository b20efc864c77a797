import threading, time
from concurrent.futures import ThreadPoolExecutor

def who(i):
    time.sleep(0.05 * (3 - i))
    return i, threading.current_thread().name

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(who, range(3))))
with ThreadPoolExecutor(max_workers=1) as ex:
    print(ex.submit(who, 2).result())
