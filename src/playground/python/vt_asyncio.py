"""asyncio on the virtual-time threads, told as the core tells it (src/core/trace.ts: loop.*,
handle.*, task.*, asyncio futures, the idle loop's `select` wait).

The loop is CPython's own BaseEventLoop; only its selector is ours: with nothing ready it
parks the loop's thread until the next timer is due (virtual time, so a 5-second sleep
costs nothing) or until another thread calls `call_soon_threadsafe`. Futures and tasks are
asyncio's pure-Python ones (`_PyFuture`, `_PyTask`), which CPython keeps beside the C ones:
Pyodide's own loop (on which every green thread is a task) uses the C classes and their
per-thread-state bookkeeping, so ours stay apart, and their methods can carry hooks. Their
frames are C frames in CPython, so tracebacks leave them out.

Example:
    vt_asyncio.install_once(); undo = vt_asyncio.begin(rec, waits, source)  # ... run ...; undo()
"""
import asyncio
import asyncio.runners
import itertools
import sys
import traceback
import _threading_local
from asyncio import base_events, events, futures, tasks

import vt_asyncio_trace as T
import vt_rewrite
import vt_sched

PyFuture, PyTask = futures._PyFuture, tasks._PyTask
_installed = False
_hidden = set()   # code objects of methods that are C code in CPython (not in tracebacks)


# -- the loop ----------------------------------------------------------------------------
class VSelector:
    """The loop's selector: waits in virtual time, for the next timer or a threadsafe call."""

    def __init__(self, loop):
        self.loop = loop

    def select(self, timeout=None):
        S = vt_sched.S
        loop = self.loop
        if timeout is not None and timeout <= 0:
            return []
        if timeout is None:
            until = None
        elif loop._scheduled and timeout < base_events.MAXIMUM_SELECT_TIMEOUT:
            until = round(loop._scheduled[0]._when * 1e6)   # the timer's own µs: never early
        else:
            until = S.now + round(timeout * 1e6)
        if until is not None and until <= S.now:
            return []
        if T.waits is not None:
            T.waits.enter("select", f"loop {loop._vt_id}", [], None, sys._getframe(0))
            if S.current.wait is not None:
                S.current.wait.until = until
        loop._vt_selecting = S.current
        try:
            S.park(until, "event loop idle" if until is not None
                   else "event loop idle: nothing scheduled")
        finally:
            loop._vt_selecting = None
        return []

    def close(self):
        pass


class VLoop(base_events.BaseEventLoop):
    """CPython's BaseEventLoop with the virtual-time selector."""

    def __init__(self):
        super().__init__()
        self._selector = VSelector(self)
        self._clock_resolution = 1e-9      # as on Linux: a timer due now runs now
        self._vt_id = next(T.state.loops) if T.state is not None else 0
        self._vt_turn = 0
        self._vt_selecting = None
        T.emit("loop.start", loop=self._vt_id)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        g = self._vt_selecting
        if g is not None:
            self._vt_selecting = None
            vt_sched.S.unpark(g, "notified", by="call_soon_threadsafe()")

    def close(self):
        was_closed = self.is_closed()
        super().close()
        if not was_closed:
            T.emit("loop.close", loop=self._vt_id)


class _Local(_threading_local.local):
    _loop = None


class VPolicy(events._BaseDefaultEventLoopPolicy):
    """`asyncio.run()` and `new_event_loop()` make a VLoop; the current loop is per thread."""

    _loop_factory = VLoop

    def __init__(self):
        super().__init__()
        self._local = _Local()


def _patcher(module):
    """Recompiles a method of `module` with hooks (`_vta`), in the module's own globals."""
    def patch(cls, name, replacements):
        vt_rewrite.patch_method(cls, name, replacements, module.__dict__, {"_vta": T.Hooks},
                                shared=True)
    return patch


def _patch_future():
    F = PyFuture
    real_init = F.__init__

    def __init__(self, *, loop=None):
        real_init(self, loop=loop)
        if T.state is not None and not isinstance(self, PyTask) and T._ours(self._loop):
            T.tell_future(self)

    __init__.__qualname__ = "Future.__init__"
    F.__init__ = __init__
    F._state = property(T.get_state, T.set_state)
    patch = _patcher(futures)
    patch(F, "_Future__schedule_callbacks", [
        ("self._loop.call_soon(callback, self, context=ctx)",
         "_vta.done_cb(self, callback, ctx); self._loop.call_soon(callback, self, context=ctx)"),
    ])
    patch(F, "add_done_callback", [
        ("        if self._state != _PENDING:",
         "        if (context := _vta.cb_add(self, fn, context)) is not None and self._state != _PENDING:"),
    ])
    # The words of CPython's C Future, which the pure-Python one words differently.
    patch(F, "result", [
        ("InvalidStateError('Result is not ready.')", "InvalidStateError('Result is not set.')"),
    ])
    for name in ("set_result", "set_exception"):
        patch(F, name, [
            ("InvalidStateError(f'{self._state}: {self!r}')", "InvalidStateError('invalid state')"),
        ])


