// Packages npm installs with working code: lodash, qs and body-parser answer a program as the real
// packages do (fixtures/lodash-qs.out is real Node running fixtures/lodash-qs.program over lodash@4.17.21
// and qs@6.13.0); a package whose code the workbook lacks says so in one line when required.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeNpm } from '../../../src/shell/programs/npm.ts';
import { makeNode } from '../../../src/runtimes/node/program.ts';
import { closeSpareWorkers } from '../../../src/runtimes/process-host.ts';
import { machine } from '../programs/machine.ts';

afterAll(() => closeSpareWorkers());

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

async function project(...packages: string[]) {
  const m = machine({ cwd: '/app', env: { NODE_VERSION: '22.14.0', HOME: '/root' } });
  m.fs.mkdir('/app');
  await m.run(makeNpm(), ['npm', 'init', '-y']);
  await m.run(makeNpm(), ['npm', 'install', ...packages]);
  return m;
}

describe('npm packages with code', () => {
  it('lodash and qs give what the real packages give', async () => {
    const m = await project('lodash', 'qs');
    m.fs.writeFile('/app/lo.js', fixture('lodash-qs.program'));
    expect(await m.run(makeNode(), ['node', 'lo.js'])).toEqual({ code: 0, out: fixture('lodash-qs.out'), err: '' });
  });

  it('body-parser parses JSON and forms for a plain http server', async () => {
    const m = await project('body-parser');
    const code = "const bp = require('body-parser'); const { EventEmitter } = require('events');\nfunction send(type, body, parse) { const req = new EventEmitter(); Object.assign(req, { method: 'POST', headers: { 'content-type': type } }); parse(req, {}, (err) => console.log(err ? err.status : JSON.stringify(req.body))); req.emit('data', body); req.emit('end'); }\nsend('application/json', '{\"a\":[1,2]}', bp.json());\nsend('application/x-www-form-urlencoded', 'x=1&y[z]=2', bp.urlencoded({ extended: true }));\nsend('application/json', 'nope', bp.json());\n";
    expect((await m.run(makeNode(), ['node', '-e', code])).out).toBe('{"a":[1,2]}\n{"x":"1","y":{"z":"2"}}\n400\n');
  });

  it('a package without code says so when required', async () => {
    const m = await project('express');
    const r = await m.run(makeNode(), ['node', '-e', "require('cookie')"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("Error: cookie@0.7.1 is installed for its size and place in the tree; its code is not supported in the workbook\n");
    expect(m.fs.readText('/app/node_modules/mime/cli.js')).toMatch(/^#!\/usr\/bin\/env node\nthrow new Error\('mime@1\.6\.0 is installed/);
  });

  it('a module the workbook lacks inside a package with code says so too, rather than being empty', async () => {
    const m = await project('lodash');
    const r = await m.run(makeNode(), ['node', '-e', "const fp = require('lodash/fp'); console.log(typeof fp.map)"]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain("Error: lodash@4.17.21/fp.js is installed for its size and place in the tree; its code is not supported in the workbook\n");
    expect((await m.run(makeNode(), ['node', '-e', "console.log(require('lodash/core').chunk([1, 2, 3], 2))"])).out).toBe('[ [ 1, 2 ], [ 3 ] ]\n');
  });
});
