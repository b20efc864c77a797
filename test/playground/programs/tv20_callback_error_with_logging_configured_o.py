import logging
logging.basicConfig()
from concurrent.futures import Future
f = Future()
f.add_done_callback(lambda fut: 1 / 0)
f.cancel()
print("cancelled:", f.cancelled())
