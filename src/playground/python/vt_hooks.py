"""Hooks in Future and Timer that report their life to the Recorder (trace events);
the blocking calls are vt_blocking's.

Futures and timers keep CPython's code: their methods are recompiled with one-line hooks
(vt_rewrite), so tracebacks show the same files, lines and carets as CPython.

Example:
    vt_hooks.install_once(); vt_hooks.rec = Recorder(...)
"""
import sys
import threading
from concurrent.futures import _base

import vt_rewrite
import vt_sched

rec = None          # the Recorder of the running program
_installed = False
_DONE = (_base.CANCELLED, _base.CANCELLED_AND_NOTIFIED, _base.FINISHED)


def future_repr(f):
    """Future.__repr__ without taking the future's lock (called while it is held)."""
    state = f.__dict__.get("_vt_state")
    desc = _base._STATE_TO_DESCRIPTION_MAP[state]
    head = f"<{f.__class__.__name__} at {id(f):#x} state={desc}"
    if state == _base.FINISHED:
        if f._exception:
            return f"{head} raised {f._exception.__class__.__name__}>"
        return f"{head} returned {f._result.__class__.__name__}>"
    return head + ">"


def _safe_repr(value):
    try:
        return repr(value)
    except Exception as e:    # e.g. an int beyond sys.get_int_max_str_digits()
        return f"<repr failed: {e.__class__.__name__}>"


def outcome(f):
    if f._exception is not None:
        e = f._exception
        return {"kind": "exception", "type": e.__class__.__name__, "repr": _safe_repr(e)}
    r = f._result
    return {"kind": "result", "type": r.__class__.__name__, "repr": _safe_repr(r)}


def _get_state(self):
    return self.__dict__["_vt_state"]


def _set_state(self, new):
    old = self.__dict__.get("_vt_state")
    self.__dict__["_vt_state"] = new
    if old is not None and old != new and rec is not None and "_vt_id" in self.__dict__:
        ev = rec.emit("future.state", future=self._vt_id, **{"from": old}, to=new,
                      repr=future_repr(self),
                      outcome=outcome(self) if new == _base.FINISHED else None)
        if ev is not None and new in (_base.CANCELLED, _base.FINISHED):
            # What made it done, for the callbacks it runs (callback.invoke's cause).
            self.__dict__["_vt_done_cause"] = {"seq": ev["seq"], "thread": ev["thread"],
                                               "by": _completion_by(self, new)}


def _completion_by(fut, new):
    caller = sys._getframe(2).f_code.co_name   # <- _set_state <- the method setting it
    if caller in ("set_result", "set_exception", "cancel"):
        return caller
    if new == _base.CANCELLED:
        return "cancel"
    return "set_exception" if fut._exception is not None else "set_result"


def name_of(fn):
    return getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)


class Hooks:
    """The functions the recompiled stdlib methods call (as `_vt`)."""

    @staticmethod
    def each_callback(fut):
        ids = fut.__dict__.setdefault("_vt_cb_ids", [])
        for i, cb in enumerate(fut._done_callbacks):
            if i >= len(ids):
                rec.callbacks += 1
                ids.append(rec.callbacks)
            rec.emit("callback.invoke", future=fut._vt_id, callback=ids[i],
                     cause=fut.__dict__.get("_vt_done_cause"))
            yield ids[i], cb

    @staticmethod
    def cb_add(fut, fn):
        rec.callbacks += 1
        cid = rec.callbacks
        immediate = fut._state in _DONE
        add = rec.emit("callback.add", future=fut._vt_id, callback=cid, name=name_of(fn),
                       immediate=immediate)
        if immediate:
            cause = None if add is None else {"seq": add["seq"], "thread": add["thread"],
                                              "by": "add_done_callback"}
            rec.emit("callback.invoke", future=fut._vt_id, callback=cid, cause=cause)
        return cid

    @staticmethod
    def cb_added(fut, cid):
        fut.__dict__.setdefault("_vt_cb_ids", []).append(cid)

    @staticmethod
    def cb_return(fut, cid):
        rec.emit("callback.return", future=fut._vt_id, callback=cid)

    @staticmethod
    def cb_raise(fut, cid, exc, logged):
        rec.emit("callback.raise", future=fut._vt_id, callback=cid,
                 exception=exc.__class__.__name__, logged=logged)

    @staticmethod
    def timer_sleep(timer):
        S = vt_sched.S
        rec.emit("thread.sleep", until=S.now + round(timer.interval * 1e6), reason="timer",
                 timer=timer._vt_id)
        S.current.what = "Timer interval"

    @staticmethod
    def timer_fire(timer):
        timer._vt_fired = True
        rec.emit("timer.fire", timer=timer._vt_id)
        return True


