// POST /containers/{id}/exec + /exec/{id}/start: a second process in a running container, run to
// completion or handed to the terminal when it is an interactive shell (`docker exec -it c sh`).
import type { InteractiveShell } from '../../kernel/process.ts';
import type { Container } from './container.ts';
import { findExecutable, specFor, type AttachIo } from './process.ts';
import { requireRuntime, type LifecycleDeps } from './lifecycle.ts';
import { ExecProcessNotFound } from '../errors/exec.ts';
import { ContainerNotRunning } from '../errors/container.ts';

/** Options of an exec (`-e`, `-w`, `-u`). */
export interface ExecOptions {
  env?: string[];
  cwd?: string;
  user?: string;
}

/** The streams of an exec'd process that runs to completion. */
export type ExecIo = AttachIo & { signal: AbortSignal; tty: boolean; sleep(ms: number): Promise<void> };

// The process spec of argv in a running container; the daemon's errors when it is stopped or argv[0] is not there.
function execSpec(c: Container, argv: string[], options: ExecOptions) {
  if (!c.running || !c.task) throw new ContainerNotRunning(c.id);
  const spec = specFor(c, argv, c.task.net, options);
  if (!findExecutable(c.fs, argv[0], spec.env)) throw new ExecProcessNotFound(argv[0], argv[0].includes('/'));
  return spec;
}

/** Runs argv to completion in a running container; resolves to its exit status. */
export function execInContainer(deps: Pick<LifecycleDeps, 'runtime' | 'host'>, c: Container, argv: string[], io: ExecIo, options: ExecOptions = {}): Promise<number> {
  const spec = execSpec(c, argv, options);
  return requireRuntime(deps).run(spec, { ...io, columns: io.columns, jobClock: deps.host });
}

/** An interactive shell exec'd into a running container; undefined when argv is not a shell. */
export function execInteractive(
  deps: Pick<LifecycleDeps, 'runtime' | 'host'>,
  c: Container,
  argv: string[],
  columns: number,
  sleep: (ms: number) => Promise<void>,
  options: ExecOptions = {},
): InteractiveShell | undefined {
  const spec = execSpec(c, argv, options);
  return requireRuntime(deps).interactive(spec, { columns, sleep, jobClock: deps.host });
}
