// The console script that starts a Flask app, as `pip install flask` writes its module: `flask run`
// (flask.cli), serving through the workbook's serve() as Flask.run does (gunicorn's is pypi-gunicorn.ts).
// String.raw: its escapes are Python's.

/** flask/cli.py: app discovery (--app, FLASK_APP, wsgi.py/app.py), `flask run` and `flask --version`. */
export const FLASK_CLI = String.raw`# flask.cli as the workbook runs it: finds the app as Flask 3.1 does and serves it.
import os
import sys
import flask


class NoAppException(Exception):
    pass


class _UsageError(Exception):
    pass


def _python_version():
    v = os.getenv('PYTHON_VERSION')
    if v:
        return v
    for p in sys.path:
        i = p.find('/python3.')
        if i >= 0:
            return p[i + 7:].split('/')[0]
    return '3'


def _dist_version(name):
    for p in sys.path:
        try:
            for d in os.listdir(p):
                if d.lower().startswith(name + '-') and d.endswith('.dist-info'):
                    return d[len(name) + 1:-10]
        except OSError:
            pass
    return 'unknown'


def _import(module_name, raise_if_not_found=True):
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    try:
        __import__(module_name)
    except ImportError as e:
        if not raise_if_not_found and module_name.split('.')[0] in str(e):
            return None
        raise NoAppException('Could not import %r.' % module_name)
    return sys.modules[module_name]


def _best_app(module):
    for attr in ('app', 'application'):
        app = getattr(module, attr, None)
        if isinstance(app, flask.Flask):
            return app
    found = [v for v in module.__dict__.values() if isinstance(v, flask.Flask)]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise NoAppException("Detected multiple Flask applications in module '%s'. Use '%s:name' to specify the correct one." % (module.__name__, module.__name__))
    for attr in ('create_app', 'make_app'):
        factory = getattr(module, attr, None)
        if callable(factory):
            return factory()
    raise NoAppException("Failed to find Flask application or factory in module '%s'. Use '%s:name' to specify one." % (module.__name__, module.__name__))


def _prepare(path):
    # 'src/app.py' -> module 'app' with src/ on sys.path, as flask's prepare_import does.
    path = path[:-3] if path.endswith('.py') else path
    if '/' in path:
        folder, path = path.rsplit('/', 1)
        sys.path.insert(0, folder if folder.startswith('/') else os.getcwd() + '/' + folder)
    return path


def locate_app(spec):
    """The Flask app named by 'MODULE[:NAME]', or found in wsgi.py / app.py when spec is None."""
    if spec is None:
        for path in ('wsgi.py', 'app.py'):
            module = _import(_prepare(path), raise_if_not_found=False)
            if module is not None:
                return _best_app(module)
        raise NoAppException("Could not locate a Flask application. Use the 'flask --app' option, 'FLASK_APP' environment variable, or a 'wsgi.py' or 'app.py' file in the current directory.")
    path, _, name = spec.partition(':')
    module = _import(_prepare(path))
    if not name:
        return _best_app(module)
    call = name.endswith('()')
    attr = getattr(module, name[:-2] if call else name, None)
    if attr is None:
        raise NoAppException('Failed to find attribute %r in %r.' % (name, module.__name__))
    return attr() if call else attr


def _take(args, i, names):
    # The value of option args[i] if it is one of names ('--port 8000', '--port=8000', '-p8000'), else None.
    a = args[i]
    for n in names:
        if a == n:
            if i + 1 >= len(args):
                raise _UsageError("Option '%s' requires an argument." % n)
            return args[i + 1], 2
        if n.startswith('--') and a.startswith(n + '='):
            return a[len(n) + 1:], 1
        if not n.startswith('--') and a.startswith(n) and len(a) > len(n):
            return a[len(n):], 1
    return None, 0


def _run(spec, debug, args):
    reload = debugger = None
    host = os.getenv('FLASK_RUN_HOST') or '127.0.0.1'
    port = os.getenv('FLASK_RUN_PORT') or '5000'
    i = 0
    while i < len(args):
        v, n = _take(args, i, ('--host', '-h'))
        if n:
            host = v
        else:
            v, n = _take(args, i, ('--port', '-p'))
            if n:
                port = v
            elif args[i] in ('--debug', '--no-debug'):
                debug, n = args[i] == '--debug', 1
            elif args[i] in ('--reload', '--no-reload'):
                reload, n = args[i] == '--reload', 1
            elif args[i] in ('--debugger', '--no-debugger'):
                debugger, n = args[i] == '--debugger', 1
            elif args[i] in ('--with-threads', '--without-threads'):
                n = 1
            else:
                raise _UsageError('No such option: %s' % args[i].split('=')[0])
        i += n
    try:
        port = int(port)
    except ValueError:
        raise _UsageError("Invalid value for '--port' / '-p': '%s' is not a valid integer." % port)
    app = locate_app(spec)
    if spec is not None:
        print(" * Serving Flask app '%s'" % spec)
    print(' * Debug mode: %s' % ('on' if debug else 'off'))
    # The reloader and the debugger follow --debug unless asked for or turned off.
    app._serve(host, port, debug if reload is None else reload, debug if debugger is None else debugger)


def main():
    args = sys.argv[1:]
    os.environ['FLASK_RUN_FROM_CLI'] = 'true'
    spec = os.getenv('FLASK_APP') or None
    flag = os.getenv('FLASK_DEBUG') or ''
    debug = bool(flag) and flag.lower() not in ('0', 'false', 'no')
    command = None
    try:
        while args:
            v, n = _take(args, 0, ('--app', '-A'))
            if n:
                spec, args = v, args[n:]
            elif args[0] in ('--debug', '--no-debug'):
                debug, args = args[0] == '--debug', args[1:]
            elif args[0] == '--version':
                print('Python %s\nFlask %s\nWerkzeug %s' % (_python_version(), flask.__version__, _dist_version('werkzeug')))
                return 0
            elif args[0].startswith('-'):
                raise _UsageError('No such option: %s' % args[0].split('=')[0])
            else:
                break
        if not args:
            print('Usage: flask [OPTIONS] COMMAND [ARGS]...\n\n  A general utility script for Flask applications.\n\nCommands:\n  run  Run a development server.')
            return 0
        command = args[0]
        if command != 'run':
            raise _UsageError("No such command '%s'." % command)
        _run(spec, debug, args[1:])
    except (_UsageError, NoAppException) as e:
        usage = 'flask run [OPTIONS]' if command == 'run' else 'flask [OPTIONS] COMMAND [ARGS]...'
        helper = 'flask run --help' if command == 'run' else 'flask --help'
        sys.stderr.write("Usage: %s\nTry '%s' for help.\n\nError: %s\n" % (usage, helper, e.args[0]))
        return 2
    return 0
`;
