import { afterAll, describe, expect, it } from 'vitest';
import { makeNode } from '../../src/runtimes/node/program.ts';
import { closeSpareWorkers, setRuntimeBudget } from '../../src/runtimes/process-host.ts';
import { fakeNet, machine } from '../shell/programs/machine.ts';
import { encodeUtf8, decodeUtf8 } from '../../src/vfs/utf8.ts';

afterAll(() => closeSpareWorkers());

function nodeMachine(env: Record<string, string> = {}, net = fakeNet()) {
  const m = machine({ env: { NODE_VERSION: '22.14.0', HOME: '/root', ...env }, cwd: '/app', net });
  m.fs.mkdir('/app', { recursive: true });
  return m;
}

describe('node', () => {
  it('runs -e and -p', async () => {
    const m = nodeMachine();
    expect(await m.run(makeNode(), ['node', '-e', 'console.log(1 + 1, "a", [1, 2], { b: 1 })'])).toEqual({ code: 0, out: '2 a [ 1, 2 ] { b: 1 }\n', err: '' });
    expect((await m.run(makeNode(), ['node', '-p', '6 * 7'])).out).toBe('42\n');
    expect((await m.run(makeNode(), ['node', '--version'])).out).toBe('v22.14.0\n');
  });
  it('sees process.env and argv, reads and writes files, requires relative modules', async () => {
    const m = nodeMachine({ GREETING: 'hi' });
    m.fs.writeFile('/app/lib.js', 'module.exports = (s) => s.toUpperCase();\n');
    m.fs.writeFile('/app/data.txt', 'a,b');
    m.fs.writeFile('/app/app.js', "const fs = require('fs');\nconst up = require('./lib');\nconst path = require('node:path');\nconsole.log(process.env.GREETING, process.argv.slice(2).join(' '), up(fs.readFileSync('data.txt', 'utf8')), path.join(__dirname, 'x'));\nfs.writeFileSync('out.txt', 'written');\n");
    const r = await m.run(makeNode(), ['node', 'app.js', 'one', 'two']);
    expect(r).toEqual({ code: 0, out: 'hi one two A,B /app/x\n', err: '' });
    expect(m.fs.readText('/app/out.txt')).toBe('written');
  });
  it('exits with process.exit and process.exitCode, after timers', async () => {
    const m = nodeMachine();
    expect((await m.run(makeNode(), ['node', '-e', 'setTimeout(() => { console.log("later"); process.exit(4) }, 10); console.log("now")']))).toMatchObject({ code: 4, out: 'now\nlater\n' });
    expect((await m.run(makeNode(), ['node', '-e', 'process.exitCode = 2'])).code).toBe(2);
  });
  it('reports an uncaught error as Node does', async () => {
    const m = nodeMachine();
    m.fs.writeFile('/app/app.js', "function boom() {\n  throw new Error('boom');\n}\nboom();\n");
    const r = await m.run(makeNode(), ['node', 'app.js']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^\/app\/app\.js:2\n {2}throw new Error\('boom'\);\n {2}\^\n\nError: boom\n {4}at boom \(\/app\/app\.js:2(:\d+)?\)\n/);
    expect(r.err).toMatch(/\n\nNode\.js v22\.14\.0\n$/);
  });
  it('says a missing script cannot be found', async () => {
    const r = await nodeMachine().run(makeNode(), ['node', 'nope.js']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Error: Cannot find module '/app/nope.js'");
  });
  it('stops an endless loop on Ctrl-C (130)', async () => {
    const stop = new AbortController();
    const running = nodeMachine().run(makeNode(), ['node', '-e', 'for (;;) {}'], '', stop.signal);
    setTimeout(() => stop.abort(), 300);
    expect((await running).code).toBe(130);
  });
  it('stops a runaway at the time budget (124) in a headless run', async () => {
    const old = setRuntimeBudget(300);
    try {
      const r = await nodeMachine().run(makeNode(), ['node', '-e', 'while (true) {}']);
      expect(r.code).toBe(124);
      expect(r.err).toBe("node: stopped: the program ran too long without finishing (the workbook's time limit)\n");
    } finally {
      setRuntimeBudget(old);
    }
  });
  it('serves HTTP with http.createServer on the container network', async () => {
    const net = fakeNet();
    const m = nodeMachine({}, net);
    m.fs.writeFile('/app/server.js', "require('http').createServer((req, res) => {\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  res.end('hello ' + req.url + '\\n');\n}).listen(3000, () => console.log('listening on 3000'));\n");
    const stop = new AbortController();
    const running = m.run(makeNode(), ['node', 'server.js'], '', stop.signal);
    for (let i = 0; i < 100 && !net.ports.has(3000); i++) await new Promise((r) => setTimeout(r, 20));
    const response = await net.requestHttp('localhost', 3000, { method: 'GET', path: '/hi', headers: {}, body: encodeUtf8('') });
    expect(response.status).toBe(200);
    expect(decodeUtf8(response.body)).toBe('hello /hi\n');
    expect(response.headers['Content-Type']).toBe('text/plain');
    stop.abort();
    const r = await running;
    expect(r.out).toBe('listening on 3000\n');
    expect(net.ports.has(3000)).toBe(false);
  });
});
