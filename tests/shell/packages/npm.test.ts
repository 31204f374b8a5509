// npm against real npm: the trees, lock files and `npm ls` output below were recorded from npm
// installing express@4.21.2 then nodemon@3.1.9 as a devDependency (--before=2025-02-25, the versions
// node:22.14's npm picks), in a project named `both` at /app.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { makeNpm } from '../../../src/shell/programs/npm.ts';
import { machine } from '../programs/machine.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

async function project(deps: Record<string, Record<string, string>> = {}) {
  const m = machine({ cwd: '/app' });
  m.fs.mkdir('/app');
  m.fs.writeFile('/app/package.json', JSON.stringify({ name: 'both', version: '1.0.0', license: 'ISC', ...deps }, null, 2) + '\n');
  const npm = (...args: string[]) => m.run(makeNpm(), ['npm', ...args]);
  return { m, npm };
}

describe('npm install', () => {
  it('builds the tree real npm builds: 69 packages for express, send keeping its own encodeurl and ms', async () => {
    const { m, npm } = await project();
    expect((await npm('install', 'express')).out).toBe('\nadded 69 packages, and audited 70 packages in 3s\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(m.fs.readdir('/app/node_modules').filter((n) => !n.startsWith('.'))).toHaveLength(67);
    expect(m.fs.readdir('/app/node_modules/send/node_modules')).toEqual(['encodeurl', 'ms']);
    expect(JSON.parse(m.fs.readText('/app/node_modules/send/node_modules/ms/package.json')).version).toBe('2.1.3');
    expect(m.fs.readdir('/app/node_modules/express').sort()).toEqual(['History.md', 'LICENSE', 'Readme.md', 'index.js', 'lib', 'package.json']);
    expect(m.fs.readlink('/app/node_modules/.bin/mime')).toBe('../mime/cli.js');
    expect((await npm('install')).out).toBe('\nup to date, audited 70 packages in 1s\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
  });

  it('writes package-lock.json exactly as npm 10 does, dev flags and the skipped fsevents included', async () => {
    const { m, npm } = await project();
    await npm('install', 'express');
    expect((await npm('install', '--save-dev', 'nodemon')).out).toMatch(/^\nadded 29 packages, and audited 99 packages in 2s\n/);
    expect(JSON.parse(m.fs.readText('/app/package-lock.json'))).toEqual(JSON.parse(fixture('express-nodemon-lock.json')));
    expect(m.fs.readText('/app/package-lock.json')).toBe(fixture('express-nodemon-lock.json'));
    expect(m.fs.exists('/app/node_modules/fsevents')).toBe(false);
    expect(m.fs.readdir('/app/node_modules/nodemon/node_modules')).toEqual(['debug', 'ms']);
  });

  it('--omit=dev leaves out what only devDependencies need; uninstall removes a package and what only it needed', async () => {
    const { m, npm } = await project({ dependencies: { express: '^4.21.2' }, devDependencies: { nodemon: '^3.1.9' } });
    expect((await npm('install', '--omit', 'dev')).out).toMatch(/^\nadded 69 packages, and audited 70 packages/);
    expect(m.fs.exists('/app/node_modules/nodemon')).toBe(false);
    expect((await npm('uninstall', 'express', '--omit=dev')).out).toBe('\nremoved 69 packages, and audited 1 package in 1s\n\nfound 0 vulnerabilities\n');
    expect(JSON.parse(m.fs.readText('/app/package.json')).dependencies).toBeUndefined();
  });

  it('gives npm\'s E404 for a name the registry lacks and ETARGET for a range no version meets', async () => {
    const { npm } = await project();
    const missing = await npm('install', 'react');
    expect([missing.code, missing.err.split('\n').slice(0, 3)]).toEqual([1, ['npm error code E404', 'npm error 404 Not Found - GET https://registry.npmjs.org/react - Not found', 'npm error 404']]);
    const target = await npm('install', 'express@^5.0.0');
    expect([target.code, target.err.split('\n').slice(0, 2)]).toEqual([1, ['npm error code ETARGET', 'npm error notarget No matching version found for express@^5.0.0.']]);
  });
});

describe('npm ls', () => {
  it('prints the tree as npm does: deduped in breadth-first order, UNMET OPTIONAL for fsevents', async () => {
    const { npm } = await project();
    await npm('install', 'express');
    await npm('install', '-D', 'nodemon');
    expect((await npm('ls', '--all')).out).toBe(fixture('npm-ls-all.txt'));
    expect((await npm('ls')).out).toBe('both@1.0.0 /app\n├── express@4.21.2\n└── nodemon@3.1.9\n\n');
    expect((await npm('ls', 'ms')).out).toBe('both@1.0.0 /app\n├─┬ express@4.21.2\n│ ├─┬ debug@2.6.9\n│ │ └── ms@2.0.0\n│ └─┬ send@0.19.0\n│   └── ms@2.1.3\n└─┬ nodemon@3.1.9\n  └─┬ debug@4.4.0\n    └── ms@2.1.3\n\n');
  });

  it('reports missing and extraneous packages with ELSPROBLEMS, exit 1', async () => {
    const { m, npm } = await project({ dependencies: { express: '^4.21.2' } });
    m.fs.mkdir('/app/node_modules/lodash', { recursive: true });
    m.fs.writeFile('/app/node_modules/lodash/package.json', '{"name":"lodash","version":"4.17.21"}');
    const r = await npm('ls');
    expect([r.code, r.out]).toEqual([1, 'both@1.0.0 /app\n├── UNMET DEPENDENCY express@^4.21.2\n└── lodash@4.17.21 extraneous\n\n']);
    expect(r.err.split('\n').slice(0, 3)).toEqual(['npm error code ELSPROBLEMS', 'npm error missing: express@^4.21.2, required by both@1.0.0', 'npm error extraneous: lodash@4.17.21 /app/node_modules/lodash']);
  });
});

describe('npm ci', () => {
  it('removes node_modules and installs exactly the lock file\'s tree', async () => {
    const { m, npm } = await project();
    await npm('install', 'express');
    m.fs.rm('/app/node_modules/qs', { recursive: true });
    m.fs.writeFile('/app/node_modules/stray.txt', 'x');
    expect((await npm('ci')).out).toBe('\nadded 69 packages, and audited 70 packages in 3s\n\n14 packages are looking for funding\n  run `npm fund` for details\n\nfound 0 vulnerabilities\n');
    expect(m.fs.exists('/app/node_modules/qs/package.json') && !m.fs.exists('/app/node_modules/stray.txt')).toBe(true);
  });

  it('refuses a lock file out of sync with package.json with npm 10\'s EUSAGE', async () => {
    const { m, npm } = await project();
    await npm('install', 'express');
    const json = JSON.parse(m.fs.readText('/app/package.json'));
    m.fs.writeFile('/app/package.json', JSON.stringify({ ...json, dependencies: { ...json.dependencies, lodash: '^4.17.21' } }));
    const r = await npm('ci');
    expect(r.code).toBe(1);
    expect(r.err.split('\n').slice(0, 9)).toEqual([
      'npm error code EUSAGE',
      'npm error',
      'npm error `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.',
      'npm error',
      'npm error Missing: lodash@4.17.21 from lock file',
      'npm error',
      'npm error Clean install a project',
      'npm error',
      'npm error Usage:',
    ]);
  });
});
