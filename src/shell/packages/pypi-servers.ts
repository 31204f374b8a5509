// The console scripts that start a Flask app, as `pip install flask gunicorn` writes their modules:
// `flask run` (flask.cli) and `gunicorn MODULE:VAR` (gunicorn.app.wsgiapp), both serving through the
// workbook's serve() as Flask.run does. String.raw: their escapes are Python's.

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
            elif args[i] in ('--reload', '--no-reload', '--debugger', '--no-debugger', '--with-threads', '--without-threads'):
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
    app._serve(host, port)


def main():
    args = sys.argv[1:]
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

/** gunicorn/app/wsgiapp.py: `gunicorn [-b HOST:PORT] [-w N] MODULE:VAR` with gunicorn 23's log lines. */
export const GUNICORN_APP = String.raw`# gunicorn 23.0.0's command as the workbook runs it: one arbiter, its workers' boot lines, the app on the bound port.
import os
import sys
import time

_USAGE = 'usage: gunicorn [OPTIONS] [APP_MODULE]\n'
_VALUED = ('-t', '--timeout', '--threads', '--log-level', '--access-logfile', '--error-logfile', '-c', '--config', '--graceful-timeout', '--keep-alive', '--max-requests', '-n', '--name')
_FLAGS = ('--reload', '--preload', '--capture-output', '-D', '--daemon')


class _Error(Exception):
    pass


def _log(pid, level, message):
    t = time.localtime()
    sys.stderr.write('[%04d-%02d-%02d %02d:%02d:%02d +0000] [%d] [%s] %s\n' % (t[0], t[1], t[2], t[3], t[4], t[5], pid, level, message))


def _options(args):
    port_env = os.getenv('PORT')
    opts = {'bind': '0.0.0.0:' + port_env if port_env else '127.0.0.1:8000', 'workers': os.getenv('WEB_CONCURRENCY') or '1', 'worker': 'sync', 'chdir': None, 'app': None}
    names = {'-b': 'bind', '--bind': 'bind', '-w': 'workers', '--workers': 'workers', '-k': 'worker', '--worker-class': 'worker', '--chdir': 'chdir'}
    i = 0
    while i < len(args):
        a = args[i]
        key, _, inline = a.partition('=')
        if key in names or key in _VALUED:
            if not inline and i + 1 >= len(args):
                raise _Error('argument %s: expected one argument' % key)
            value = inline or args[i + 1]
            i += 1 if inline else 2
            if key in names:
                opts[names[key]] = value
        elif a[:2] in ('-b', '-w', '-k') and len(a) > 2:
            opts[names[a[:2]]] = a[2:]
            i += 1
        elif a in _FLAGS:
            i += 1
        elif a.startswith('-'):
            raise _Error('unrecognized arguments: %s' % a)
        elif opts['app'] is None:
            opts['app'] = a
            i += 1
        else:
            raise _Error('unrecognized arguments: %s' % a)
    if opts['app'] is None:
        raise _Error('No application module specified.')
    try:
        opts['workers'] = int(opts['workers'])
    except ValueError:
        raise _Error("argument -w/--workers: invalid int value: '%s'" % opts['workers'])
    host, _, port = opts['bind'].rpartition(':')
    if not host:
        host, port = port, '8000'
    try:
        opts['host'], opts['port'] = host or '0.0.0.0', int(port)
    except ValueError:
        raise _Error("'%s' is not a valid port number." % port)
    return opts


def _wsgi(app):
    # A plain WSGI callable (environ, start_response) as a handler of the workbook's requests.
    def handle(raw):
        path, _, query = raw['path'].partition('?')
        environ = {'REQUEST_METHOD': raw['method'], 'PATH_INFO': path, 'QUERY_STRING': query, 'SERVER_PROTOCOL': 'HTTP/1.1', 'wsgi.url_scheme': 'http'}
        for k, v in raw.get('headers', {}).items():
            environ['HTTP_' + k.upper().replace('-', '_')] = v
        state = {}

        def start_response(status, headers, exc_info=None):
            state['status'], state['headers'] = int(status.split(' ')[0]), dict(headers)
        body = app(environ, start_response)
        text = ''.join(b.decode() if isinstance(b, bytes) else b for b in body)
        return {'status': state.get('status', 500), 'headers': state.get('headers', {}), 'body': text}
    return handle


def _load(spec):
    module_name, _, name = spec.partition(':')
    if os.getcwd() not in sys.path:
        sys.path.insert(0, os.getcwd())
    __import__(module_name)
    module = sys.modules[module_name]
    app = getattr(module, name or 'application', None)
    if app is None:
        raise AttributeError("Failed to find attribute '%s' in '%s'." % (name or 'application', module_name))
    return app


def _stop(worker, code, reason):
    _log(worker, 'INFO', 'Worker exiting (pid: %d)' % worker)
    _log(1, 'ERROR', 'Worker (pid:%d) exited with code %d' % (worker, code))
    _log(1, 'ERROR', 'Shutting down: Master')
    _log(1, 'ERROR', 'Reason: %s' % reason)
    return code


def run():
    """The gunicorn command: parse, log the arbiter's start, boot the workers, serve the app."""
    try:
        opts = _options(sys.argv[1:])
    except _Error as e:
        sys.stderr.write(_USAGE + 'gunicorn: error: %s\n' % e.args[0])
        return 2
    if opts['chdir']:
        os.chdir(opts['chdir'])
    _log(1, 'INFO', 'Starting gunicorn 23.0.0')
    _log(1, 'INFO', 'Listening at: http://%s:%d (1)' % (opts['host'], opts['port']))
    _log(1, 'INFO', 'Using worker: %s' % opts['worker'])
    workers = [7 + i for i in range(max(opts['workers'], 1))]
    for pid in workers:
        _log(pid, 'INFO', 'Booting worker with pid: %d' % pid)
    try:
        app = _load(opts['app'])
    except ImportError as e:
        _log(workers[0], 'ERROR', 'Exception in worker process')
        sys.stderr.write('%s: %s\n' % (type(e).__name__, e.args[0] if e.args else ''))
        return _stop(workers[0], 3, 'Worker failed to boot.')
    except AttributeError as e:
        _log(workers[0], 'ERROR', e.args[0])
        return _stop(workers[0], 4, 'App failed to load.')
    answer = getattr(app, '_answer', None)
    import _workbook
    _workbook.serve(opts['port'], (lambda raw: answer(raw, False)) if answer else _wsgi(app))
`;
