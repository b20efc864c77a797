"""Recompiles a stdlib method with small hooks added, keeping its file name, line numbers
and the columns of every line that a traceback can show, so tracebacks look as in CPython.

Example:
    patch_method(Timer, "run", [("self.finished.wait(", "_vt.sleep(self); self.finished.wait(")],
                 threading.__dict__, {"_vt": hooks})
"""
import inspect


def patch_method(cls, name, replacements, module_globals, extra):
    """Replace cls.name by its own source with each (old, new) text swapped once.

    A replacement may add lines only below the last line a traceback can show."""
    func = cls.__dict__[name]
    lines, start = inspect.getsourcelines(func)
    text = "".join(lines)
    for old, new in replacements:
        if text.count(old) != 1:
            raise RuntimeError(f"cannot patch {cls.__name__}.{name}: {old!r} not found once")
        text = text.replace(old, new)
    # A class of the same name keeps private-name mangling (self.__get_result) right.
    src = "\n" * (start - 2) + f"class {cls.__name__}:\n" + text
    env = dict(module_globals)
    env.update(extra)
    scope = {}
    exec(compile(src, func.__code__.co_filename, "exec"), env, scope)
    setattr(cls, name, scope[cls.__name__].__dict__[name])
