import { lookup } from '../../../src/shell/lookup.ts';
import { describe, expect, it } from 'vitest';
import { makeNginx } from '../../../src/shell/programs/nginx.ts';
import { makeHello } from '../../../src/shell/programs/hello.ts';
import { makeRedisCli, makeRedisServer } from '../../../src/shell/programs/redis.ts';
import { makePostgres } from '../../../src/shell/programs/postgres.ts';
import { makeRegistry } from '../../../src/shell/programs/registry.ts';
import { makeCurl } from '../../../src/shell/programs/curl.ts';
import { busyboxPrograms, hostPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';
import { NGINX_CONF, DEFAULT_CONF, INDEX_HTML } from '../../../src/engine/registry/catalog/nginx-files.ts';
import { fakeNet, machine } from './machine.ts';

function nginxMachine(env: Record<string, string> = {}) {
  const net = fakeNet();
  const m = machine({ net, env: { NGINX_VERSION: '1.27.4', ...env } });
  m.fs.mkdir('/etc/nginx/conf.d', { recursive: true });
  m.fs.mkdir('/usr/share/nginx/html/docs', { recursive: true });
  m.fs.writeFile('/etc/nginx/nginx.conf', NGINX_CONF);
  m.fs.writeFile('/etc/nginx/conf.d/default.conf', DEFAULT_CONF);
  m.fs.writeFile('/etc/nginx/mime.types', 'types {\n    text/html  html htm;\n    text/css   css;\n}\n');
  m.fs.writeFile('/usr/share/nginx/html/index.html', INDEX_HTML);
  // As the official image: the log files are links to the container's stdout and stderr.
  m.fs.mkdir('/var/log/nginx', { recursive: true });
  m.fs.mkdir('/var/run', { recursive: true });
  m.fs.mkdir('/run', { recursive: true });
  m.fs.symlink('/dev/stdout', '/var/log/nginx/access.log');
  m.fs.symlink('/dev/stderr', '/var/log/nginx/error.log');
  return { ...m, net };
}

describe('hello', () => {
  it("prints hello-world's message", async () => {
    const r = await machine().run(makeHello(), ['/hello']);
    expect(r.out.startsWith('\nHello from Docker!\nThis message shows that your installation appears to be working correctly.\n')).toBe(true);
    expect(r.out.endsWith(' https://docs.docker.com/get-started/\n\n')).toBe(true);
  });
});

describe('nginx', () => {
  it('serves the welcome page with nginx headers and logs the combined line', async () => {
    const m = nginxMachine();
    const stop = new AbortController();
    const running = m.run(makeNginx(), ['nginx', '-g', 'daemon off;'], '', stop.signal);
    await Promise.resolve();
    const res = await m.net.requestHttp('localhost', 80, { method: 'GET', path: '/', headers: { host: 'localhost:8080', 'user-agent': 'curl/7.88.1' }, body: new Uint8Array() });
    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({ Server: 'nginx/1.27.4', Date: 'Sun, 22 Nov 2026 05:10:00 GMT', 'Content-Type': 'text/html', 'Content-Length': '615' });
    const missing = await m.net.requestHttp('localhost', 80, { method: 'GET', path: '/nope', headers: { host: 'localhost:8080' }, body: new Uint8Array() });
    expect(new TextDecoder().decode(missing.body)).toBe('<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.4</center>\r\n</body>\r\n</html>\r\n');
    expect(missing.body.length).toBe(153);
    const dir = await m.net.requestHttp('localhost', 80, { method: 'GET', path: '/docs', headers: { host: 'localhost:8080' }, body: new Uint8Array() });
    expect([dir.status, dir.headers.Location]).toEqual([301, 'http://localhost/docs/']);
    stop.abort();
    const r = await running;
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('172.17.0.1 - - [22/Nov/2026:05:10:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/7.88.1" "-"');
    expect(r.err).toContain('2026/11/22 05:10:00 [notice] 1#1: start worker processes\n');
    expect(r.err).toContain('[error] 29#29: *2 open() "/usr/share/nginx/html/nope" failed (2: No such file or directory), client: 172.17.0.1, server: localhost, request: "GET /nope HTTP/1.1", host: "localhost:8080"\n');
    expect(r.err).toContain('[notice] 1#1: signal 3 (SIGQUIT) received, shutting down\n');
    expect(m.net.ports.size).toBe(0);
  });
  it('answers -v and -t, and reports an unknown directive', async () => {
    const m = nginxMachine();
    expect((await m.run(makeNginx(), ['nginx', '-v'])).err).toBe('nginx version: nginx/1.27.4\n');
    expect((await m.run(makeNginx(), ['nginx', '-t'])).err).toBe('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
    m.fs.writeFile('/etc/nginx/conf.d/default.conf', 'server {\n    listen 80;\n    lisen 81;\n}\n');
    expect(await m.run(makeNginx(), ['nginx', '-t'])).toEqual({ code: 1, out: '', err: 'nginx: [emerg] unknown directive "lisen" in /etc/nginx/conf.d/default.conf:3\nnginx: configuration file /etc/nginx/nginx.conf test failed\n' });
  });
});

describe('nginx configuration', () => {
  const get = (m: ReturnType<typeof nginxMachine>, port: number) => m.net.requestHttp('localhost', port, { method: 'GET', path: '/', headers: { host: 'localhost' }, body: new Uint8Array() });

  it('writes the access log to the file access_log names, and keeps the pid file while it runs', async () => {
    const m = nginxMachine();
    m.fs.writeFile('/etc/nginx/conf.d/default.conf', 'server {\n    listen 80;\n    root /usr/share/nginx/html;\n    access_log /var/log/site.log;\n}\n');
    const stop = new AbortController();
    const running = m.run(makeNginx(), ['nginx', '-g', 'daemon off;'], '', stop.signal);
    await Promise.resolve();
    expect((await get(m, 80)).status).toBe(200);
    expect(m.fs.readText('/run/nginx.pid')).toBe('1\n');
    stop.abort();
    const r = await running;
    expect(r.out).toBe('');
    expect(m.fs.readText('/var/log/site.log')).toMatch(/^172\.17\.0\.1 - - \[22\/Nov\/2026:05:10:00 \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "-"\n$/);
    expect(m.fs.exists('/run/nginx.pid')).toBe(false);
  });

  it('logs in a format log_format defines, and in combined when access_log names none', async () => {
    const m = nginxMachine();
    m.fs.writeFile('/etc/nginx/conf.d/default.conf', 'log_format short \'$remote_addr "$request" $status $http_x_custom\';\nserver {\n    listen 80;\n    root /usr/share/nginx/html;\n    access_log /var/log/short.log short;\n}\nserver {\n    listen 81;\n    root /usr/share/nginx/html;\n    access_log /var/log/plain.log combined;\n}\n');
    const stop = new AbortController();
    const running = m.run(makeNginx(), ['nginx', '-g', 'daemon off;'], '', stop.signal);
    await Promise.resolve();
    await m.net.requestHttp('localhost', 80, { method: 'GET', path: '/', headers: { host: 'localhost', 'x-custom': 'yes' }, body: new Uint8Array() });
    await m.net.requestHttp('localhost', 81, { method: 'GET', path: '/', headers: { host: 'localhost', 'user-agent': 'curl/8.5.0' }, body: new Uint8Array() });
    stop.abort();
    await running;
    expect(m.fs.readText('/var/log/short.log')).toBe('172.17.0.1 "GET / HTTP/1.1" 200 yes\n');
    expect(m.fs.readText('/var/log/plain.log')).toBe('172.17.0.1 - - [22/Nov/2026:05:10:00 +0000] "GET / HTTP/1.1" 200 615 "-" "curl/8.5.0"\n');
    m.fs.writeFile('/etc/nginx/conf.d/default.conf', 'server {\n    listen 80;\n    access_log /var/log/x.log fancy;\n}\n');
    expect((await m.run(makeNginx(), ['nginx', '-g', 'daemon off;'])).err).toBe('nginx: [emerg] unknown log format "fancy" in /etc/nginx/conf.d/default.conf:3\n');
  });

  it('shows notices only at the error_log level that asks for them', async () => {
    const m = nginxMachine();
    m.fs.writeFile('/etc/nginx/nginx.conf', NGINX_CONF.replace('error_log  /var/log/nginx/error.log notice;', 'error_log  /var/log/nginx/error.log;'));
    const stop = new AbortController();
    const running = m.run(makeNginx(), ['nginx', '-g', 'daemon off;'], '', stop.signal);
    await Promise.resolve();
    stop.abort();
    expect((await running).err).toBe('');
  });

  it('runs as a non-root user on a high port, and cannot bind port 80 as one', async () => {
    const m = nginxMachine({ USER: 'nginx' });
    m.fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n');
    const r = await m.run(makeNginx(), ['nginx', '-g', 'daemon off;']);
    expect(r).toEqual({ code: 1, out: '', err: 'nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:2\nnginx: [emerg] bind() to 0.0.0.0:80 failed (13: Permission denied)\n' });
  });
});

describe('redis', () => {
  it('logs its start, answers redis-cli and saves on stop', async () => {
    const net = fakeNet();
    const m = machine({ net, cwd: '/data' });
    m.fs.mkdir('/data');
    const stop = new AbortController();
    const server = m.run(makeRedisServer(), ['redis-server'], '', stop.signal);
    await Promise.resolve();
    expect((await m.run(makeRedisCli(), ['redis-cli', 'ping'])).out).toBe('PONG\n');
    await m.run(makeRedisCli(), ['redis-cli', 'set', 'k', 'v']);
    expect((await m.run(makeRedisCli(), ['redis-cli', 'get', 'k'])).out).toBe('v\n');
    stop.abort();
    const r = await server;
    expect(r.out).toContain('1:C 22 Nov 2026 05:10:00.000 * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo\n');
    expect(r.out).toContain('1:M 22 Nov 2026 05:10:00.000 * Ready to accept connections tcp\n');
    expect(r.out).toContain('# Redis is now ready to exit, bye bye...\n');
    expect(m.fs.exists('/data/dump.rdb')).toBe(true);
    expect(await m.run(makeRedisCli(), ['redis-cli', 'ping'])).toEqual({ code: 1, out: '', err: 'Could not connect to Redis at 127.0.0.1:6379: Connection refused\n' });
  });
});

describe('postgres', () => {
  it('refuses to initialise without a password', async () => {
    const r = await machine().run(makePostgres(), ['postgres']);
    expect(r.code).toBe(1);
    expect(r.err.startsWith('Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD')).toBe(true);
  });
  it('initialises, starts and skips initialisation the next time', async () => {
    const m = machine({ net: fakeNet(), env: { POSTGRES_PASSWORD: 'pw' } });
    const stop = new AbortController();
    stop.abort();
    const r = await m.run(makePostgres(), ['postgres'], '', stop.signal);
    expect(r.out).toContain('PostgreSQL init process complete; ready for start up.\n');
    expect(r.out).toContain('[1] LOG:  database system is ready to accept connections\n');
    expect(m.fs.readText('/var/lib/postgresql/data/PG_VERSION')).toBe('17\n');
    const again = await m.run(makePostgres(), ['postgres'], '', stop.signal);
    expect(again.out.startsWith('\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n')).toBe(true);
  });
});

describe('registry', () => {
  it('serves the v2 API on :5000 and logs its start', async () => {
    const net = fakeNet();
    const m = machine({ net });
    m.fs.mkdir('/etc/docker/registry', { recursive: true });
    m.fs.writeFile('/etc/docker/registry/config.yml', 'version: 0.1\nhttp:\n  addr: :5000\n');
    const stop = new AbortController();
    const running = m.run(makeRegistry(containerRegistryHandler), ['registry', 'serve', '/etc/docker/registry/config.yml'], '', stop.signal);
    await Promise.resolve();
    const c = await m.run(makeCurl('busybox'), ['curl', '-s', 'localhost:5000/v2/_catalog']);
    expect(c.out).toBe('{"repositories":[]}\n');
    stop.abort();
    const r = await running;
    expect(r.err).toMatch(/level=info msg="listening on \[::\]:5000" go.version=go1.20.8 instance.id=[0-9a-f-]+ service=registry version=2.8.3 \n/);
    expect(r.code).toBe(2);
  });
});

describe('program tables', () => {
  it("finds a container's image binaries only by their files, and gives the host curl and tar", () => {
    const m = machine();
    const bb = busyboxPrograms({ registryHandler: containerRegistryHandler });
    expect(lookup(m.fs, '/', '/usr/bin:/bin', bb, 'curl')).toBeNull();
    m.fs.mkdir('/usr/bin', { recursive: true });
    m.fs.writeFile('/usr/bin/curl', '\x7fELF', { mode: 0o755 });
    expect(lookup(m.fs, '/', '/usr/bin:/bin', bb, 'curl')).toEqual({ kind: 'program', program: bb.get('curl'), path: '/usr/bin/curl' });
    expect(lookup(m.fs, '/', '/usr/bin:/bin', hostPrograms(), 'curl')?.kind).toBe('program');
    expect(hostPrograms().has('tar') && hostPrograms().has('curl') && !hostPrograms().has('nginx')).toBe(true);
  });
});
