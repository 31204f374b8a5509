// The Python that runs before a learner's program in the MicroPython worker: the container's
// environment (os.environ, os.getenv), argv, sys.path, the working directory, input() over stdin,
// exit codes from SystemExit, and tracebacks handed to the host (which words them as CPython does).

/** Sets the process up from `_wb_cfg` (JSON the host passes) and defines the runners. */
export const PRELUDE = `
import sys, os, io, json, builtins
_c = json.loads(_wb_cfg)
os.environ = _c['env']
def _getenv(key, default=None):
    return os.environ.get(key, default)
def _putenv(key, value):
    os.environ[key] = value
os.getenv = _getenv
os.putenv = _putenv
os.name = 'posix'
sys.argv.clear()
sys.argv.extend(_c['argv'])
sys.path.clear()
sys.path.extend(_c['path'])
try:
    os.chdir(_c['cwd'])
except OSError:
    pass
_stdin = io.StringIO(_c['stdin'])
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
        out['traceback'] = buf.getvalue()
        out['code'] = 1
    return out

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
`;

/** The workbook's own module: a server hands its request handler to the host and the script's main ends. */
export const WORKBOOK_MODULE = `
import _wbhost, json

class Serving(BaseException):
    pass

def serve(port, handler):
    def bridge(text):
        return json.dumps(handler(json.loads(text)))
    _wbhost.listen(port, bridge)
    raise Serving()
`;

/** Python that starts the program: `source` compiled as `filename` (<string> for -c, <stdin>, or the script's path). */
export function mainCall(source: string, filename: string): string {
  return `_wb_main(${JSON.stringify(source)}, ${JSON.stringify(filename)})`;
}

/** Python that evaluates one REPL entry in the same globals. */
export function evalCall(source: string): string {
  return `_wb_eval(${JSON.stringify(source)})`;
}
