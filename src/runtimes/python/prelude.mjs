// The Python a worker runs before any program, while it waits as a spare (so a run pays only for
// `_wb_configure`): os.getenv/putenv, input() over stdin, exit()/quit(), exit codes from SystemExit,
// tracebacks handed to the host (which words them as CPython does); then, per process, the container's
// environment, argv, sys.path, working directory and stdin from the host's JSON. CPython's faces
// (OSError subclasses, sys.version …) are compat.mjs.
import { COMPAT } from './compat.mjs';

const SOURCE = `
import sys, os, io, json, builtins
def _getenv(key, default=None):
    return os.environ.get(key, default)
def _putenv(key, value):
    os.environ[key] = value
os.getenv = _getenv
os.putenv = _putenv
os.name = 'posix'
# MicroPython's os.path.isdir answers the mode bit (16384), CPython's True.
_wb_isdir = os.path.isdir
os.path.isdir = lambda path: bool(_wb_isdir(path))
_stdin = io.StringIO('')
def _input(prompt=''):
    if prompt:
        sys.stdout.write(str(prompt))
    line = _stdin.readline()
    if not line:
        raise EOFError('EOF when reading a line')
    return line[:-1] if line.endswith('\\n') else line
builtins.input = _input
builtins.exit = sys.exit
builtins.quit = sys.exit

def _wb_configure(text):
    global _stdin
    c = json.loads(text)
    os.environ = c['env']
    sys.argv.clear()
    sys.argv.extend(c['argv'])
    sys.path.clear()
    sys.path.extend(c['path'])
    try:
        os.chdir(c['cwd'])
    except OSError:
        pass
    _stdin = io.StringIO(c['stdin'])
    _wb_sys_configure(c)
_wb_globals = {'__name__': '__main__'}

def _wb_outcome(run):
    import _workbook
    out = {'code': 0}
    try:
        run()
    except SystemExit as e:
        a = e.args[0] if e.args else None
        if a is None:
            out['code'] = 0
        elif isinstance(a, int):
            out['code'] = a & 255
        else:
            print(a, file=sys.stderr)
            out['code'] = 1
    except _workbook.Serving:
        out['serving'] = True
    except BaseException as e:
        buf = io.StringIO()
        sys.print_exception(e, buf)
        out['traceback'] = _wb_last_line(buf.getvalue(), e)
        out['code'] = 1
    return out

# The exception's own line as CPython words it: str(e) (a class's __str__ counts), a KeyError's key by repr.
def _wb_last_line(text, e):
    if isinstance(e, SyntaxError):
        return text
    lines = text.rstrip('\\n').split('\\n')
    n = 0
    while n < len(lines) and (lines[n].startswith('Traceback (') or lines[n].startswith('  File "')):
        n += 1
    name = type(e).__name__
    msg = repr(e.args[0]) if isinstance(e, KeyError) and len(e.args) == 1 else str(e)
    return '\\n'.join(lines[:n] + [name + ': ' + msg if msg else name]) + '\\n'

def _wb_main(source, filename):
    if filename != '<string>' and filename != '<stdin>':
        _wb_globals['__file__'] = filename
    global _wb_result
    _wb_result = json.dumps(_wb_outcome(lambda: exec(compile(source, filename, 'exec'), _wb_globals)))

def _wb_eval(source):
    global _wb_result
    out = _wb_outcome(lambda: exec(compile(source, '<stdin>', 'single'), _wb_globals))
    out['repl'] = True
    if 'traceback' not in out and out['code'] == 0 and 'serving' not in out:
        out['code'] = None
    _wb_result = json.dumps(out)
` + COMPAT;

/** Defines the runners and `_wb_configure(json)`; compiled as `<workbook>` so tracebacks can drop its frames. */
export const PRELUDE = `exec(compile(${JSON.stringify(SOURCE)}, '<workbook>', 'exec'))`;