def _patch_future():
    F = _base.Future
    init = F.__init__

    def __init__(self):
        init(self)
        rec.futures += 1
        self._vt_id = rec.futures
        event = rec.emit("future.create", future=self._vt_id, name="",
                         address=f"{id(self):#x}", repr=future_repr(self))
        if event is not None:
            rec.name_future(self, event)
        else:
            self._vt_name = rec.future_name(self._vt_id)

    F.__init__ = __init__
    F._state = property(_get_state, _set_state)
    g, x = _base.__dict__, {"_vt": Hooks}
    vt_rewrite.patch_method(F, "_invoke_callbacks", [
        ("for callback in self._done_callbacks:",
         "for _vt_cb, callback in _vt.each_callback(self):"),
        ("            except Exception:\n"
         "                LOGGER.exception('exception calling callback for %r', self)\n",
         "            except Exception as _vt_e:\n"
         "                _vt.cb_raise(self, _vt_cb, _vt_e, True)\n"
         "                LOGGER.exception('exception calling callback for %r', self)\n"
         "            except BaseException as _vt_e:\n"
         "                _vt.cb_raise(self, _vt_cb, _vt_e, False); raise\n"
         "            else:\n"
         "                _vt.cb_return(self, _vt_cb)\n"),
    ], g, x)
    vt_rewrite.patch_method(F, "add_done_callback", [
        ("            if self._state not in",
         "            if (_vt_cb := _vt.cb_add(self, fn)) and self._state not in"),
        ("self._done_callbacks.append(fn)",
         "self._done_callbacks.append(fn); _vt.cb_added(self, _vt_cb)"),
        ("        except Exception:\n"
         "            LOGGER.exception('exception calling callback for %r', self)\n",
         "        except Exception as _vt_e:\n"
         "            _vt.cb_raise(self, _vt_cb, _vt_e, True)\n"
         "            LOGGER.exception('exception calling callback for %r', self)\n"
         "        except BaseException as _vt_e:\n"
         "            _vt.cb_raise(self, _vt_cb, _vt_e, False); raise\n"
         "        else:\n"
         "            _vt.cb_return(self, _vt_cb)\n"),
    ], g, x)


def _patch_timer():
    T = threading.Timer
    real_init, real_start, real_cancel = T.__init__, T.start, T.cancel

    def __init__(self, interval, function, args=None, kwargs=None):
        real_init(self, interval, function, args, kwargs)
        rec.timers += 1
        self._vt_id = rec.timers
        self._vt_fired = False
        rec.emit("timer.create", timer=self._vt_id, threadName=self.name,
                 interval=round(interval * 1e6), function=name_of(function))

    def start(self):
        due = vt_sched.S.now + round(self.interval * 1e6)
        rec.emit("timer.start", timer=self._vt_id, due=due)
        real_start(self)

    def cancel(self):
        effective = not self._vt_fired and not self.finished.is_set()
        rec.emit("timer.cancel", timer=self._vt_id, effective=effective)
        real_cancel(self)

    T.__init__, T.start, T.cancel = __init__, start, cancel
    vt_rewrite.patch_method(T, "run", [
        ("self.finished.wait(self.interval)",
         "_vt.timer_sleep(self); self.finished.wait(self.interval)"),
        ("if not self.finished.is_set():",
         "if not self.finished.is_set() and _vt.timer_fire(self):"),
    ], threading.__dict__, {"_vt": Hooks})


def install_once():
    global _installed
    if not _installed:
        _patch_future()
        _patch_timer()
        _installed = True
