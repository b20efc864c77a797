from concurrent.futures import Future
f = Future()
f.set_running_or_notify_cancel()
try:
    f.set_running_or_notify_cancel()
except RuntimeError as e:
    print("RuntimeError:", e)
