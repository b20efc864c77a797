import threading, time

def long():
    time.sleep(0.3)
    print("long done")

t = threading.Thread(target=long, daemon=False)
t.start()
t.join(timeout=0.1)
print("alive after short join:", t.is_alive())
t.join()
print("alive after full join:", t.is_alive())
