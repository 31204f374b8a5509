// CPython's http.server for the workbook (python3 -m http.server PORT, BaseHTTPRequestHandler apps),
// over the workbook's serve(): written into the runtime's library directory like library.ts's modules.

/** http/server.py's source (String.raw: its escapes are Python's). */
export const HTTP_SERVER_SOURCE = String.raw`# http.server as the workbook runs it: SimpleHTTPRequestHandler over the current directory
# (python3 -m http.server PORT), BaseHTTPRequestHandler subclasses with do_GET/do_POST, and
# HTTPServer(address, Handler).serve_forever() on the container's network.
import os
import sys
import time
import _workbook

__all__ = ['HTTPServer', 'ThreadingHTTPServer', 'BaseHTTPRequestHandler', 'SimpleHTTPRequestHandler']

_REASONS = {200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified', 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 501: 'Not Implemented'}
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_TYPES = {'html': 'text/html', 'htm': 'text/html', 'txt': 'text/plain', 'css': 'text/css', 'js': 'text/javascript', 'json': 'application/json', 'png': 'image/png', 'jpg': 'image/jpeg', 'svg': 'image/svg+xml', 'py': 'text/x-python'}


class _Headers(dict):
    def get(self, key, default=None):
        return dict.get(self, key.lower(), default)

    def __getitem__(self, key):
        return dict.get(self, key.lower())


class _Reader:
    def __init__(self, data):
        self._data = data.encode() if isinstance(data, str) else data

    def read(self, n=-1):
        out, self._data = (self._data, b'') if n < 0 else (self._data[:n], self._data[n:])
        return out


class _Writer:
    def __init__(self):
        self.parts = []

    def write(self, data):
        self.parts.append(data.decode() if isinstance(data, (bytes, bytearray)) else data)
        return len(data)

    def flush(self):
        pass


class BaseHTTPRequestHandler:
    server_version = 'BaseHTTP/0.6'
    sys_version = 'Python/' + sys.version.split()[0]
    protocol_version = 'HTTP/1.0'

    def __init__(self, request, client_address, server):
        self.server = server
        self.client_address = client_address
        self.command = request['method']
        self.path = request['path']
        self.request_version = 'HTTP/1.1'
        self.requestline = '%s %s %s' % (self.command, self.path, self.request_version)
        self.headers = _Headers(request.get('headers') or {})
        self.rfile = _Reader(request.get('body') or '')
        self.wfile = _Writer()
        self._status = 200
        self._out_headers = {}

    def version_string(self):
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self):
        t = time.gmtime()
        return '%s, %02d %s %04d %02d:%02d:%02d GMT' % (_DAYS[t[6]], t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5])

    def log_date_time_string(self):
        t = time.localtime()
        return '%02d/%s/%04d %02d:%02d:%02d' % (t[2], _MONTHS[t[1] - 1], t[0], t[3], t[4], t[5])

    def send_response(self, code, message=None):
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        self._status = code

    def send_header(self, keyword, value):
        self._out_headers[keyword] = str(value)

    def end_headers(self):
        pass

    def send_error(self, code, message=None, explain=None):
        message = message or _REASONS.get(code, '')
        self.log_error('code %d, message %s', code, message)
        body = '<!DOCTYPE HTML>\n<html lang="en">\n    <head>\n        <meta charset="utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: %d</p>\n        <p>Message: %s.</p>\n        <p>Error code explanation: %d - %s.</p>\n    </body>\n</html>\n' % (code, message, code, explain or _REASONS.get(code, ''))
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        self.send_header('Content-Type', 'text/html;charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if self.command != 'HEAD':
            self.wfile.write(body)

    def log_request(self, code='-', size='-'):
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        self.log_message(format, *args)

    def log_message(self, format, *args):
        sys.stderr.write('%s - - [%s] %s\n' % (self.client_address[0], self.log_date_time_string(), format % args))

    def _handle(self):
        method = getattr(self, 'do_' + self.command, None)
        if method is None:
            self.send_error(501, "Unsupported method ('%s')" % self.command)
        else:
            method()
        return {'status': self._status, 'headers': self._out_headers, 'body': ''.join(self.wfile.parts)}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    server_version = 'SimpleHTTP/0.6'

    def __init__(self, *args, directory=None, **kwargs):
        self.directory = directory or os.getcwd()
        BaseHTTPRequestHandler.__init__(self, *args, **kwargs)

    def do_GET(self):
        self._serve(True)

    def do_HEAD(self):
        self._serve(False)

    def _serve(self, with_body):
        path = self.path.split('?', 1)[0].split('#', 1)[0]
        local = self.directory.rstrip('/') + '/' + '/'.join(p for p in path.split('/') if p and p not in ('.', '..'))
        if _isdir(local):
            if not path.endswith('/'):
                self.send_response(301)
                self.send_header('Location', path + '/')
                self.send_header('Content-Length', '0')
                self.end_headers()
                return
            if _isfile(local.rstrip('/') + '/index.html'):
                local = local.rstrip('/') + '/index.html'
            else:
                return self._listing(local, path, with_body)
        if not _isfile(local):
            return self.send_error(404, 'File not found')
        with open(local) as f:
            body = f.read()
        self.send_response(200)
        self.send_header('Content-type', _TYPES.get(local.rsplit('.', 1)[-1].lower(), 'application/octet-stream'))
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _listing(self, local, path, with_body):
        names = sorted(os.listdir(local), key=lambda n: n.lower())
        items = ''.join('<li><a href="%s">%s</a></li>\n' % (n + ('/' if _isdir(local.rstrip('/') + '/' + n) else ''), n + ('/' if _isdir(local.rstrip('/') + '/' + n) else '')) for n in names)
        title = 'Directory listing for %s' % path
        body = '<!DOCTYPE HTML>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n</head>\n<body>\n<h1>%s</h1>\n<hr>\n<ul>\n%s</ul>\n<hr>\n</body>\n</html>\n' % (title, title, items)
        self.send_response(200)
        self.send_header('Content-type', 'text/html; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)


def _isdir(path):
    try:
        return os.stat(path)[0] & 0o170000 == 0o040000
    except OSError:
        return False


def _isfile(path):
    try:
        return os.stat(path)[0] & 0o170000 == 0o100000
    except OSError:
        return False


class HTTPServer:
    def __init__(self, server_address, RequestHandlerClass):
        self.server_address = server_address
        self.server_name = server_address[0] or '0.0.0.0'
        self.server_port = server_address[1]
        self.RequestHandlerClass = RequestHandlerClass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def _answer(self, request):
        return self.RequestHandlerClass(request, (request.get('remoteAddress') or '172.17.0.1', 0), self)._handle()

    def serve_forever(self, poll_interval=0.5):
        _workbook.serve(self.server_port, self._answer)

    def server_close(self):
        pass


ThreadingHTTPServer = HTTPServer


def _main():
    args = [a for a in sys.argv[1:]]
    port = 8000
    bind = '0.0.0.0'
    directory = None
    i = 0
    while i < len(args):
        a = args[i]
        if a in ('-b', '--bind'):
            bind = args[i + 1]
            i += 1
        elif a in ('-d', '--directory'):
            directory = args[i + 1]
            i += 1
        elif a.isdigit():
            port = int(a)
        i += 1
    if directory:
        os.chdir(directory)
    print('Serving HTTP on %s port %d (http://%s:%d/) ...' % (bind, port, bind, port))
    HTTPServer((bind, port), SimpleHTTPRequestHandler).serve_forever()


if __name__ == '__main__':
    _main()
`;
