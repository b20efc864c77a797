from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: print("A"))
def kb(fut):
    print("B raises KeyboardInterrupt")
    raise KeyboardInterrupt
f.add_done_callback(kb)
f.add_done_callback(lambda fut: print("C (never printed)"))
try:
    f.set_result(1)
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped set_result")
print(f, f.done())
