from concurrent.futures import Future, wait, as_completed, FIRST_COMPLETED
a, b = Future(), Future()
a.set_result(1)
print(wait([a], timeout=0))
r = wait([a, b], timeout=0.01)
print(len(r.done), len(r.not_done), r.done == {a}, r.not_done == {b})
print(len(wait([a, b], return_when=FIRST_COMPLETED).done))
try:
    for f in as_completed([a, b, b], timeout=0.01):
        print("yielded", f)
except TimeoutError as e:   # builtin name: only catches it on 3.11+
    print("TimeoutError:", e)
except Exception as e:
    print(type(e).__module__ + "." + type(e).__name__ + ":", e)
c = Future(); c.cancel()
print("cancelled-but-not-notified counts as done for wait():", len(wait([c], timeout=0).done) == 1)
c.set_running_or_notify_cancel()
print("after set_running_or_notify_cancel:", len(wait([c], timeout=0).done) == 1)
