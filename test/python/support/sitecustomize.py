"""Shortens the waits of oracle programs so the suite takes seconds.

Loaded by `python3` at start-up because the oracle puts this directory on PYTHONPATH.
VT_SCALE (e.g. 0.05) multiplies every Condition wait (Timer intervals, result/exception
timeouts, Event.wait) and time.sleep; time.monotonic is divided back, so programs still see
their own seconds. Patching these (not Timer or Future) keeps tracebacks byte-identical.
"""
import os
import threading
import time

_scale = float(os.environ.get("VT_SCALE", "1"))
if _scale != 1:
    _wait = threading.Condition.wait
    _sleep = time.sleep
    _mono = time.monotonic
    _t0 = _mono()

    def _scaled_wait(self, timeout=None):
        return _wait(self, None if timeout is None else timeout * _scale)

    def _scaled_sleep(seconds):
        _sleep(seconds * _scale)

    def _scaled_monotonic():
        return _t0 + (_mono() - _t0) / _scale

    threading.Condition.wait = _scaled_wait
    time.sleep = _scaled_sleep
    time.monotonic = _scaled_monotonic