def _patch_task():
    T = PyTask
    patch = _patcher(tasks)
    patch(T, "__init__", [
        ("            self._loop.call_soon(self.__step, context=self._context)",
         "            _vta.task_created(self); "
         "self._loop.call_soon(self.__step, context=self._context)"),
    ])
    patch(T, "_Task__step_run_and_handle_result", [
        ("        coro = self._coro", "        coro = self._coro; _vta.step(self)"),
        ("        except StopIteration as exc:\n            if self._must_cancel:",
         "        except StopIteration as exc:\n            if _vta.finished(self) or self._must_cancel:"),
        ("        except exceptions.CancelledError as exc:\n"
         "            # Save the original exception so we can chain it later.\n"
         "            self._cancelled_exc = exc",
         "        except exceptions.CancelledError as exc:\n"
         "            # Save the original exception so we can chain it later.\n"
         "            self._cancelled_exc = exc; _vta.finished(self)"),
        ("        except (KeyboardInterrupt, SystemExit) as exc:\n            super().set_exception(exc)",
         "        except (KeyboardInterrupt, SystemExit) as exc:\n            _vta.finished(self); super().set_exception(exc)"),
        ("        except BaseException as exc:\n            super().set_exception(exc)",
         "        except BaseException as exc:\n            _vta.finished(self); super().set_exception(exc)"),
        ("            blocking = getattr(result, '_asyncio_future_blocking', None)",
         "            blocking = getattr(result, '_asyncio_future_blocking', None); "
         "_vta.stepped(self, result)"),
    ])
    # As CPython's C Task shows it: `cb=[Task.task_wakeup()]`.
    T._Task__wakeup.__qualname__ = "Task.task_wakeup"


def _patch_loop():
    B = base_events.BaseEventLoop
    patch, patch_events = _patcher(base_events), _patcher(events)
    patch(B, "_call_soon", [
        ("self._ready.append(handle)", "self._ready.append(handle); _vta.scheduled(self, handle)"),
    ])
    patch(B, "call_soon_threadsafe", [
        ("self._ready.append(handle)",
         "self._ready.append(handle); _vta.scheduled(self, handle, True)"),
    ])
    patch(B, "call_at", [
        ("timer._scheduled = True", "timer._scheduled = True; _vta.scheduled(self, timer)"),
    ])
    patch(B, "_run_once", [
        ("ntodo = len(self._ready)", "ntodo = len(self._ready); _vta.turn(self)"),
        ("            else:\n                handle._run()\n",
         "            else:\n                _vta.run(self, handle); handle._run(); _vta.ran(self, handle)\n"),
    ])
    H = events.Handle
    patch_events(H, "cancel", [
        ("self._cancelled = True", "self._cancelled = True; _vta.cancelled(self)"),
    ])
    patch_events(H, "_run", [
        ("            cb = format_helpers._format_callback_source(",
         "            _vta.raised(self, exc); cb = format_helpers._format_callback_source("),
    ])


def _gathering_future():
    """tasks._GatheringFuture on the pure-Python Future (CPython's subclasses the C one)."""
    import inspect
    lines, start = inspect.getsourcelines(tasks._GatheringFuture)
    src = "\n" * (start - 1) + "".join(lines).replace(
        "class _GatheringFuture(futures.Future):", "class _GatheringFuture(futures._PyFuture):")
    scope = {}
    exec(compile(src, tasks.__file__, "exec"), dict(tasks.__dict__), scope)
    cls = scope["_GatheringFuture"]
    cls.__module__ = tasks.__name__
    return cls


# -- tracebacks: the pure-Python Future and Task are C code in CPython ---------------------
def _filtered(walk):
    def walker(tb, *args, **kwargs):
        for frame, pos in walk(tb, *args, **kwargs):
            if frame.f_code not in _hidden:
                yield frame, pos
    walker.__name__ = walk.__name__
    return walker


def _hide_methods(*classes):
    for cls in classes:
        for value in cls.__dict__.values():
            func = getattr(value, "fget", value)
            for f in (func, getattr(value, "fset", None)):
                code = getattr(f, "__code__", None)
                if code is not None:
                    _hidden.add(code)


def install_once():
    global _installed, _GATHERING
    if _installed:
        return
    _patch_future()
    _patch_task()
    _patch_loop()
    _GATHERING = _gathering_future()
    _hide_methods(PyFuture, PyTask)
    traceback.walk_tb = _filtered(traceback.walk_tb)
    traceback._walk_tb_with_full_positions = _filtered(traceback._walk_tb_with_full_positions)
    _installed = True


_GATHERING = None
_SWAPS = (
    (asyncio, "Future", lambda: PyFuture), (futures, "Future", lambda: PyFuture),
    (asyncio, "Task", lambda: PyTask), (tasks, "Task", lambda: PyTask),
    (tasks, "_GatheringFuture", lambda: _GATHERING),
    (asyncio, "current_task", lambda: tasks._py_current_task),
    (tasks, "current_task", lambda: tasks._py_current_task),
    (asyncio, "all_tasks", lambda: tasks._py_all_tasks),
    (tasks, "all_tasks", lambda: tasks._py_all_tasks),
)


def begin(recorder, run_waits, source):
    """Make asyncio's names point at the pure-Python classes and our loop for one run;
    returns the function that puts everything back."""
    T.rec, T.waits, T.state = recorder, run_waits, T.RunState(source)
    saved = [(mod, name, getattr(mod, name)) for mod, name, _ in _SWAPS]
    for mod, name, new in _SWAPS:
        setattr(mod, name, new())
    saved_run = asyncio.run
    asyncio.run = asyncio.runners.run          # Pyodide's wrapper would run on its own loop
    saved_policy = events._get_event_loop_policy()
    events._event_loop_policy = VPolicy()
    tasks._task_name_counter = itertools.count(1).__next__
    tasks._current_tasks.clear()
    saved_loop = events._get_running_loop()
    events._set_running_loop(None)             # the program's MainThread runs no loop yet

    def undo():
        for mod, name, old in saved:
            setattr(mod, name, old)
        asyncio.run = saved_run
        events._event_loop_policy = saved_policy
        events._set_running_loop(saved_loop)
        tasks._current_tasks.clear()
        T.rec = T.waits = T.state = None

    return undo

