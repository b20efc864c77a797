import threading

r = threading.RLock()

def nested(depth):
    with r:
        if depth:
            nested(depth - 1)
        else:
            print("deepest, owned:", r._is_owned())

t = threading.Thread(target=nested, args=(3,))
t.start(); t.join()
print(repr(r).split(" object")[0].split(" at ")[0])
nested(2)
