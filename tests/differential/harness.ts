// Runs one scripted session twice from the same starting state: through our CLI in the headless
// session, and through the real docker CLI against `sim --listen` (in process, on a unix socket).
// Both daemons start on the same simulated clock and advance it as the session does, a second per
// command, so image IDs, digests and times agree; the real CLI reads elapsed times off the wall clock,
// so "… ago" fields are normalised and nothing else.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSession } from '../../src/session/session.ts';
import { memoryStorage } from '../../src/session/persistence/storage.ts';
import { createServedDaemon } from '../../src/sim/api/daemon.ts';
import { startApiServer } from '../../src/sim/api/server.ts';

/** The real docker CLI the suite compares against. */
export const REAL_DOCKER = '/usr/local/bin/docker';

/** Why the suite cannot run here, or undefined when it can. */
export function skipReason(): string | undefined {
  return existsSync(REAL_DOCKER) ? undefined : `differential tests skipped: ${REAL_DOCKER} is absent (install the docker CLI, e.g. Debian's docker.io)`;
}

/** What one command printed and how it exited. */
export interface CommandResult {
  line: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

// Each typed line moves the session's simulated clock on by this much (src/session/session.ts).
const MS_PER_LINE = 1000;

/** Our CLI: each line typed into a fresh headless session (no TTY, 80 columns). */
export async function runOurs(lines: readonly string[], now: number): Promise<CommandResult[]> {
  const session = createSession({ storage: memoryStorage(), realTime: false });
  await session.start({ lessonId: 'differential', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24, now });
  const results: CommandResult[] = [];
  for (const line of lines) {
    let stdout = '';
    let stderr = '';
    const result = await session.feed(line, (chunk) => {
      if (chunk.stream === 'stderr') stderr += chunk.text;
      else stdout += chunk.text;
    });
    results.push({ line, stdout, stderr, exitCode: result.kind === 'ran' ? result.exitCode : -1 });
  }
  return results;
}

/** The real docker CLI: each line run against a fresh served daemon, HOME in a temp dir, no TTY. */
export async function runReal(lines: readonly string[], now: number): Promise<CommandResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wb-differential-'));
  const { engine, clock } = createServedDaemon(now);
  const server = await startApiServer(engine, { kind: 'unix', path: join(dir, 'docker.sock') });
  const env = { PATH: '/usr/bin:/bin', HOME: dir, DOCKER_HOST: `unix://${join(dir, 'docker.sock')}`, DOCKER_CLI_HINTS: 'false', DOCKER_CONFIG: join(dir, '.docker') };
  try {
    const results: CommandResult[] = [];
    for (const line of lines) {
      const argv = shellWords(line);
      if (argv[0] !== 'docker') throw new Error(`differential scripts run docker commands only: ${line}`);
      results.push({ line, ...(await spawnDocker(argv.slice(1), env)) });
      await clock.advance(MS_PER_LINE);
    }
    return results;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnDocker(args: string[], env: NodeJS.ProcessEnv): Promise<Omit<CommandResult, 'line'>> {
  return new Promise((resolve, reject) => {
    const child = spawn(REAL_DOCKER, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, exitCode: code ?? -1 }));
  });
}

/** Splits a command line as sh would for the quoting our scripts use ('…', "…", backslash). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let text = '';
      for (i++; i < line.length && line[i] !== '"'; i++) text += line[i] === '\\' && '"\\$`'.includes(line[i + 1]) ? line[++i] : line[i];
      word = (word ?? '') + text;
    } else if (c === '\\') word = (word ?? '') + line[++i];
    else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

const ELAPSED = /\b(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)) ago\b/g;

/**
 * Replaces elapsed times ("2 years ago"), which the real CLI measures against the wall clock while our
 * CLI reads the simulated one. In an output that has one, runs of spaces shrink to two: a table pads
 * its columns to the widest cell, and the elapsed cell's width is part of what is normalised.
 */
export function normalizeElapsed(text: string): string {
  const replaced = text.replace(ELAPSED, '<elapsed> ago');
  return replaced === text ? text : replaced.replace(/ {2,}/g, '  ');
}

/** Both runs of a script, normalised, for one `expect(ours).toEqual(real)`. */
export async function differential(script: readonly string[] | ((now: number) => readonly string[])): Promise<{ ours: CommandResult[]; real: CommandResult[] }> {
  // The wall clock, to the second, so the real CLI's "… ago" mostly agrees even before normalising.
  const now = Math.floor(Date.now() / 1000) * 1000;
  // A script may need the start time (absolute `--since`/`--until`, which both CLIs pass on unchanged).
  const lines = typeof script === 'function' ? script(now) : script;
  const normalize = (r: CommandResult): CommandResult => ({ ...r, stdout: normalizeElapsed(r.stdout), stderr: normalizeElapsed(r.stderr) });
  const real = (await runReal(lines, now)).map(normalize);
  const ours = (await runOurs(lines, now)).map(normalize);
  return { ours, real };
}
