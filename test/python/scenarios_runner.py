"""Runs a scenario's .py under CPython with shortened waits, for comparison with the simulation.

usage: python3 -u scenarios_runner.py SCRIPT SCALE LOG

* Every Timer interval and every result()/exception() timeout is multiplied by SCALE, so a
  5.0 s Timer waits 5.0 * SCALE s. Order is kept: deadlines shrink together.
* Timers whose deadlines tie are started back-to-back in CPython and may fire in any order
  (spec P-3); each Timer waits an extra 0.5 ms per Timer created before it, which gives ties
  the simulator's rule (start order) without reordering deadlines that are 50 ms apart.
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

script, scale, log_path = sys.argv[1], float(sys.argv[2]), sys.argv[3]
STAGGER = 0.0005

_created = [0]
_timer_init = threading.Timer.__init__


def _scaled_timer_init(self, interval, function, args=None, kwargs=None):
    _timer_init(self, interval * scale + _created[0] * STAGGER, function, args, kwargs)
    _created[0] += 1


threading.Timer.__init__ = _scaled_timer_init


def _scale_timeout(method):
    def scaled(self, timeout=None):
        return method(self, None if timeout is None else timeout * scale)

    return scaled


_base.Future.result = _scale_timeout(_base.Future.result)
_base.Future.exception = _scale_timeout(_base.Future.exception)

_print_lock = threading.Lock()
_log = open(log_path, "w", encoding="utf-8")
_real_print = builtins.print


def _atomic_print(*args, sep=" ", end="\n", file=None, flush=False):
    target = sys.stdout if file is None else file
    buffer = io.StringIO()
    _real_print(*args, sep=sep, end=end, file=buffer)
    text = buffer.getvalue()
    with _print_lock:
        target.write(text)
        target.flush()
        if target is sys.stdout:
            _log.write(json.dumps([threading.current_thread().name, text]) + "\n")
            _log.flush()


builtins.print = _atomic_print
runpy.run_path(script, run_name="__main__")
