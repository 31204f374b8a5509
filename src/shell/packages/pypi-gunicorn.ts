// gunicorn's console script as `pip install gunicorn` writes its module (gunicorn.app.wsgiapp): the
// arbiter's and workers' log lines, settings from the command line, GUNICORN_CMD_ARGS and gunicorn.conf.py,
// the access log in gunicorn's format, and the app served through the workbook's serve() as Flask.run
// does. String.raw: its escapes are Python's.

/** gunicorn/app/wsgiapp.py: `gunicorn [-b HOST:PORT] [-w N] [--access-logfile F] [-c CONFIG] MODULE:VAR` with gunicorn 23's log lines. */
export const GUNICORN_APP = String.raw`# gunicorn 23.0.0's command as the workbook runs it: one arbiter, its workers' boot lines, the app on the bound port.
import os
import sys
import time

_USAGE = 'usage: gunicorn [OPTIONS] [APP_MODULE]\n'
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
# Options the workbook acts on, by their command-line names and their config-file settings.
_NAMES = {'-b': 'bind', '--bind': 'bind', '-w': 'workers', '--workers': 'workers', '-k': 'worker_class', '--worker-class': 'worker_class', '--chdir': 'chdir', '--access-logfile': 'accesslog', '--error-logfile': 'errorlog', '--log-file': 'errorlog', '--access-logformat': 'access_log_format', '-c': 'config', '--config': 'config'}
_VALUED = ('-t', '--timeout', '--threads', '--log-level', '--graceful-timeout', '--keep-alive', '--max-requests', '-n', '--name')
_FLAGS = ('--reload', '--preload', '--capture-output', '-D', '--daemon')
_ACCESS_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'
_settings = {'errorlog': '-'}


class _Error(Exception):
    pass


def _write(target, text):
    # The error log: '-' is standard error, anything else a file appended to (the access log's '-' is standard output).
    if target == '-':
        sys.stderr.write(text)
    elif target:
        with open(target, 'a') as f:
            f.write(text)


def _log(pid, level, message):
    t = time.localtime()
    line = '[%04d-%02d-%02d %02d:%02d:%02d +0000] [%d] [%s] %s\n' % (t[0], t[1], t[2], t[3], t[4], t[5], pid, level, message)
    _write(_settings['errorlog'], line)


def _parse(args):
    # The settings a command line (or GUNICORN_CMD_ARGS) gives, as argparse reads them.
    opts = {}
    i = 0
    while i < len(args):
        a = args[i]
        key, eq, inline = a.partition('=')
        if key in _NAMES or key in _VALUED:
            if not eq and i + 1 >= len(args):
                raise _Error('argument %s: expected one argument' % key)
            value = inline if eq else args[i + 1]
            i += 1 if eq else 2
            if key in _NAMES:
                opts[_NAMES[key]] = value
        elif a[:2] in ('-b', '-w', '-k', '-c') and len(a) > 2:
            opts[_NAMES[a[:2]]] = a[2:]
            i += 1
        elif a in _FLAGS:
            i += 1
        elif a.startswith('-'):
            raise _Error('unrecognized arguments: %s' % a)
        elif 'app' not in opts:
            opts['app'] = a
            i += 1
        else:
            raise _Error('unrecognized arguments: %s' % a)
    return opts


def _config_file(path):
    # A gunicorn.conf.py: Python whose module-level names are settings (bind, workers, accesslog …).
    scope = {}
    with open(path) as f:
        exec(f.read(), scope)
    opts = {k: scope[k] for k in ('bind', 'workers', 'worker_class', 'chdir', 'accesslog', 'errorlog', 'access_log_format', 'wsgi_app') if k in scope}
    if isinstance(opts.get('bind'), list):
        opts['bind'] = opts['bind'][0]
    if 'wsgi_app' in opts:
        opts['app'] = opts.pop('wsgi_app')
    return opts


def _options(args):
    """Defaults < the config file < GUNICORN_CMD_ARGS < the command line, as gunicorn reads its settings."""
    cli = _parse(args)
    env = _parse((os.getenv('GUNICORN_CMD_ARGS') or '').split())
    port_env = os.getenv('PORT')
    opts = {'bind': '0.0.0.0:' + port_env if port_env else '127.0.0.1:8000', 'workers': os.getenv('WEB_CONCURRENCY') or '1', 'worker_class': 'sync', 'chdir': None, 'app': None, 'accesslog': None, 'errorlog': '-', 'access_log_format': _ACCESS_FORMAT}
    path = cli.get('config') or env.get('config')
    if path or os.path.exists('gunicorn.conf.py'):
        path = path or 'gunicorn.conf.py'
        try:
            if not os.path.exists(path):
                raise RuntimeError("%r doesn't exist" % path)
            opts.update(_config_file(path))
        except Exception as e:
            raise _ConfigError('Failed to read config file: %s\n%s: %s' % (path, type(e).__name__, e))
    opts.update(env)
    opts.update(cli)
    if opts['app'] is None:
        raise _Error('No application module specified.')
    try:
        opts['workers'] = int(opts['workers'])
    except ValueError:
        raise _Error("argument -w/--workers: invalid int value: '%s'" % opts['workers'])
    host, _, port = str(opts['bind']).rpartition(':')
    if not host:
        host, port = port, '8000'
    try:
        opts['host'], opts['port'] = host or '0.0.0.0', int(port)
    except ValueError:
        raise _Error("'%s' is not a valid port number." % port)
    return opts


class _ConfigError(Exception):
    pass


def _access(raw, answer, started):
    # One access-log line in access_log_format's atoms (glogging.Logger.atoms): h l u t r s m U q H b B f a T D L p.
    path, _, query = raw['path'].partition('?')
    headers = raw.get('headers') or {}
    size = len(answer.get('body') or '')
    t = time.localtime()
    took = time.ticks_diff(time.ticks_ms(), started) if hasattr(time, 'ticks_ms') else 0
    atoms = {'h': raw.get('remoteAddress') or '172.17.0.1', 'l': '-', 'u': '-', 't': '[%02d/%s/%04d:%02d:%02d:%02d +0000]' % (t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5]), 'r': '%s %s HTTP/1.1' % (raw['method'], raw['path']), 's': str(answer.get('status', 200)), 'm': raw['method'], 'U': path, 'q': query, 'H': 'HTTP/1.1', 'b': str(size) if size else '-', 'B': str(size), 'f': headers.get('referer', '-'), 'a': headers.get('user-agent', '-'), 'T': str(took // 1000), 'D': str(took * 1000), 'L': '%d.%06d' % (took // 1000, (took % 1000) * 1000), 'p': '<%d>' % _settings.get('worker', 7)}
    out = []
    fmt = _settings['access_log_format']
    i = 0
    while i < len(fmt):
        j = fmt.find('%(', i)
        k = fmt.find(')s', j) if j >= 0 else -1
        if j < 0 or k < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        name = fmt[j + 2:k]
        if name.startswith('{') and name.endswith('}i'):
            out.append(headers.get(name[1:-2].lower(), '-'))
        else:
            out.append(atoms.get(name, '-'))
        i = k + 2
    text = ''.join(out) + '\n'
    if _settings['accesslog'] == '-':
        sys.stdout.write(text)
    else:
        _write(_settings['accesslog'], text)


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
    except _ConfigError as e:
        sys.stderr.write('%s\n' % e.args[0])
        return 1
    _settings.update(opts)
    if opts['chdir']:
        os.chdir(opts['chdir'])
    _log(1, 'INFO', 'Starting gunicorn 23.0.0')
    _log(1, 'INFO', 'Listening at: http://%s:%d (1)' % (opts['host'], opts['port']))
    _log(1, 'INFO', 'Using worker: %s' % opts['worker_class'])
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
    handle = (lambda raw: answer(raw, False)) if answer else _wsgi(app)
    served = [0]

    def logged(raw):
        # Requests go to the workers in turn; gunicorn logs no access line unless --access-logfile is set.
        _settings['worker'] = workers[served[0] % len(workers)]
        served[0] += 1
        started = time.ticks_ms() if hasattr(time, 'ticks_ms') else 0
        out = handle(raw)
        if _settings['accesslog']:
            _access(raw, out, started)
        return out
    import _workbook
    _workbook.serve(opts['port'], logged)
`;
