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

/** Runs `docker argv…` against `engine` on a machine whose clock reads `now` (ms since the epoch). */
export async function runDocker(engine: EngineApi, argv: string[], now: number): Promise<DockerRun> {
  let stdout = '';
  let stderr = '';
  const ctx: ProgramContext = {
    argv: ['docker', ...argv],
    env: new Map([['HOME', '/home/learner']]),
    cwd: '/home/learner',
    fs: new Vfs(undefined, { clock: () => now }),
    stdin: '',
    stdout: { write: (t: string) => void (stdout += t) },
    stderr: { write: (t: string) => void (stderr += t) },
    isTty: false,
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
  return `$ docker ${argv.join(' ')}\n${run.stdout}${stderr}--- exit ${run.status}\n`;
}
