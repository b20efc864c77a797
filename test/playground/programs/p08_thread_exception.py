import threading

def boom():
    raise ValueError("from a thread")

t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues after", t.name)
