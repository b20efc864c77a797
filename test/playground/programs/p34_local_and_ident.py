import threading

main_id = threading.get_ident()
seen = []
def f():
    seen.append(threading.get_ident() != main_id)
    seen.append(threading.current_thread() is not threading.main_thread())
t = threading.Thread(target=f); t.start(); t.join()
print(seen, threading.main_thread().name)
