// file against the real libmagic here for what a learner meets (text kinds, scripts, JSON, gzip, tar,
// directories, links, empty files, data), and in images: absent until the package installs it, then
// naming the image's binaries as the ELF programs they stand for.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { makeFile } from '../../../src/shell/programs/file.ts';
import { machine } from './machine.ts';
import { transcript } from '../../../src/sim/run-script.ts';

const HAS_FILE = spawnSync('sh', ['-c', 'command -v file']).status === 0;
const tarOf = (dir: string) => execFileSync('tar', ['cf', '-', '-C', dir, 't.txt']);
const FILES: Record<string, Uint8Array | string> = {
  empty: '', 't.txt': 'hello\n', 's.sh': '#!/bin/sh\necho hi\n', 'b.sh': '#!/bin/bash\necho hi\n', 'p.py': '#!/usr/bin/env python3\nprint(1)\n',
  'u.txt': 'café\n', 'crlf.txt': 'a\r\nb\r\n', 'nonl.txt': 'no newline', 'j.json': '{"a": [1, 2]}\n', bin: Uint8Array.of(0, 1, 2, 3, 0xff),
  'long.txt': 'x'.repeat(400) + '\n', 't.gz': gzipSync(new TextEncoder().encode('hello\n'), { mtime: Date.UTC(2026, 10, 22, 5, 10), filename: 't.txt' }),
  'max.gz': gzipSync(new TextEncoder().encode('hello\n'), { level: 9, mtime: 0 }),
};

describe.runIf(HAS_FILE)('file matches the real libmagic', () => {
  it('names text, scripts, JSON, gzip, tar, directories, links, empty files and data as file does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'file-'));
    const m = machine({ cwd: '/w' });
    m.fs.mkdir('/w/d', { recursive: true });
    mkdirSync(join(dir, 'd'));
    for (const [name, data] of Object.entries(FILES)) {
      writeFileSync(join(dir, name), data);
      m.fs.writeFile(`/w/${name}`, data);
    }
    const tar = tarOf(dir);
    writeFileSync(join(dir, 'a.tar'), tar);
    m.fs.writeFile('/w/a.tar', new Uint8Array(tar));
    symlinkSync('t.txt', join(dir, 'link'));
    symlinkSync('gone', join(dir, 'dangling'));
    m.fs.symlink('t.txt', '/w/link');
    m.fs.symlink('gone', '/w/dangling');
    utimesSync(join(dir, 't.txt'), 0, 0);
    const names = [...Object.keys(FILES), 'a.tar', 'd', 'link', 'dangling', 'missing'];
    const real = spawnSync('file', names, { cwd: dir, encoding: 'utf8', env: { LC_ALL: 'C', TZ: 'UTC' } });
    const ours = await m.run(makeFile(), ['file', ...names]);
    expect(ours.out).toBe(real.stdout);
    expect(ours.code).toBe(real.status);
    const brief = spawnSync('file', ['-b', '-L', 'link'], { cwd: dir, encoding: 'utf8' });
    expect((await m.run(makeFile(), ['file', '-b', '-L', 'link'])).out).toBe(brief.stdout);
  });
});

describe('file in images', () => {
  it('is absent from alpine until apk add file, then names busybox, scripts and text', async () => {
    const out = await transcript("docker pull -q alpine\ndocker run --rm alpine sh -c 'file /etc/passwd; echo \"status $?\"; apk add -q file; file /bin/busybox /bin/ls /etc/passwd /etc /lib/libz.so.1.3.1'");
    expect(out).toBe([
      'docker.io/library/alpine:latest', 'sh: file: not found', 'status 127',
      '/bin/busybox:       ELF 64-bit LSB pie executable, x86-64, version 1 (SYSV), dynamically linked, interpreter /lib/ld-musl-x86_64.so.1, stripped',
      '/bin/ls:            symbolic link to /bin/busybox', '/etc/passwd:        ASCII text', '/etc:               directory',
      '/lib/libz.so.1.3.1: ELF 64-bit LSB shared object, x86-64, version 1 (SYSV), dynamically linked, stripped', '',
    ].join('\n'));
  });
});
