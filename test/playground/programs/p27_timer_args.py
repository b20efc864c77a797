import threading

def greet(name, punct="!"):
    print(f"hello {name}{punct}", threading.current_thread().name)

t1 = threading.Timer(0.1, greet, args=["ada"])
t2 = threading.Timer(0.2, greet, args=["bob"], kwargs={"punct": "?"})
t1.start(); t2.start()
t1.join(); t2.join()
print(t1.finished.is_set(), t2.finished.is_set())
