// CPython's faces a learner meets that MicroPython lacks, set up in the worker's prelude: OSError's
// subclasses (FileNotFoundError …) with Linux errno numbers and CPython's `[Errno 2] No such file or
// directory: 'x'` (MicroPython's file functions raise Emscripten's bare numbers: `OSError: 44`), the
// os functions learners call (makedirs, walk, path.splitext …), a `json` whose dumps/dump are CPython's
// (indent, sort_keys: json-library.ts), and a `sys` that reports the image's CPython (version, version_info, platform) and reads
// piped stdin; print(e) and repr(e) of exceptions as CPython writes them. `_wb_sys_configure` fills in the
// per-process values.

/** Python source (runs once per worker, inside the prelude's `<workbook>` code). */
export const COMPAT = `
import errno as _wb_errno_mod
_wb_native_oserror = OSError

def _wb_oserror_str(self):
    a = self.args
    if len(a) < 2:
        return str(a[0]) if a else ''
    s = '[Errno %s] %s' % (a[0], a[1])
    f = getattr(self, 'filename', None)
    if f is not None:
        s += ': %r' % (f,)
        f2 = getattr(self, 'filename2', None)
        if f2 is not None:
            s += ' -> %r' % (f2,)
    return s

def _wb_oserror_class(name, base):
    cls = type(name, (base,), {'__str__': _wb_oserror_str, 'filename': None, 'filename2': None})
    cls.strerror = property(lambda self: self.args[1] if len(self.args) > 1 else None)
    return cls

# A Python-level OSError (same name) so errors without a subclass can carry a filename; it is a
# subclass of the native one, so \`except OSError\` catches both.
_WbOSError = _wb_oserror_class('OSError', _wb_native_oserror)
_WB_SUBCLASSES = {}
# (builtins takes new names, as overrides, but getattr(builtins, …) does not find them again.)
_WB_CLASSES = {}
for _n, _codes in (('FileNotFoundError', (2,)), ('FileExistsError', (17,)), ('IsADirectoryError', (21,)), ('NotADirectoryError', (20,)), ('PermissionError', (13, 1)), ('BlockingIOError', (11,)), ('ChildProcessError', (10,)), ('ProcessLookupError', (3,)), ('TimeoutError', (110,)), ('InterruptedError', (4,)), ('ConnectionError', ())):
    _c = _wb_oserror_class(_n, _WbOSError)
    setattr(builtins, _n, _c)
    _WB_CLASSES[_n] = _c
    for _code in _codes:
        _WB_SUBCLASSES[_code] = _c
for _n, _code in (('BrokenPipeError', 32), ('ConnectionAbortedError', 103), ('ConnectionRefusedError', 111), ('ConnectionResetError', 104)):
    _c = _wb_oserror_class(_n, _WB_CLASSES['ConnectionError'])
    setattr(builtins, _n, _c)
    _WB_SUBCLASSES[_code] = _c
builtins.IOError = builtins.EnvironmentError = _wb_native_oserror
builtins.ModuleNotFoundError = ImportError
builtins.RecursionError = RuntimeError
builtins.UnboundLocalError = NameError
for _n in ('UnicodeDecodeError', 'UnicodeEncodeError'):
    setattr(builtins, _n, type(_n, (UnicodeError,), {}))
_c = builtins.Warning = type('Warning', (Exception,), {})
for _n in ('UserWarning', 'DeprecationWarning', 'RuntimeWarning', 'FutureWarning'):
    setattr(builtins, _n, type(_n, (_c,), {}))

# An exception as CPython prints it: print(e) of a KeyError shows the key's repr ('b'), repr(e) has no
# trailing comma (KeyError('b'), not MicroPython's KeyError('b',)).
_wb_print = print
_wb_repr = repr
def _wb_exc_str(e):
    return _wb_repr(e.args[0]) if isinstance(e, KeyError) and len(e.args) == 1 else str(e)
def _wb_print_cpython(*args, **kwargs):
    return _wb_print(*[_wb_exc_str(a) if isinstance(a, BaseException) else a for a in args], **kwargs)
def _wb_repr_cpython(o):
    if isinstance(o, BaseException) and not hasattr(type(o), '__repr__'):
        return '%s(%s)' % (type(o).__name__, ', '.join(_wb_repr(a) for a in o.args))
    return _wb_repr(o)
builtins.print = _wb_print_cpython
builtins.repr = _wb_repr_cpython

# Emscripten's errno numbers (what MicroPython's file functions raise) as Linux's, with strerror's words.
_WB_ERRNO = {44: (2, 'No such file or directory'), 20: (17, 'File exists'), 31: (21, 'Is a directory'), 54: (20, 'Not a directory'), 55: (39, 'Directory not empty'), 2: (13, 'Permission denied'), 63: (1, 'Operation not permitted'), 28: (22, 'Invalid argument'), 8: (9, 'Bad file descriptor'), 10: (16, 'Device or resource busy'), 69: (30, 'Read-only file system'), 75: (18, 'Invalid cross-device link'), 32: (40, 'Too many levels of symbolic links'), 37: (36, 'File name too long'), 51: (28, 'No space left on device'), 29: (5, 'Input/output error')}
_WB_STRERROR = {n: w for n, w in _WB_ERRNO.values()}

def _wb_fs_error(e, filename, filename2=None):
    code = e.args[0] if e.args else None
    if type(e) is not _wb_native_oserror or code not in _WB_ERRNO:
        return e
    n, words = _WB_ERRNO[code]
    err = _WB_SUBCLASSES.get(n, _WbOSError)(n, words)
    err.filename = filename
    err.filename2 = filename2
    return err

def _wb_fs(fn, two=False):
    def call(path='.', *args, **kwargs):
        try:
            return fn(path, *args, **kwargs)
        except _wb_native_oserror as e:
            raise _wb_fs_error(e, path, args[0] if two and args else None)
    return call

_wb_open = open
def _wb_open_file(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    try:
        return _wb_open(file, mode) if encoding is None else _wb_open(file, mode, encoding=encoding)
    except _wb_native_oserror as e:
        raise _wb_fs_error(e, file)
builtins.open = _wb_open_file
for _n in ('listdir', 'mkdir', 'rmdir', 'remove', 'unlink', 'stat', 'chdir'):
    setattr(os, _n, _wb_fs(getattr(os, _n)))
os.rename = os.replace = _wb_fs(os.rename, True)
os.mkdir = (lambda mk: lambda path, mode=0o777, **kw: mk(path))(os.mkdir)
os.error = _wb_native_oserror
os.strerror = lambda code: _WB_STRERROR.get(code, 'Unknown error %d' % code)
os.linesep = '\\n'
os.curdir = '.'
os.pardir = '..'
os.extsep = '.'
os.pathsep = ':'
os.devnull = '/dev/null'

def _wb_makedirs(name, mode=0o777, exist_ok=False):
    head = os.path.dirname(name.rstrip('/'))
    if head and head != name and not os.path.exists(head):
        _wb_makedirs(head, mode, True)
    try:
        os.mkdir(name)
    except _WB_CLASSES['FileExistsError']:
        if not exist_ok or not os.path.isdir(name):
            raise
os.makedirs = _wb_makedirs

def _wb_walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = sorted(os.listdir(top))
    except OSError as e:
        if onerror:
            onerror(e)
        return
    dirs = [n for n in names if os.path.isdir(os.path.join(top, n))]
    files = [n for n in names if n not in dirs]
    if topdown:
        yield top, dirs, files
    for d in dirs:
        yield from _wb_walk(os.path.join(top, d), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files
os.walk = _wb_walk

def _wb_splitext(p):
    base = p.rsplit('/', 1)[-1]
    dot = base.rfind('.')
    if dot <= 0 or base[:dot].strip('.') == '':
        return p, ''
    cut = len(p) - len(base) + dot
    return p[:cut], p[cut:]
os.path.splitext = _wb_splitext
os.path.isabs = lambda p: p.startswith('/')
os.path.getsize = lambda p: os.stat(p)[6]
os.path.getmtime = lambda p: float(os.stat(p)[8])
os.path.realpath = os.path.abspath
os.path.islink = lambda p: False
os.path.sep = '/'
os.path.pathsep = ':'

# (MicroPython's json module cannot take new attributes: \`import json\` finds this one instead.)
# Its dumps/dump are CPython's (the library's _wbjson.py, compiled only when a program first calls one).
class _WbJson:
    JSONDecodeError = ValueError
    _native = json
    def dumps(self, obj, *args, **kw):
        import _wbjson
        return _wbjson.dumps(obj, *args, **kw)
    def dump(self, obj, fp, *args, **kw):
        fp.write(self.dumps(obj, *args, **kw))
    def __getattr__(self, name):
        return getattr(json, name)
sys.modules['json'] = _WbJson()

# The image's CPython as \`import sys\` sees it; everything else is MicroPython's own sys.
class _WbSys:
    platform = 'linux'
    byteorder = 'little'
    dont_write_bytecode = False
    def __getattr__(self, name):
        return getattr(sys, name)
    def getrecursionlimit(self):
        return 1000
    def getdefaultencoding(self):
        return 'utf-8'
    def getfilesystemencoding(self):
        return 'utf-8'
_wb_sys = _WbSys()
sys.modules['sys'] = _wb_sys

def _wb_sys_configure(c):
    from collections import namedtuple
    v = [int(x) for x in c['version'].split('.')]
    _wb_sys.version = c['sysVersion']
    _wb_sys.version_info = namedtuple('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'])(v[0], v[1], v[2], 'final', 0)
    _wb_sys.hexversion = (v[0] << 24) | (v[1] << 16) | (v[2] << 8) | 0xf0
    _wb_sys.implementation = namedtuple('namespace', ['name', 'cache_tag', 'version'])('cpython', 'cpython-%d%d' % (v[0], v[1]), _wb_sys.version_info)
    _wb_sys.executable = c['executable']
    _wb_sys.prefix = _wb_sys.base_prefix = _wb_sys.exec_prefix = c['prefix']
    _wb_sys.stdin = _stdin
    _wb_sys.flags = namedtuple('flags', ['optimize', 'dont_write_bytecode', 'verbose', 'interactive'])(0, 0, 0, 0)
`;
