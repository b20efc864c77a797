"""Swaps the lowest level of threading/time/queue for the virtual-time scheduler.

Example:
    S = vt_install.install(vt_sched.Sched(1000))
"""
import _threading_local
import itertools
import queue
import threading
import time

import vt_sched

_saved_atexits = None


def _named(func, name):
    """The replacement answers to the real function's name (thread names, reprs)."""
    func.__name__ = func.__qualname__ = name
    func.__module__ = "time"
    return func


def install(sched):
    """Make `sched` the running scheduler and reset per-run state of the stdlib."""
    global _saved_atexits
    vt_sched.S = sched
    threading._allocate_lock = vt_sched.VLock
    threading.Lock = vt_sched.VLock
    threading._CRLock = vt_sched.VRLock       # RLock() -> pure-Python RLock on VLock
    threading._ThreadHandle = vt_sched.VHandle
    threading._start_joinable_thread = vt_sched.start_joinable_thread
    threading.get_ident = lambda: vt_sched.S.current.ident
    threading._time = vt_sched.seconds
    time.sleep = _named(vt_sched.vsleep, "sleep")   # Thread(target=time.sleep) -> "(sleep)"
    time.monotonic = _named(lambda: vt_sched.seconds(), "monotonic")
    time.perf_counter = _named(lambda: vt_sched.seconds(), "perf_counter")
    time.time = _named(lambda: 1_700_000_000 + vt_sched.S.now / 1e6, "time")  # deterministic
    threading.local = _threading_local.local   # the C one is per OS thread: one for all
    queue.SimpleQueue = queue._PySimpleQueue  # the C one would block the OS thread
    queue.time = vt_sched.seconds
    # Fresh names and registries, as in a new process: Thread-1, ThreadPoolExecutor-0_0.
    threading._counter = itertools.count(1).__next__
    import concurrent.futures.thread as cft
    cft.ThreadPoolExecutor._counter = itertools.count().__next__
    cft._shutdown = False
    cft._threads_queues.clear()
    if _saved_atexits is None:
        _saved_atexits = list(threading._threading_atexits)
    threading._threading_atexits[:] = _saved_atexits
    threading._SHUTTING_DOWN = False
    main = threading._main_thread
    for ident in list(threading._active):
        if threading._active[ident] is not main:
            del threading._active[ident]
    threading._limbo.clear()
    threading._active_limbo_lock = vt_sched.VLock()   # real locks would hang the one OS thread
    cft._global_shutdown_lock = vt_sched.VLock()
    if not getattr(threading.excepthook, "_vt", False):
        real_hook = threading.excepthook

        def excepthook(args):
            if args.exc_type is not vt_sched.Killed:   # a stopped thread is not an error
                real_hook(args)

        excepthook._vt = True
        threading.excepthook = excepthook
    return sched


def shutdown_threads():
    """What the interpreter does at exit: threading atexits, then join non-daemon threads."""
    threading._SHUTTING_DOWN = True
    vt_sched.S.exiting = True
    for call in reversed(threading._threading_atexits):
        call()
    while True:
        main = threading.main_thread()
        live = [t for t in threading.enumerate() if t is not main and not t.daemon and t.is_alive()]
        if not live:
            return
        live[0].join()
