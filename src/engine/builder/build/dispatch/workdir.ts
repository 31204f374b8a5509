// WORKDIR: sets the working directory and creates it (owned by the USER) as a layer; `/` writes none.
import type { Vfs } from '../../../../vfs/vfs.ts';
import { normalize } from '../../../../vfs/path.ts';
import { resolveChown } from '../owner.ts';
import { layerStep } from '../steps.ts';
import type { Dispatcher } from './types.ts';
import { guard } from './vertex.ts';

/** Dispatches WORKDIR. */
export const workdir: Dispatcher<'WORKDIR'> = async ({ ctx, state, cmd, name, expand, step }) => {
  const path = expand(cmd.path);
  const dir = normalize(path.startsWith('/') ? path : `${state.config.WorkingDir || '/'}/${path}`);
  state.config.WorkingDir = dir;
  const vertex = ctx.progress.start(name);
  if (dir === '/') {
    state.history.push({ created: state.lastCreated, created_by: `WORKDIR ${dir}`, comment: 'buildkit.dockerfile.v0', empty_layer: true });
    vertex.done();
    return;
  }
  const user = state.config.User || '';
  await guard(vertex, () =>
    layerStep(state, step, vertex, ['workdir', dir, user], `WORKDIR ${dir}`, (fs) => {
      const owner = user && user !== 'root' ? safeChown(fs, user) : { uid: 0, gid: 0 };
      mkdirp(fs, dir, owner);
    }),
  );
};

function mkdirp(fs: Vfs, dir: string, owner: { uid: number; gid: number }): void {
  let current = '';
  for (const part of dir.split('/').filter(Boolean)) {
    current += `/${part}`;
    if (!fs.exists(current)) fs.mkdir(current, { mode: 0o755, uid: owner.uid, gid: owner.gid });
  }
}

function safeChown(fs: Vfs, user: string): { uid: number; gid: number } {
  try {
    return resolveChown(fs, user);
  } catch {
    return { uid: 0, gid: 0 };
  }
}
