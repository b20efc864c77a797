import threading
def show(): print("running in", threading.current_thread().name)
t = threading.Timer(0.01, show); t.start(); t.join()
u = threading.Thread(target=show); u.start(); u.join()
v = threading.Timer(0.01, show); v.start(); v.join()
w = threading.Thread(target=show, name="worker"); w.start(); w.join()
print(threading.current_thread().name)
