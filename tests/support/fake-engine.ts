// A fake of the Engine API for CLI tests, as docker/cli's fakeClient: each endpoint a test needs is a
// function it passes in; any other endpoint throws, so a test states exactly what the command calls.
import type { EngineApi } from '../../src/engine/index.ts';
import { dockerProgram } from '../../src/cli/docker.ts';
import type { ProgramContext } from '../../src/kernel/process.ts';
import { Vfs } from '../../src/vfs/vfs.ts';

/** An EngineApi answering with `fakes`; an endpoint not faked throws and names itself. */
export function fakeEngine(fakes: Partial<EngineApi>): EngineApi {
  return new Proxy(fakes, {
    get(target, name: string) {
      if (name in target) return target[name as keyof EngineApi];
      if (name === 'then') return undefined; // not a thenable
      return () => {
        throw new Error(`FakeEngine: ${name} is not faked in this test`);
      };
    },
  }) as EngineApi;
}

/** What a docker command printed. */
export interface DockerRun {
  stdout: string;
  stderr: string;
  status: number;
}

/** The machine a docker command runs on in a test: files under the cwd, variables, stdin, a terminal or not. */
export interface DockerMachine {
  /** Files by path relative to the cwd (/home/learner). */
  files?: Record<string, string>;
  env?: Record<string, string>;
  stdin?: string;
  isTty?: boolean;
}

/** Runs `docker argv…` against `engine` on a machine whose clock reads `now` (ms since the epoch). */
export async function runDocker(engine: EngineApi, argv: string[], now: number, machine: DockerMachine = {}): Promise<DockerRun> {
  let stdout = '';
  let stderr = '';
  const cwd = '/home/learner';
  const fs = new Vfs(undefined, { clock: () => now });
  fs.mkdir(cwd, { recursive: true });
  for (const [path, text] of Object.entries(machine.files ?? {})) {
    fs.mkdir(`${cwd}/${path}`.replace(/\/[^/]*$/, ''), { recursive: true });
    fs.writeFile(`${cwd}/${path}`, text);
  }
  const ctx: ProgramContext = {
    argv: ['docker', ...argv],
    env: new Map([['HOME', '/home/learner'], ...Object.entries(machine.env ?? {})]),
    cwd,
    fs,
    stdin: machine.stdin ?? '',
    stdout: { write: (t: string) => void (stdout += t) },
    stderr: { write: (t: string) => void (stderr += t) },
    isTty: machine.isTty ?? false,
    columns: 80,
    signal: new AbortController().signal,
    sleep: async () => {},
  };
  const status = await dockerProgram(engine)(ctx);
  return { stdout, stderr, status };
}

/** A transcript of one run, as a golden file keeps it: the command, stdout, stderr and status. */
export function transcript(argv: string[], run: DockerRun): string {
  const stderr = run.stderr ? `--- stderr\n${run.stderr}` : '';
  return `$ docker ${argv.map(shellQuote).join(' ')}\n${run.stdout}${stderr}--- exit ${run.status}\n`;
}

// A word as a shell would need it typed: bare when safe, else in single quotes.
function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}
