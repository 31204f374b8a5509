// Builds Dockerfiles in a fresh engine with the shell runtime and a simulated clock, for the build tests.
import { Engine } from '../../../../src/engine/engine.ts';
import { simulatedClock } from '../../../../src/session/clock.ts';
import { shellRuntime } from '../../../../src/session/runtime.ts';
import { Vfs } from '../../../../src/vfs/vfs.ts';
import type { DirNode } from '../../../../src/vfs/types.ts';
import type { BuildEvent, BuildRequest, BuildResult } from '../../../../src/engine/builder/build/types.ts';

/** An engine whose builds run RUN steps in the shell. */
export function buildEngine(): Engine {
  return new Engine(simulatedClock(), undefined, shellRuntime());
}

/** A context tree from `path → content` (a trailing `/` makes a directory). */
export function contextOf(files: Record<string, string>): DirNode {
  const fs = Vfs.empty({ clock: () => 1_700_000_000_000 });
  for (const [path, content] of Object.entries(files)) {
    if (path.endsWith('/')) fs.mkdir(`/${path}`, { recursive: true });
    else {
      const dir = path.includes('/') ? `/${path.slice(0, path.lastIndexOf('/'))}` : '/';
      fs.mkdir(dir, { recursive: true });
      fs.writeFile(`/${path}`, content, { mode: 0o644 });
    }
  }
  return fs.root;
}

/** Runs a build; returns its events and result, or the error it threw. */
export async function build(engine: Engine, files: Record<string, string>, opts: Partial<BuildRequest> = {}): Promise<{ events: BuildEvent[]; result?: BuildResult; error?: Error }> {
  const dockerfile = opts.dockerfile ?? files.Dockerfile ?? '';
  const request: BuildRequest = { context: contextOf(files), dockerfile, dockerfileName: 'Dockerfile', tags: [], buildArgs: new Map(), ...opts };
  const events: BuildEvent[] = [];
  const stream = engine.imageBuild(request);
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done) return { events, result: next.value };
      events.push(next.value);
    }
  } catch (error) {
    return { events, error: error as Error };
  }
}

/** The names of the vertices that started, in order. */
export function vertexNames(events: BuildEvent[]): string[] {
  return events.flatMap((e) => (e.type === 'start' ? [e.name] : []));
}

/** The names of the vertices that ended CACHED. */
export function cachedNames(events: BuildEvent[]): string[] {
  const names = new Map(events.flatMap((e) => (e.type === 'start' ? [[e.vertex, e.name] as const] : [])));
  return events.flatMap((e) => (e.type === 'cached' ? [names.get(e.vertex)!] : []));
}
