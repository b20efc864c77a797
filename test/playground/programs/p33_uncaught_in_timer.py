import threading

def explode():
    return {}["missing"]

t = threading.Timer(0.05, explode)
t.start()
t.join()
print("timer thread ended:", not t.is_alive())
