"""Recompiles a stdlib method with small hooks added, keeping its file name, line numbers
and the columns of every line that a traceback can show, so tracebacks look as in CPython.

Example:
    patch_method(Timer, "run", [("self.finished.wait(", "_vt.sleep(self); self.finished.wait(")],
                 threading.__dict__, {"_vt": hooks})
"""
import inspect
import types


def _swapped(func, what, replacements):
    lines, start = inspect.getsourcelines(func)
    text = "".join(lines)
    for old, new in replacements:
        if text.count(old) != 1:
            raise RuntimeError(f"cannot patch {what}: {old!r} not found once")
        text = text.replace(old, new)
    return text, start


def patch_method(cls, name, replacements, module_globals, extra, shared=False):
    """Replace cls.name by its own source with each (old, new) text swapped once.

    A replacement may add lines only below the last line a traceback can show.
    `shared`: run in the module's own globals (extra is added to them), so the method
    sees later changes of module variables (concurrent.futures.thread._shutdown)."""
    func = cls.__dict__[name]
    text, start = _swapped(func, f"{cls.__name__}.{name}", replacements)
    # A class of the same name keeps private-name mangling (self.__get_result) right.
    src = "\n" * (start - 2) + f"class {cls.__name__}:\n" + text
    env = _globals(module_globals, extra, shared)
    scope = {}
    exec(compile(src, func.__code__.co_filename, "exec"), env, scope)
    setattr(cls, name, _in_class(scope[cls.__name__].__dict__[name], cls))


def _in_class(func, cls):
    """A method compiled in a stand-in class: its `super()` must see the real class."""
    if "__class__" not in func.__code__.co_freevars:
        return func
    cells = tuple(types.CellType(cls) if name == "__class__" else cell
                  for name, cell in zip(func.__code__.co_freevars, func.__closure__))
    new = types.FunctionType(func.__code__, func.__globals__, func.__name__,
                             func.__defaults__, cells)
    new.__kwdefaults__, new.__qualname__ = func.__kwdefaults__, func.__qualname__
    new.__doc__ = func.__doc__
    return new


def patch_function(module_globals, name, replacements, extra):
    """The same for a module-level function; it runs in the module's own globals."""
    func = module_globals[name]
    text, start = _swapped(func, name, replacements)
    src = "\n" * (start - 1) + text
    env = _globals(module_globals, extra, True)
    scope = {}
    exec(compile(src, func.__code__.co_filename, "exec"), env, scope)
    module_globals[name] = scope[name]


def _globals(module_globals, extra, shared):
    env = module_globals if shared else dict(module_globals)
    env.update(extra)
    return env
