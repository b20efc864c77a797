import threading, time

fired = []
a = threading.Timer(0.2, lambda: fired.append("a"))
b = threading.Timer(0.1, lambda: fired.append("b"))
a.start(); b.start()
time.sleep(0.15)
print("cancel a:", a.cancel(), "alive:", a.is_alive())
a.join(); b.join()
b.cancel()
print("fired", fired, "alive", a.is_alive(), b.is_alive())
