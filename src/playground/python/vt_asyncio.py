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
    vt_asyncio.install_once(); undo = vt_asyncio.begin(rec, waits)  # ... run ...; undo()
"""
import ast
import asyncio
import asyncio.runners
import itertools
import sys
import threading
import traceback
import _threading_local
from asyncio import base_events, events, futures, tasks

import vt_rewrite
import vt_sched

PyFuture, PyTask = futures._PyFuture, tasks._PyTask
_STEP, _WAKEUP = PyTask._Task__step, PyTask._Task__wakeup

rec = None        # the Recorder of the running program
waits = None      # its vt_waits.Waits
_state = None     # the running program's _RunState
_installed = False
_hidden = set()   # code objects of methods that are C code in CPython (not in tracebacks)


class _RunState:
    """Numbering and bookkeeping of one run."""

    def __init__(self, source):
        self.loops = itertools.count(1)
        self.handles = itertools.count(1)
        self.tasks = itertools.count(1)
        self.meta = {}            # id(handle) -> its handle.schedule fields (no reference kept)
        self.pending_done = None  # (future, callback id) while a done-callback is scheduled
        self.raised = {}          # id(handle) -> the exception its callback raised
        self.awaits = _await_texts(source)
        self.names = {}           # library future names given so far -> count


def _await_texts(source):
    """line -> the source text of each `await X` on it (X, as the program writes it)."""
    found = {}
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return found
    for node in ast.walk(tree):
        if isinstance(node, ast.Await):
            text = ast.get_source_segment(source, node.value)
            if text:
                found.setdefault(node.lineno, []).append((node.col_offset, " ".join(text.split())))
    for line in found:
        found[line].sort()
    return found


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
        if waits is not None:
            waits.enter("select", f"loop {loop._vt_id}", [], None, sys._getframe(0))
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
        self._vt_id = next(_state.loops) if _state is not None else 0
        self._vt_turn = 0
        self._vt_selecting = None
        _emit("loop.start", loop=self._vt_id)

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
            _emit("loop.close", loop=self._vt_id)


class _Local(_threading_local.local):
    _loop = None


class VPolicy(events._BaseDefaultEventLoopPolicy):
    """`asyncio.run()` and `new_event_loop()` make a VLoop; the current loop is per thread."""

    _loop_factory = VLoop

    def __init__(self):
        super().__init__()
        self._local = _Local()


# -- the hooks the rewritten stdlib methods call (as `_vta`) ------------------------------
def _emit(type_, **fields):
    return rec.emit(type_, **fields) if rec is not None and _state is not None else None


def _ours(loop):
    return _state is not None and isinstance(loop, VLoop)


def _cause_from(ev, by):
    return None if ev is None else {"seq": ev["seq"], "thread": ev["thread"], "by": by}


class Hooks:
    @staticmethod
    def scheduled(loop, handle, threadsafe=False):
        if not _ours(loop):
            return
        cb = handle._callback
        owner, func = getattr(cb, "__self__", None), getattr(cb, "__func__", None)
        info = {"type": "handle.schedule", "loop": loop._vt_id, "handle": next(_state.handles),
                "fn": "", "when": None, "via": "call_soon", "cause": None}
        done = _state.pending_done
        _state.pending_done = None
        if isinstance(owner, PyTask) and func in (_STEP, _WAKEUP) and "_vt_task" in owner.__dict__:
            info["via"] = "task-step"
            if func is _WAKEUP and handle._args:
                fut = handle._args[0]
                info["fn"] = "Task.task_wakeup"
                info["cause"] = fut.__dict__.get("_vt_done_cause")
                if "_vt_id" in fut.__dict__:
                    info["future"] = fut._vt_id
            else:
                info["fn"] = "Task.__step"
            info["task"] = owner._vt_task
        else:
            info["fn"] = _callable_name(cb)
            if done is not None:
                fut, cid = done
                info.update(via="done-callback", cause=fut.__dict__.get("_vt_done_cause"),
                            future=fut._vt_id)
                if cid is not None:
                    info["callback"] = cid
            elif threadsafe:
                info["via"] = "call_soon_threadsafe"
                me = vt_sched.S.name(vt_sched.S.current)
                info["cause"] = {"seq": rec.last_seq.get(me), "thread": me,
                                 "by": "call_soon_threadsafe()"}
            elif isinstance(handle, events.TimerHandle):
                info["when"] = round(handle._when * 1e6)
                caller = sys._getframe(2).f_code.co_name
                info["via"] = "call_later" if caller == "call_later" else "call_at"
        fields = {k: v for k, v in info.items() if k != "type"}
        _emit("handle.schedule", **fields)
        _state.meta[id(handle)] = info

    @staticmethod
    def turn(loop):
        if not _ours(loop) or not loop._ready:
            return
        loop._vt_turn += 1
        ids = [m["handle"] for h in loop._ready if (m := _state.meta.get(id(h)))]
        _emit("loop.turn", loop=loop._vt_id, turn=loop._vt_turn, ready=ids)

    @staticmethod
    def run(loop, handle):
        if not _ours(loop):
            return
        info = _state.meta.get(id(handle))
        if info is None:
            return
        info["ran"] = True
        _emit("handle.run", loop=loop._vt_id, handle=info["handle"], turn=loop._vt_turn)
        if info["via"] == "done-callback" and "callback" in info:
            _emit("callback.invoke", future=info["future"], callback=info["callback"],
                  cause=info["cause"])

    @staticmethod
    def ran(loop, handle):
        if not _ours(loop):
            return
        info = _state.meta.pop(id(handle), None)
        exc = _state.raised.pop(id(handle), None)
        if info is None:
            return
        if info["via"] == "done-callback" and "callback" in info:
            if exc is None:
                _emit("callback.return", future=info["future"], callback=info["callback"])
            else:
                _emit("callback.raise", future=info["future"], callback=info["callback"],
                      exception=_safe_repr(exc), logged=True)

    @staticmethod
    def raised(handle, exc):
        if _state is not None and id(handle) in _state.meta:
            _state.raised[id(handle)] = exc

    @staticmethod
    def cancelled(handle):
        if _state is None:
            return
        info = _state.meta.get(id(handle))
        if info is not None and not info.get("ran"):
            _emit("handle.cancel", loop=info["loop"], handle=info["handle"])

    # futures
    @staticmethod
    def done_cb(fut, callback, ctx):
        if _state is not None and _ours(fut._loop):
            cid = fut.__dict__.get("_vt_cbs", {}).pop((id(callback), id(ctx)), None)
            _state.pending_done = (fut, cid) if "_vt_id" in fut.__dict__ else None

    @staticmethod
    def cb_add(fut, fn, context):
        """add_done_callback: told (not for a task's wakeup); returns the context to use."""
        if context is None:
            import contextvars
            context = contextvars.copy_context()
        if (_state is None or "_vt_id" not in fut.__dict__
                or getattr(fn, "__func__", None) is _WAKEUP):
            return context
        rec.callbacks += 1
        cid = rec.callbacks
        _emit("callback.add", future=fut._vt_id, callback=cid, name=_callable_name(fn),
              immediate=False)
        fut.__dict__.setdefault("_vt_cbs", {})[(id(fn), id(context))] = cid
        if fut._state != futures._PENDING:
            _state.pending_done = (fut, cid)
        return context

    # tasks
    @staticmethod
    def task_created(task):
        if _state is None or not _ours(task._loop):
            return
        _tell_future(task, task.get_name())
        task._vt_task = next(_state.tasks)
        _emit("task.create", task=task._vt_task, name=task.get_name(),
              coro=_coro_label(task._coro), future=task._vt_id)

    @staticmethod
    def step(task):
        if "_vt_task" in task.__dict__:
            _emit("task.step", task=task._vt_task)

    @staticmethod
    def stepped(task, result):
        """The coroutine suspended, having yielded `result` (a future it awaits, or None)."""
        if "_vt_task" not in task.__dict__:
            return
        ids = [result._vt_id] if isinstance(result, PyFuture) and "_vt_id" in result.__dict__ else []
        _emit("task.suspend", task=task._vt_task, on=_awaited_text(task, result), futures=ids)

    @staticmethod
    def finished(task):
        if "_vt_task" in task.__dict__:
            _emit("task.done", task=task._vt_task)


def _safe_repr(value):
    try:
        return repr(value)
    except Exception as e:
        return f"<repr failed: {e.__class__.__name__}>"


def _callable_name(fn):
    for attr in ("__qualname__", "__name__"):
        name = getattr(fn, attr, None)
        if name:
            return name
    inner = getattr(fn, "func", None)       # functools.partial
    return _callable_name(inner) if inner is not None else type(fn).__name__


def _coro_label(coro):
    """`fetch_square(2)`: the coroutine's name and the reprs of its arguments."""
    name = getattr(coro, "__name__", None) or type(coro).__name__
    frame = getattr(coro, "cr_frame", None)
    if frame is None:
        return f"{name}()"
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    args = [a for a in code.co_varnames[:count] if a not in ("self", "cls")]
    shown = []
    for a in args:
        text = _safe_repr(frame.f_locals.get(a))
        shown.append(text if len(text) <= 20 else text[:19] + "…")
    return f"{name}({', '.join(shown)})"


def _user_await_frame(task):
    """The innermost frame of the program's own code in the task's chain of awaits."""
    found, coro = None, task._coro
    while coro is not None:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None and frame.f_code.co_filename == rec.filename:
            found = frame
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return found


def _awaited_text(task, result):
    frame = _user_await_frame(task)
    texts = _state.awaits.get(frame.f_lineno) if frame is not None else None
    if texts:
        return texts[0][1]
    if isinstance(result, PyFuture):
        return result.__dict__.get("_vt_name") or "a future"
    return "the next turn" if result is None else _safe_repr(result)


def _future_repr(fut):
    try:
        return repr(fut)
    except Exception:
        return f"<{type(fut).__name__}>"


def _library_name(fut):
    """A future the program makes no variable for: `gather(…)`, `fut3 · asyncio` (wrap_future
    of fut3), `asyncio.sleep(0.5) · Task-2` (what the current task awaits), else None."""
    if type(fut).__name__ == "_GatheringFuture":
        return "gather(…)"
    f = sys._getframe(2)
    while f is not None and f.f_code.co_filename != rec.filename:
        if f.f_code.co_name == "wrap_future":
            inner = f.f_locals.get("future")
            name = getattr(inner, "_vt_name", None)
            if name:
                return f"{name} · asyncio"
        f = f.f_back
    if f is None:
        return None
    texts = _state.awaits.get(f.f_lineno)
    if not texts:
        return None
    task = tasks._py_current_task(fut._loop) if fut._loop.is_running() else None
    base = texts[0][1] + (f" · {task.get_name()}" if task is not None else "")
    n = _state.names.get(base, 0) + 1
    _state.names[base] = n
    return base if n == 1 else f"{base} #{n}"


def _tell_future(fut, name=None):
    rec.futures += 1
    fut._vt_id = rec.futures
    event = _emit("future.create", future=fut._vt_id, name=name or "",
                  address=f"{id(fut):#x}", repr=_future_repr(fut), kind="asyncio")
    if name is not None:
        fut._vt_name = name
        return
    own = rec.creation_name()
    library = None if own else _library_name(fut)
    if library is not None or event is None:
        fut._vt_name = library or rec.future_name(fut._vt_id)
        if event is not None:
            event["name"] = fut._vt_name
    else:
        rec.name_future(fut, event)


# -- the state of a future ------------------------------------------------------------------
def _get_state(self):
    return self.__dict__.get("_vt_state", futures._PENDING)


def _set_state(self, new):
    old = _get_state(self)
    self.__dict__["_vt_state"] = new
    if old == new or _state is None or "_vt_id" not in self.__dict__:
        return
    outcome = None
    if new == futures._FINISHED:
        e = self.__dict__.get("_exception")
        if e is not None:
            outcome = {"kind": "exception", "type": e.__class__.__name__, "repr": _safe_repr(e)}
        else:
            r = self.__dict__.get("_result")
            outcome = {"kind": "result", "type": r.__class__.__name__, "repr": _safe_repr(r)}
    ev = _emit("future.state", future=self._vt_id, **{"from": old}, to=new,
               repr=_future_repr(self), outcome=outcome)
    caller = sys._getframe(1).f_code.co_name
    by = caller if caller in ("set_result", "set_exception", "cancel") else (
        "cancel" if new == futures._CANCELLED else
        "set_exception" if outcome and outcome["kind"] == "exception" else "set_result")
    self.__dict__["_vt_done_cause"] = _cause_from(ev, by)


def _patch_future():
    F = PyFuture
    real_init = F.__init__

    def __init__(self, *, loop=None):
        real_init(self, loop=loop)
        if _state is not None and not isinstance(self, PyTask) and _ours(self._loop):
            _tell_future(self)

    __init__.__qualname__ = "Future.__init__"
    F.__init__ = __init__
    F._state = property(_get_state, _set_state)
    g, x = futures.__dict__, {"_vta": Hooks}
    vt_rewrite.patch_method(F, "_Future__schedule_callbacks", [
        ("self._loop.call_soon(callback, self, context=ctx)",
         "_vta.done_cb(self, callback, ctx); self._loop.call_soon(callback, self, context=ctx)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(F, "add_done_callback", [
        ("        if self._state != _PENDING:",
         "        if (context := _vta.cb_add(self, fn, context)) is not None and self._state != _PENDING:"),
    ], g, x, shared=True)
    # The words of CPython's C Future, which the pure-Python one words differently.
    vt_rewrite.patch_method(F, "result", [
        ("InvalidStateError('Result is not ready.')", "InvalidStateError('Result is not set.')"),
    ], g, x, shared=True)
    for name in ("set_result", "set_exception"):
        vt_rewrite.patch_method(F, name, [
            ("InvalidStateError(f'{self._state}: {self!r}')", "InvalidStateError('invalid state')"),
        ], g, x, shared=True)


def _patch_task():
    T = PyTask
    g, x = tasks.__dict__, {"_vta": Hooks}
    vt_rewrite.patch_method(T, "__init__", [
        ("            self._loop.call_soon(self.__step, context=self._context)",
         "            _vta.task_created(self); "
         "self._loop.call_soon(self.__step, context=self._context)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(T, "_Task__step_run_and_handle_result", [
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
    ], g, x, shared=True)
    # As CPython's C Task shows it: `cb=[Task.task_wakeup()]`.
    T._Task__wakeup.__qualname__ = "Task.task_wakeup"


def _patch_loop():
    B = base_events.BaseEventLoop
    g, x = base_events.__dict__, {"_vta": Hooks}
    vt_rewrite.patch_method(B, "_call_soon", [
        ("self._ready.append(handle)", "self._ready.append(handle); _vta.scheduled(self, handle)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(B, "call_soon_threadsafe", [
        ("self._ready.append(handle)",
         "self._ready.append(handle); _vta.scheduled(self, handle, True)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(B, "call_at", [
        ("timer._scheduled = True", "timer._scheduled = True; _vta.scheduled(self, timer)"),
    ], g, x, shared=True)
    vt_rewrite.patch_method(B, "_run_once", [
        ("ntodo = len(self._ready)", "ntodo = len(self._ready); _vta.turn(self)"),
        ("            else:\n                handle._run()\n",
         "            else:\n                _vta.run(self, handle); handle._run(); _vta.ran(self, handle)\n"),
    ], g, x, shared=True)
    H = events.Handle
    ge = events.__dict__
    vt_rewrite.patch_method(H, "cancel", [
        ("self._cancelled = True", "self._cancelled = True; _vta.cancelled(self)"),
    ], ge, x, shared=True)
    vt_rewrite.patch_method(H, "_run", [
        ("            cb = format_helpers._format_callback_source(",
         "            _vta.raised(self, exc); cb = format_helpers._format_callback_source("),
    ], ge, x, shared=True)


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
    global rec, waits, _state
    rec, waits, _state = recorder, run_waits, _RunState(source)
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
        global rec, waits, _state
        for mod, name, old in saved:
            setattr(mod, name, old)
        asyncio.run = saved_run
        events._event_loop_policy = saved_policy
        events._set_running_loop(saved_loop)
        tasks._current_tasks.clear()
        rec = waits = _state = None

    return undo

