from concurrent.futures import Future
f = Future()
print(f, f.running(), f.done(), f.cancelled())
print(f.set_running_or_notify_cancel())
print(f, f.running(), f.done(), f.cancelled())
f.set_result(4)
print(f, f.running(), f.done(), f.cancelled())
print(f.result(), f.exception())
