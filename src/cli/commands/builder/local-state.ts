// buildx's local state (localstate/localstate.go): for each build, a JSON file under
// ~/.docker/buildx/refs/<builder>/<node>/<ref> saying where its context and Dockerfile were on the
// client's disk. `history ls` and `inspect` name a build and show its context from it; without it
// (a deleted ~/.docker) they show what the build's own attributes say.
import type { ProgramContext } from '../../../kernel/process.ts';
import { dirname, resolve } from '../../../vfs/path.ts';
import { configPath } from '../registry/config-file.ts';

/** localstate.State, with Go's field names (they are the JSON keys). */
export interface LocalState {
  Target: string;
  /** The context's absolute path (`-` for stdin). */
  LocalPath: string;
  /** The Dockerfile's absolute path when -f named one (`-` for stdin), else empty. */
  DockerfilePath: string;
}

// confutil.NewConfig: $BUILDX_CONFIG, else `buildx` beside docker's config file.
function refPath(ctx: ProgramContext, ref: string): string {
  const dir = ctx.env.get('BUILDX_CONFIG') || `${dirname(configPath(ctx))}/buildx`;
  return `${dir.replace(/\/+$/, '')}/refs/default/default/${ref}`;
}

/** saveLocalState: the paths of a build's context and -f Dockerfile, made absolute as buildx does. */
export function saveLocalState(ctx: ProgramContext, ref: string, contextArg: string, fileArg: string): void {
  const stdin = contextArg === '-';
  const state: LocalState = {
    Target: '',
    LocalPath: stdin ? '-' : resolve(ctx.cwd, contextArg),
    DockerfilePath: fileArg && !stdin && fileArg !== '-' ? resolve(ctx.cwd, fileArg) : fileArg,
  };
  const path = refPath(ctx, ref);
  try {
    // Owned by whoever runs the client, as the files it writes (the filesystem's own identity).
    ctx.fs.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    ctx.fs.writeFile(path, JSON.stringify(state), { mode: 0o644 });
  } catch {
    // A home the learner made unwritable: the build goes on; history shows the build's own attributes.
  }
}

/** The local state of a build, if its file is there and reads as one. */
export function readLocalState(ctx: ProgramContext, ref: string): LocalState | undefined {
  try {
    const parsed = JSON.parse(ctx.fs.readText(refPath(ctx, ref))) as Partial<LocalState>;
    if (!parsed || typeof parsed !== 'object') return undefined;
    return { Target: String(parsed.Target ?? ''), LocalPath: String(parsed.LocalPath ?? ''), DockerfilePath: String(parsed.DockerfilePath ?? '') };
  } catch {
    return undefined;
  }
}
