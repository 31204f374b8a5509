// Differential testing: runs a command line in our shell and in the real tool (GNU coreutils under bash, or
// busybox applets under busybox sh) over the same files, so expectations come from the real programs.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { Shell } from '../../../src/shell/shell.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { installProgramFiles } from '../../support/program-files.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';

export type Flavour = 'gnu' | 'busybox';
export type Files = Record<string, string>;

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Whether the real tools are installed here (busybox-static and GNU coreutils). */
export const ORACLE = has('busybox') && has('bash');
if (!ORACLE) console.log('busybox or bash missing: differential program tests are skipped');

let bbBin: string | undefined;
function busyboxBin(): string {
  if (bbBin) return bbBin;
  bbBin = mkdtempSync(join(tmpdir(), 'bb-bin-'));
  const applets = execFileSync('busybox', ['--list']).toString().split('\n').filter(Boolean);
  const bb = execFileSync('sh', ['-c', 'command -v busybox']).toString().trim();
  for (const a of applets) symlinkSync(bb, join(bbBin, a));
  return bbBin;
}

/** What a command printed and returned. */
export interface Outcome {
  out: string;
  err: string;
  code: number;
}

/** Runs `cmd` with the real tools in a temp dir holding `files`. */
export function real(flavour: Flavour, files: Files, cmd: string, stdin = ''): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'prog-'));
  try {
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    // TZ is fixed so that the real tools, like ours, print UTC whatever zone the machine is in.
    const env = { PATH: flavour === 'busybox' ? busyboxBin() : '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC' };
    const r = flavour === 'busybox' ? spawnSync(join(busyboxBin(), 'sh'), ['-c', cmd], { cwd: dir, env, input: stdin }) : spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', 'enable -n printf echo true false; ' + cmd], { cwd: dir, env, input: stdin });
    return { out: r.stdout.toString(), err: r.stderr.toString(), code: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The simulated shells' clock: 2026-11-22 05:10:00 UTC. Compare the real tools at this instant (`date -d @…`), never at the wall clock. */
export const SIMULATED_NOW = Date.UTC(2026, 10, 22, 5, 10);

/** A shell of the given flavour over a vfs whose cwd /w holds `files`. */
export function simulated(flavour: Flavour, files: Files, extra: (fs: Vfs) => void = () => {}) {
  const fs = Vfs.empty({ clock: () => SIMULATED_NOW });
  fs.mkdir('/w', { recursive: true });
  fs.mkdir('/tmp');
  for (const [p, text] of Object.entries(files)) {
    fs.mkdir(dirname('/w/' + p), { recursive: true });
    fs.writeFile('/w/' + p, text);
  }
  const programs = flavour === 'gnu' ? coreutilsPrograms({ registryHandler: containerRegistryHandler }) : busyboxPrograms({ registryHandler: containerRegistryHandler });
  extra(fs);
  installProgramFiles(fs, programs.keys());
  const sh = new Shell({
    fs,
    programs,
    env: new Map([['PATH', '/usr/bin:/bin'], ['HOME', '/root']]),
    cwd: '/w',
    dialect: flavour === 'gnu' ? 'bash' : 'ash',
  });
  return {
    fs,
    async run(cmd: string, stdin = ''): Promise<Outcome> {
      let out = '';
      let err = '';
      const r = await sh.run(cmd, { stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) }, signal: new AbortController().signal, stdin });
      return { out, err, code: r.exitCode };
    },
  };
}

/** Runs `cmd` both ways (`extra` adds to our filesystem what the real machine has outside the temp dir); returns [ours, real]. */
export async function both(flavour: Flavour, files: Files, cmd: string, stdin = '', extra?: (fs: Vfs) => void): Promise<[Outcome, Outcome]> {
  const ours = await simulated(flavour, files, extra).run(cmd, stdin);
  return [ours, real(flavour, files, cmd, stdin)];
}

/** Runs `cmd` in a shell of that flavour whose every sleep is recorded and presses Ctrl-C as it starts: the status, stdout and what each sleep asked the clock for. */
export async function ctrlCWhileSleeping(flavour: Flavour, cmd: string): Promise<{ code: number; out: string; asked: number[] }> {
  const fs = Vfs.empty({ clock: () => SIMULATED_NOW });
  fs.mkdir('/w', { recursive: true });
  const programs = flavour === 'gnu' ? coreutilsPrograms({ registryHandler: containerRegistryHandler }) : busyboxPrograms({ registryHandler: containerRegistryHandler });
  installProgramFiles(fs, programs.keys());
  const stop = new AbortController();
  const asked: number[] = [];
  const sleep = async (ms: number) => {
    asked.push(ms);
    stop.abort();
  };
  const sh = new Shell({ fs, programs, env: new Map([['PATH', '/usr/bin:/bin']]), cwd: '/w', dialect: flavour === 'gnu' ? 'bash' : 'ash', sleep });
  let out = '';
  const r = await sh.run(cmd, { stdout: { write: (t) => void (out += t) }, stderr: { write: () => {} }, signal: stop.signal, stdin: '' });
  return { code: r.exitCode, out, asked };
}
