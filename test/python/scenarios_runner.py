"""Runs a scenario's .py under CPython with shortened waits, for comparison with the simulation.

usage: python3 -u scenarios_runner.py SCRIPT SCALE LOG [SLEEP_SCALE]   (or import it and call install())

* Every Timer interval and every result()/exception() timeout is multiplied by SCALE, so a
  5.0 s Timer waits 5.0 * SCALE s. Order is kept: deadlines shrink together.
* Timers whose deadlines tie are started back-to-back in CPython and may fire in any order
  (spec P-3). A Timer therefore runs its function only after every Timer started before it
  with an earlier or (within TIE) equal deadline has finished its own: the simulator's rule,
  ties broken by start order. Deadlines further apart are untouched.
* time.sleep(s) sleeps s * SLEEP_SCALE (default 1: unchanged), so a rerun can stretch the
  executor scenarios' gaps between jobs when a loaded machine missed one.
* print() writes each call as one piece (spec P-2: CPython may tear a line between threads)
  and records (thread name, text) in LOG, as JSON lines, for per-thread comparison.
Nothing else about the program changes: it runs as __main__ from its own path.
"""
import builtins
import concurrent.futures._base as _base
import io
import json
import runpy
import sys
import threading
import time

TIE = 0.02
scale = 1.0

_order = threading.Condition()
_started = []  # one dict per started Timer, in start order
_timer_init = threading.Timer.__init__
_timer_start = threading.Timer.start


def _scaled_timer_init(self, interval, function, args=None, kwargs=None):
    _timer_init(self, interval * scale, function, args, kwargs)


def _ordered_start(self):
    with _order:
        self._turn = {"deadline": time.monotonic() + self.interval, "done": False}
        _started.append(self._turn)
    _timer_start(self)


def _ordered_run(self):
    self.finished.wait(self.interval)
    me = self._turn
    with _order:
        earlier = _started[: _started.index(me)]
        _order.wait_for(
            lambda: all(t["done"] for t in earlier if t["deadline"] <= me["deadline"] + TIE)
        )
    try:
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
    finally:
        with _order:
            me["done"] = True
            _order.notify_all()


def _scale_timeout(method):
    def scaled(self, timeout=None):
        return method(self, None if timeout is None else timeout * scale)

    return scaled


_print_lock = threading.Lock()
_log = None
_real_print = builtins.print


def _atomic_print(*args, sep=" ", end="\n", file=None, flush=False):
    target = sys.stdout if file is None else file
    buffer = io.StringIO()
    _real_print(*args, sep=sep, end=end, file=buffer)
    text = buffer.getvalue()
    with _print_lock:
        target.write(text)
        target.flush()
        if target is sys.stdout and _log is not None:
            _log.write(json.dumps([threading.current_thread().name, text]) + "\n")
            _log.flush()


_real_sleep = time.sleep


def install(new_scale, log_path=None, sleep_scale=1.0):
    """Applies the shortened waits, the tie rule and atomic prints to this process."""
    global scale, _log
    scale = new_scale
    if sleep_scale != 1.0:
        time.sleep = lambda seconds: _real_sleep(seconds * sleep_scale)
    _log = open(log_path, "w", encoding="utf-8") if log_path else None
    threading.Timer.__init__ = _scaled_timer_init
    threading.Timer.start = _ordered_start
    threading.Timer.run = _ordered_run
    _base.Future.result = _scale_timeout(_base.Future.result)
    _base.Future.exception = _scale_timeout(_base.Future.exception)
    builtins.print = _atomic_print


if __name__ == "__main__":
    install(float(sys.argv[2]), sys.argv[3], float(sys.argv[4]) if len(sys.argv) > 4 else 1.0)
    runpy.run_path(sys.argv[1], run_name="__main__")
