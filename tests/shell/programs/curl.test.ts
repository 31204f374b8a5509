import type { HttpResponse } from '../../../src/kernel/net.ts';
import { describe, expect, it } from 'vitest';
import { makeCurl } from '../../../src/shell/programs/curl.ts';
import { encodeUtf8 } from '../../../src/vfs/utf8.ts';
import { fakeNet, machine } from './machine.ts';

const curl = makeCurl('gnu');
function serving() {
  const net = fakeNet();
  net.listenHttp(8080, (req): HttpResponse => {
    if (req.path === '/d') return { status: 301, headers: { Location: 'http://localhost:8080/d/' }, body: new Uint8Array() };
    if (req.path === '/missing') return { status: 404, headers: { 'Content-Type': 'text/html' }, body: encodeUtf8('nope\n') };
    return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: encodeUtf8(`${req.method} ${req.path} ${req.headers['user-agent']}\n`) };
  });
  return net;
}

describe('curl', () => {
  it('prints the body of a GET on a terminal without a progress meter', async () => {
    const m = machine({ net: serving(), tty: true });
    expect(await m.run(curl, ['curl', 'localhost:8080/x'])).toEqual({ code: 0, out: 'GET /x curl/7.88.1\n', err: '' });
  });
  it('reports a refused connection with exit 7', async () => {
    const m = machine({ net: fakeNet(), tty: true });
    const r = await m.run(curl, ['curl', 'http://localhost:8080/']);
    expect(r.code).toBe(7);
    expect(r.err).toBe("curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n");
  });
  it('reports an unknown host with exit 6, and no network the same way', async () => {
    expect((await machine({ net: fakeNet(), tty: true }).run(curl, ['curl', '-s', 'http://x/'])).code).toBe(6);
    const r = await machine({ tty: true }).run(curl, ['curl', '-sS', 'http://x/']);
    expect(r).toEqual({ code: 6, out: '', err: 'curl: (6) Could not resolve host: x\n' });
  });
  it('includes headers with -i and follows redirects with -L', async () => {
    const m = machine({ net: serving(), tty: true });
    const r = await m.run(curl, ['curl', '-iL', 'localhost:8080/d']);
    expect(r.out).toBe('HTTP/1.1 301 Moved Permanently\r\nLocation: http://localhost:8080/d/\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nGET /d/ curl/7.88.1\n');
  });
  it('fails with 22 on -f and an HTTP error', async () => {
    const m = machine({ net: serving(), tty: true });
    expect(await m.run(curl, ['curl', '-f', 'localhost:8080/missing'])).toEqual({ code: 22, out: '', err: 'curl: (22) The requested URL returned error: 404\n' });
    expect((await m.run(curl, ['curl', '-sf', 'localhost:8080/missing'])).err).toBe('');
  });
  it('writes -o and -O files and shows the meter when not silent', async () => {
    const m = machine({ net: serving(), tty: true, cwd: '/tmp' });
    const r = await m.run(curl, ['curl', '-o', 'page.txt', 'localhost:8080/a']);
    expect(m.fs.readText('/tmp/page.txt')).toBe('GET /a curl/7.88.1\n');
    expect(r.err).toContain('  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n');
    expect(r.err).toMatch(/\r100 {4}19 {2}100 {4}19 {4}0 {5}0 {5}19 {6}0 --:--:-- --:--:-- --:--:-- {4}19\n$/);
    await m.run(curl, ['curl', '-sO', 'localhost:8080/file.txt']);
    expect(m.fs.readText('/tmp/file.txt')).toContain('/file.txt');
    expect((await m.run(curl, ['curl', '-O', 'localhost:8080/'])).code).toBe(23);
  });
  it('sends -X, -H and -d', async () => {
    const net = fakeNet();
    net.listenHttp(80, (req): HttpResponse => ({ status: 200, headers: {}, body: encodeUtf8(`${req.method} ${req.headers['content-type']} ${req.headers['x-a']} ${new TextDecoder().decode(req.body)}`) }));
    const m = machine({ net, tty: true });
    expect((await m.run(curl, ['curl', '-d', 'a=1', '-H', 'X-A: b', 'localhost'])).out).toBe('POST application/x-www-form-urlencoded b a=1');
    expect((await m.run(curl, ['curl', '-XPUT', 'localhost'])).out).toBe('PUT undefined undefined ');
  });
  it('rejects unknown options and a missing URL as curl does', async () => {
    const m = machine({ tty: true });
    expect(await m.run(curl, ['curl'])).toEqual({ code: 2, out: '', err: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n" });
    expect((await m.run(curl, ['curl', '--bogus', 'x'])).err).toBe("curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
  });
  it('fails https against a plain-HTTP port with the TLS error (35)', async () => {
    const m = machine({ net: serving(), tty: true });
    expect((await m.run(curl, ['curl', 'https://localhost:8080/'])).code).toBe(35);
  });
});

describe('curl -v and -w', () => {
  const page = () => ({ status: 200, headers: { Server: 'nginx/1.27.4', 'Content-Type': 'text/html', 'Content-Length': '5' }, body: new TextEncoder().encode('hello') });

  it('writes the request and response headers to stderr as curl 7.88 does, body data noted when not on a terminal', async () => {
    const net = fakeNet();
    net.ports.set(8080, page);
    const m = machine({ net });
    const r = await m.run(curl, ['curl', '-sv', '-o', 'page.html', 'localhost:8080/']);
    expect(r.code).toBe(0);
    expect(r.err).toBe(
      '*   Trying localhost:8080...\n* Connected to localhost (localhost) port 8080 (#0)\n' +
        '> GET / HTTP/1.1\r\n> Host: localhost:8080\r\n> User-Agent: curl/7.88.1\r\n> Accept: */*\r\n> \r\n' +
        '< HTTP/1.1 200 OK\r\n< Server: nginx/1.27.4\r\n< Content-Type: text/html\r\n< Content-Length: 5\r\n< \r\n{ [5 bytes data]\n' +
        '* Connection #0 to host localhost left intact\n',
    );
  });

  it('fills -w variables after the transfer, 000 when nothing answered, and warns about unknown ones', async () => {
    const net = fakeNet();
    net.ports.set(8080, page);
    const m = machine({ net });
    expect(await m.run(curl, ['curl', '-s', '-o', 'page.html', '-w', '%{http_code} %{size_download} %{content_type} %{url_effective}\\n', 'localhost:8080'])).toEqual({
      code: 0, out: '200 5 text/html http://localhost:8080/\n', err: '',
    });
    expect(await m.run(curl, ['curl', '-s', '-w', '%{http_code}\\n', 'localhost:9999'])).toEqual({ code: 7, out: '000\n', err: '' });
    expect(await m.run(curl, ['curl', '-s', '-o', 'page.html', '-w', '%{bogus}x%%\\n', 'localhost:8080'])).toEqual({
      code: 0, out: 'x%\n', err: "curl: unknown --write-out variable: 'bogus'\n",
    });
  });

  it('tells why a connection failed in its verbose lines', async () => {
    const m = machine({ net: fakeNet() });
    const refused = await m.run(curl, ['curl', '-v', 'web:81']);
    expect(refused.code).toBe(7);
    expect(refused.err).toContain("* Failed to connect to web port 81 after 0 ms: Couldn't connect to server\n* Closing connection 0\ncurl: (7)");
    const unknown = await m.run(curl, ['curl', '-sv', 'nosuch']);
    expect(unknown).toEqual({ code: 6, out: '', err: '* Could not resolve host: nosuch\n* Closing connection 0\n' });
  });

  // As curl 7.88.1 here against a local server: every URL in turn, -o/-O matched to the URLs in
  // order (the rest to stdout), a failed URL in the middle does not stop the others, and the exit
  // status is the last transfer's.
  it('fetches several URLs in turn, each to its own -o/-O or to stdout', async () => {
    const m = machine({ net: serving(), tty: true });
    expect(await m.run(curl, ['curl', 'localhost:8080/a', 'localhost:8080/b'])).toEqual({ code: 0, out: 'GET /a curl/7.88.1\nGET /b curl/7.88.1\n', err: '' });
    expect(await m.run(curl, ['curl', '-s', '-o', '/tmp/o1', 'localhost:8080/a', 'localhost:8080/b'])).toEqual({ code: 0, out: 'GET /b curl/7.88.1\n', err: '' });
    expect(m.fs.readText('/tmp/o1')).toBe('GET /a curl/7.88.1\n');
    expect((await m.run(curl, ['curl', '-s', 'localhost:8080/c', '-o', '/tmp/o2', 'localhost:8080/d/', '-o', '/tmp/o3'])).out).toBe('');
    expect([m.fs.readText('/tmp/o2'), m.fs.readText('/tmp/o3')]).toEqual(['GET /c curl/7.88.1\n', 'GET /d/ curl/7.88.1\n']);
    const named = machine({ net: serving(), tty: true, cwd: '/tmp' });
    expect((await named.run(curl, ['curl', '-sO', 'localhost:8080/x.txt', '-O', 'localhost:8080/y.txt'])).code).toBe(0);
    expect([named.fs.readText('/tmp/x.txt'), named.fs.readText('/tmp/y.txt')]).toEqual(['GET /x.txt curl/7.88.1\n', 'GET /y.txt curl/7.88.1\n']);
    expect(await m.run(curl, ['curl', 'localhost:8080/a', 'localhost:81/', 'localhost:8080/b'])).toEqual({
      code: 0,
      out: 'GET /a curl/7.88.1\nGET /b curl/7.88.1\n',
      err: "curl: (7) Failed to connect to localhost port 81 after 0 ms: Couldn't connect to server\n",
    });
    expect((await m.run(curl, ['curl', '-s', 'localhost:8080/a', 'localhost:81/'])).code).toBe(7);
  });
});
