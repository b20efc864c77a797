import concurrent.futures as cf
f = cf.Future()
for method in (f.result, f.exception):
    try:
        method(timeout=0.01)
    except cf.TimeoutError as e:
        print(method.__name__, type(e).__module__, type(e).__qualname__, repr(e), isinstance(e, TimeoutError), isinstance(e, OSError))
f.set_running_or_notify_cancel()
try:
    f.result(timeout=0)
except cf.TimeoutError:
    print("running future still times out")
