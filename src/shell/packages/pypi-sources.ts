// The Python sources `pip install` writes for packages the lessons import (the rest of a package's files
// are sized stand-ins): small pure-Python versions MicroPython runs, keyed by their path in site-packages.
import { FLASK_CLI } from './pypi-servers.ts';
import { GUNICORN_APP } from './pypi-gunicorn.ts';

/** flask/__init__.py: Flask's everyday API over the workbook's serve() (String.raw: its escapes are Python's). */
const FLASK = String.raw`# Flask 3.1.0 as the workbook installs it: a small pure-Python stand-in that MicroPython can run —
# Flask(__name__), @app.route / .get / .post with <converters>, request (method, path, args, form,
# get_json, headers), jsonify, abort, redirect, make_response, render_template(_string) and
# app.run(host=..., port=...) on the container's network, with Werkzeug's banner and access log.
import json as _json
import os
import sys
import time
import _workbook

__version__ = '3.1.0'
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error'}
_ERRORS = {
    404: 'The requested URL was not found on the server. If you entered the URL manually please check your spelling and try again.',
    405: 'The method is not allowed for the requested URL.',
    500: 'The server encountered an internal error and was unable to complete your request. Either the server is overloaded or there is an error in the application.',
    400: 'The browser (or proxy) sent a request that this server could not understand.',
    401: "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials (e.g. a bad password), or your browser doesn't understand how to supply the credentials required.",
    403: "You don't have the permission to access the requested resource. It is either read-protected or not readable by the server.",
}


def _unquote(s):
    s = s.replace('+', ' ')
    out, i = '', 0
    while i < len(s):
        if s[i] == '%' and i + 2 < len(s) + 0 and len(s[i + 1:i + 3]) == 2:
            try:
                out += chr(int(s[i + 1:i + 3], 16))
                i += 3
                continue
            except ValueError:
                pass
        out += s[i]
        i += 1
    return out


def _parse_qs(text):
    out = {}
    for part in text.split('&'):
        if part:
            k, _, v = part.partition('=')
            out[_unquote(k)] = _unquote(v)
    return out


class _Args(dict):
    def get(self, key, default=None, type=None):
        if key not in self:
            return default
        try:
            return type(self[key]) if type else self[key]
        except ValueError:
            return default


class HTTPException(Exception):
    def __init__(self, code, description=None):
        super().__init__(code)
        self.code = code
        self.description = description or _ERRORS.get(code, '')


class Response:
    def __init__(self, response='', status=200, headers=None, mimetype=None, content_type=None):
        self.data = response.decode() if isinstance(response, bytes) else str(response)
        self.status_code = status
        self.headers = dict(headers or {})
        if 'Content-Type' not in self.headers:
            self.headers['Content-Type'] = content_type or (mimetype or 'text/html') + ('; charset=utf-8' if (mimetype or 'text/html').startswith('text/') else '')

    def get_data(self, as_text=False):
        return self.data if as_text else self.data.encode()

    @property
    def status(self):
        return '%d %s' % (self.status_code, _REASONS.get(self.status_code, '').upper())


class _Request:
    def _bind(self, raw, view_args):
        self.method = raw['method']
        full = raw['path']
        self.path, _, self.query_string = full.partition('?')
        self.full_path = self.path + '?' + self.query_string
        self.args = _Args(_parse_qs(self.query_string))
        self.headers = {'-'.join(w[:1].upper() + w[1:] for w in k.split('-')): v for k, v in (raw.get('headers') or {}).items()}
        self.data = (raw.get('body') or '').encode()
        ctype = (raw.get('headers') or {}).get('content-type', '')
        self.content_type = ctype
        self.form = _Args(_parse_qs(raw.get('body') or '')) if ctype.startswith('application/x-www-form-urlencoded') else _Args()
        self.is_json = ctype.startswith('application/json')
        self.view_args = view_args
        self.remote_addr = raw.get('remoteAddress') or '172.17.0.1'

    def get_data(self, as_text=False):
        return self.data.decode() if as_text else self.data

    def get_json(self, force=False, silent=False):
        if not (self.is_json or force):
            if silent:
                return None
            raise HTTPException(415, 'Did not attempt to load JSON data because the request Content-Type was not \'application/json\'.')
        try:
            return _json.loads(self.data.decode() or 'null')
        except ValueError:
            if silent:
                return None
            raise HTTPException(400, 'Failed to decode JSON object')

    @property
    def json(self):
        return self.get_json()


request = _Request()
g = type('g', (), {})()


def jsonify(*args, **kwargs):
    value = args[0] if len(args) == 1 else (list(args) if args else kwargs)
    return Response(_json.dumps(value) + '\n', mimetype='application/json')


def abort(code, description=None):
    raise HTTPException(code, description)


def redirect(location, code=302):
    body = '<!doctype html>\n<html lang=en>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="%s">%s</a>. If not, click the link.\n' % (location, location)
    return Response(body, code, {'Location': location})


def make_response(*args):
    return _make(args[0] if len(args) == 1 else tuple(args))


def render_template_string(source, **context):
    out = source
    for key, value in context.items():
        for form in ('{{ %s }}' % key, '{{%s}}' % key):
            out = out.replace(form, str(value))
    return out


def render_template(name, **context):
    with open(_app_root + '/templates/' + name) as f:
        return render_template_string(f.read(), **context)


def url_for(endpoint, **values):
    for rule, _methods, view in _app_routes:
        if view.__name__ == endpoint:
            path = rule
            for k, v in values.items():
                path = path.replace('<%s>' % k, str(v)).replace('<int:%s>' % k, str(v))
            return path
    raise KeyError(endpoint)


_app_root = os.getcwd()
_app_routes = []


def _make(rv):
    if isinstance(rv, Response):
        return rv
    status, headers = 200, None
    if isinstance(rv, tuple):
        rv, status, headers = (rv + (None,))[:3] if len(rv) < 3 else rv
        if isinstance(status, dict):
            status, headers = 200, status
    if isinstance(rv, (dict, list)):
        resp = jsonify(rv)
    elif isinstance(rv, Response):
        resp = rv
    else:
        resp = Response(rv if rv is not None else '')
    resp.status_code = status or resp.status_code
    resp.headers.update(headers or {})
    return resp


def _match(rule, path):
    rparts, pparts = rule.strip('/').split('/'), path.strip('/').split('/')
    if len(rparts) != len(pparts) or (rule.endswith('/') != path.endswith('/') and rule != '/' and not rule.endswith('/')):
        return None
    found = {}
    for r, p in zip(rparts, pparts):
        if r.startswith('<') and r.endswith('>'):
            conv, _, name = r[1:-1].rpartition(':')
            if conv == 'int':
                if not p.isdigit():
                    return None
                found[name] = int(p)
            else:
                found[name] = _unquote(p)
        elif r != p:
            return None
    return found


class Flask:
    def __init__(self, import_name, static_folder='static', template_folder='templates', **kwargs):
        self.import_name = import_name
        self.name = import_name
        self.config = {'DEBUG': _debug_flag(), 'TESTING': False}
        self.url_map = _app_routes
        self.error_handlers = {}

    @property
    def debug(self):
        return self.config['DEBUG']

    @debug.setter
    def debug(self, value):
        self.config['DEBUG'] = value

    def route(self, rule, methods=None, **options):
        def decorator(view):
            _app_routes.append((rule, [m.upper() for m in (methods or ['GET'])], view))
            return view
        return decorator

    def get(self, rule, **options):
        return self.route(rule, methods=['GET'], **options)

    def post(self, rule, **options):
        return self.route(rule, methods=['POST'], **options)

    def put(self, rule, **options):
        return self.route(rule, methods=['PUT'], **options)

    def delete(self, rule, **options):
        return self.route(rule, methods=['DELETE'], **options)

    def errorhandler(self, code):
        def decorator(view):
            self.error_handlers[code] = view
            return view
        return decorator

    def add_url_rule(self, rule, endpoint=None, view_func=None, methods=None):
        self.route(rule, methods=methods)(view_func)

    def _dispatch(self, raw):
        path = raw['path'].partition('?')[0]
        allowed = []
        for rule, methods, view in _app_routes:
            args = _match(rule, path)
            if args is None:
                continue
            if raw['method'] not in methods and not (raw['method'] == 'HEAD' and 'GET' in methods):
                allowed += methods
                continue
            request._bind(raw, args)
            return _make(view(**args))
        request._bind(raw, {})
        raise HTTPException(405 if allowed else 404)

    def _error(self, code, description):
        if code in self.error_handlers:
            return _make(self.error_handlers[code](HTTPException(code, description)))
        name = _REASONS.get(code, 'Error')
        body = '<!doctype html>\n<html lang=en>\n<title>%d %s</title>\n<h1>%s</h1>\n<p>%s</p>\n' % (code, name, name, description)
        return Response(body, code)

    def _answer(self, raw, log=True):
        try:
            resp = self._dispatch(raw)
        except HTTPException as e:
            resp = self._error(e.code, e.description)
        except Exception as e:
            t = time.localtime()
            sys.stderr.write('[%04d-%02d-%02d %02d:%02d:%02d,000] ERROR in app: Exception on %s [%s]\n' % (t[0], t[1], t[2], t[3], t[4], t[5], raw['path'], raw['method']))
            sys.print_exception(e) if hasattr(sys, 'print_exception') else None
            resp = self._error(500, _ERRORS[500])
        t = time.localtime()
        log and sys.stderr.write('%s - - [%02d/%s/%04d %02d:%02d:%02d] "%s %s HTTP/1.1" %d -\n' % (raw.get('remoteAddress') or '172.17.0.1', t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5], raw['method'], raw['path'], resp.status_code))
        return {'status': resp.status_code, 'headers': resp.headers, 'body': '' if raw['method'] == 'HEAD' else resp.data}

    def test_client(self):
        app = self

        class Client:
            def open(self, path, method='GET', data='', json=None, headers=None):
                hdrs = {k.lower(): v for k, v in (headers or {}).items()}
                if json is not None:
                    data, hdrs['content-type'] = _json.dumps(json), 'application/json'
                out = app._answer({'method': method, 'path': path, 'headers': hdrs, 'body': data})
                resp = Response(out['body'], out['status'], out['headers'])
                resp.text = resp.data
                return resp

            def get(self, path, **kw):
                return self.open(path, 'GET', **kw)

            def post(self, path, **kw):
                return self.open(path, 'POST', **kw)
        return Client()

    def run(self, host=None, port=None, debug=None, load_dotenv=True, **options):
        # Under 'flask run' the CLI serves the app; a module's app.run() does nothing (Flask 2.2+).
        if os.getenv('FLASK_RUN_FROM_CLI') == 'true':
            return
        if 'FLASK_DEBUG' in os.environ:
            self.debug = _debug_flag()
        if debug is not None:
            self.debug = bool(debug)
        name = self.import_name if self.import_name != '__main__' else (sys.argv[0].rsplit('/', 1)[-1].rsplit('.', 1)[0] if sys.argv and sys.argv[0] else 'app')
        # flask.cli.show_server_banner: click.echo, so standard output.
        sys.stdout.write(" * Serving Flask app '%s'\n * Debug mode: %s\n" % (name, 'on' if self.debug else 'off'))
        self._serve(host, port, options.get('use_reloader', self.debug), options.get('use_debugger', self.debug))

    def _serve(self, host, port, reloader=False, debugger=False):
        # Werkzeug's run_simple: its banner, then requests until the container stops. With the reloader
        # the banner is the watching parent's and the debugger's lines its serving child's.
        host = host or '127.0.0.1'
        port = int(port or 5000)
        lines = ['WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.']
        if host == '0.0.0.0':
            lines += [' * Running on all addresses (0.0.0.0)', ' * Running on http://127.0.0.1:%d' % port]
            ip = _container_ip()
            if ip:
                lines.append(' * Running on http://%s:%d' % (ip, port))
        else:
            lines.append(' * Running on http://%s:%d' % (host, port))
        lines.append('Press CTRL+C to quit')
        if reloader:
            lines.append(' * Restarting with stat')
            if debugger:
                pin = _debugger_pin()
                lines += [' * Debugger is active!', ' * Debugger PIN disabled. DEBUGGER UNSECURED!' if pin is None else ' * Debugger PIN: ' + pin]
        sys.stderr.write('\n'.join(lines) + '\n')
        _workbook.serve(port, self._answer)


def _debug_flag():
    v = os.getenv('FLASK_DEBUG') or ''
    return bool(v) and v.lower() not in ('0', 'false', 'no')


def _debugger_pin():
    # werkzeug.debug.get_pin_and_cookie_name: WERKZEUG_DEBUG_PIN, else nine digits of a hash of the user,
    # the app's class and module file and the machine (here the container's hostname): stable per container.
    pin = os.getenv('WERKZEUG_DEBUG_PIN')
    if pin == 'off':
        return None
    if pin and pin.replace('-', '').isdigit():
        return pin if '-' in pin else '-'.join(pin[i:i + 3] for i in range(0, len(pin), 3))
    import hashlib
    host = ''
    try:
        with open('/etc/hostname') as f:
            host = f.read().strip()
    except OSError:
        pass
    h = hashlib.sha256()
    for bit in (os.getenv('USER') or os.getenv('LOGNAME') or 'root', 'flask.app', 'Flask', __file__, host):
        h.update(bit.encode())
    num = str(int.from_bytes(h.digest(), 'big'))[:9]
    return '-'.join(num[i:i + 3] for i in (0, 3, 6))


def _container_ip():
    try:
        with open('/etc/hosts') as f:
            rows = [r.split() for r in f.read().split('\n') if r.strip() and not r.startswith('#')]
        for row in rows:
            if not row[0].startswith('127.') and ':' not in row[0]:
                return row[0]
    except OSError:
        pass
    return None
`;

/** Source text by path relative to site-packages. */
export const PYPI_SOURCES: Record<string, string> = {
  'flask/__init__.py': FLASK,
  'flask/cli.py': FLASK_CLI,
  'gunicorn/app/wsgiapp.py': GUNICORN_APP,
};
