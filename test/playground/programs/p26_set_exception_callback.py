from concurrent.futures import Future

f = Future()
f.add_done_callback(lambda fut: print("exception seen:", repr(fut.exception())))
f.set_exception(RuntimeError("network down"))
try:
    f.result()
except RuntimeError as e:
    print("caught", e)
print(f)
