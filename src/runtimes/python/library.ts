// Small modules of CPython's standard library that MicroPython lacks and learners' programs import
// (typing, dataclasses' simple form); written into the runtime's own library directory, never the container.

import { HTTP_SERVER_SOURCE } from './http-server.ts';
import { JSON_SOURCE } from './json-library.ts';

/** [path relative to the library directory, source]. */
export const PYTHON_LIBRARY: [string, string][] = [
  ['http/__init__.py', ''],
  ['http/server.py', HTTP_SERVER_SOURCE],
  ['_wbjson.py', JSON_SOURCE],
  [
    'typing.py',
    `class _Any:
    def __getitem__(self, item):
        return self
    def __call__(self, *a, **k):
        return self
Any = Optional = Union = List = Dict = Tuple = Set = Callable = Iterable = Iterator = Type = _Any()
TYPE_CHECKING = False
def cast(t, v):
    return v
`,
  ],
  [
    'dataclasses.py',
    `def dataclass(cls=None, **options):
    def wrap(cls):
        names = [n for n in getattr(cls, '__annotations__', {})]
        defaults = {n: getattr(cls, n) for n in names if hasattr(cls, n)}
        def __init__(self, *args, **kwargs):
            for i, n in enumerate(names):
                if i < len(args):
                    setattr(self, n, args[i])
                elif n in kwargs:
                    setattr(self, n, kwargs[n])
                elif n in defaults:
                    setattr(self, n, defaults[n])
                else:
                    raise TypeError("__init__() missing 1 required positional argument: '%s'" % n)
        def __repr__(self):
            return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % (n, getattr(self, n)) for n in names))
        def __eq__(self, other):
            return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in names)
        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        return cls
    return wrap if cls is None else wrap(cls)
`,
  ],
];
