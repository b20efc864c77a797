"""What asyncio does, told as trace events (src/core/trace.ts: loop.*, handle.*, task.*,
asyncio futures): the hooks that vt_asyncio recompiles into asyncio's own methods call these
(as `_vta`), and the names the trace gives futures, tasks and awaits.

Example:
    vt_asyncio_trace.rec, vt_asyncio_trace.state = recorder, RunState(source)
"""
import ast
import itertools
import sys

from asyncio import events, futures, tasks

import vt_sched
from vt_hooks import _safe_repr
from vt_trace import call_text

PyFuture, PyTask = futures._PyFuture, tasks._PyTask
_STEP, _WAKEUP = PyTask._Task__step, PyTask._Task__wakeup

rec = None        # the Recorder of the running program
waits = None      # its vt_waits.Waits
state = None      # the running program's RunState


class RunState:
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


def emit(type_, **fields):
    return rec.emit(type_, **fields) if rec is not None and state is not None else None


def _ours(loop):
    """Is `loop` the program's (a VLoop), during a run?"""
    return state is not None and hasattr(loop, "_vt_turn")


def _cause_from(ev, by):
    return None if ev is None else {"seq": ev["seq"], "thread": ev["thread"], "by": by}


class Hooks:
    """What the recompiled asyncio methods call (as `_vta`); each does nothing outside a run
    or for a loop that is not the program's."""

    @staticmethod
    def scheduled(loop, handle, threadsafe=False):
        if not _ours(loop):
            return
        cb = handle._callback
        owner, func = getattr(cb, "__self__", None), getattr(cb, "__func__", None)
        info = {"loop": loop._vt_id, "handle": next(state.handles), "fn": "", "when": None,
                "via": "call_soon", "cause": None}
        done = state.pending_done
        state.pending_done = None
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
        emit("handle.schedule", **info)
        state.meta[id(handle)] = info

    @staticmethod
    def turn(loop):
        if not _ours(loop) or not loop._ready:
            return
        loop._vt_turn += 1
        ids = [m["handle"] for h in loop._ready if (m := state.meta.get(id(h)))]
        emit("loop.turn", loop=loop._vt_id, turn=loop._vt_turn, ready=ids)

    @staticmethod
    def run(loop, handle):
        if not _ours(loop):
            return
        info = state.meta.get(id(handle))
        if info is None:
            return
        info["ran"] = True
        emit("handle.run", loop=loop._vt_id, handle=info["handle"], turn=loop._vt_turn)
        if info["via"] == "done-callback" and "callback" in info:
            emit("callback.invoke", future=info["future"], callback=info["callback"],
                  cause=info["cause"])

    @staticmethod
    def ran(loop, handle):
        if not _ours(loop):
            return
        info = state.meta.pop(id(handle), None)
        exc = state.raised.pop(id(handle), None)
        if info is None:
            return
        if info["via"] == "done-callback" and "callback" in info:
            if exc is None:
                emit("callback.return", future=info["future"], callback=info["callback"])
            else:
                emit("callback.raise", future=info["future"], callback=info["callback"],
                      exception=_safe_repr(exc), logged=True)

    @staticmethod
    def raised(handle, exc):
        if state is not None and id(handle) in state.meta:
            state.raised[id(handle)] = exc

    @staticmethod
    def cancelled(handle):
        if state is None:
            return
        info = state.meta.get(id(handle))
        if info is not None and not info.get("ran"):
            emit("handle.cancel", loop=info["loop"], handle=info["handle"])

    # futures
    @staticmethod
    def done_cb(fut, callback, ctx):
        if state is not None and _ours(fut._loop):
            cid = fut.__dict__.get("_vt_cbs", {}).pop((id(callback), id(ctx)), None)
            state.pending_done = (fut, cid) if "_vt_id" in fut.__dict__ else None

    @staticmethod
    def cb_add(fut, fn, context):
        """add_done_callback: told (not for a task's wakeup); returns the context to use."""
        if context is None:
            import contextvars
            context = contextvars.copy_context()
        if (state is None or "_vt_id" not in fut.__dict__
                or getattr(fn, "__func__", None) is _WAKEUP):
            return context
        rec.callbacks += 1
        cid = rec.callbacks
        emit("callback.add", future=fut._vt_id, callback=cid, name=_callable_name(fn),
              immediate=False)
        fut.__dict__.setdefault("_vt_cbs", {})[(id(fn), id(context))] = cid
        if fut._state != futures._PENDING:
            state.pending_done = (fut, cid)
        return context

    # tasks
    @staticmethod
    def task_created(task):
        if state is None or not _ours(task._loop):
            return
        tell_future(task, task.get_name())
        task._vt_task = next(state.tasks)
        emit("task.create", task=task._vt_task, name=task.get_name(),
              coro=_coro_label(task._coro), future=task._vt_id)

    @staticmethod
    def step(task):
        if "_vt_task" in task.__dict__:
            emit("task.step", task=task._vt_task)

    @staticmethod
    def stepped(task, result):
        """The coroutine suspended, having yielded `result` (a future it awaits, or None)."""
        if "_vt_task" not in task.__dict__:
            return
        ids = [result._vt_id] if isinstance(result, PyFuture) and "_vt_id" in result.__dict__ else []
        emit("task.suspend", task=task._vt_task, on=_awaited_text(task, result), futures=ids)

    @staticmethod
    def finished(task):
        if "_vt_task" in task.__dict__:
            emit("task.done", task=task._vt_task)


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
    return f"{name}()" if frame is None else call_text(frame, name)


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
    texts = state.awaits.get(frame.f_lineno) if frame is not None else None
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
    texts = state.awaits.get(f.f_lineno)
    if not texts:
        return None
    task = tasks._py_current_task(fut._loop) if fut._loop.is_running() else None
    base = texts[0][1] + (f" · {task.get_name()}" if task is not None else "")
    n = state.names.get(base, 0) + 1
    state.names[base] = n
    return base if n == 1 else f"{base} #{n}"


def tell_future(fut, name=None):
    rec.futures += 1
    fut._vt_id = rec.futures
    event = emit("future.create", future=fut._vt_id, name=name or "",
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
def get_state(self):
    return self.__dict__.get("_vt_state", futures._PENDING)


def set_state(self, new):
    old = get_state(self)
    self.__dict__["_vt_state"] = new
    if old == new or state is None or "_vt_id" not in self.__dict__:
        return
    outcome = None
    if new == futures._FINISHED:
        e = self.__dict__.get("_exception")
        if e is not None:
            outcome = {"kind": "exception", "type": e.__class__.__name__, "repr": _safe_repr(e)}
        else:
            r = self.__dict__.get("_result")
            outcome = {"kind": "result", "type": r.__class__.__name__, "repr": _safe_repr(r)}
    ev = emit("future.state", future=self._vt_id, **{"from": old}, to=new,
               repr=_future_repr(self), outcome=outcome)
    caller = sys._getframe(1).f_code.co_name
    by = caller if caller in ("set_result", "set_exception", "cancel") else (
        "cancel" if new == futures._CANCELLED else
        "set_exception" if outcome and outcome["kind"] == "exception" else "set_result")
    self.__dict__["_vt_done_cause"] = _cause_from(ev, by)
