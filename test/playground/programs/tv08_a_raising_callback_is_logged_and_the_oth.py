from concurrent.futures import Future
def good(fut): print("good", fut.result())
def bad(fut): raise ValueError("oops")
f = Future()
f.add_done_callback(good)
f.add_done_callback(bad)
f.add_done_callback(good)
f.set_result(1)
print("after set_result")
