// The big programs a first command does not need (awk, sed, tar, curl, wget, the package managers,
// the servers images bring: nginx, redis, postgres, registry; find, date, printf, sort, the checksums
// and the rest of lazy-userland.ts as one chunk) are fetched on first use, each as a chunk of its own in the browser, so the worker's first chunk
// stays small. Once loaded, a lazy program runs exactly as a static one (synchronously up to its own
// first await); `loadLazyPrograms()` loads them all, and whatever starts container processes awaits it
// first (session/runtime.ts, the engine's preload), so a detached container's script never waits on a
// chunk. The table entry exists from the start: `which` and "command not found" are unchanged.
import type { Program } from '../../kernel/process.ts';
import { beginActivity } from '../../kernel/activity.ts';

const MODULES = {
  awk: () => import('./awk/index.ts'),
  sed: () => import('./sed/index.ts'),
  tar: () => import('./tar.ts'),
  curl: () => import('./curl.ts'),
  wget: () => import('./wget.ts'),
  hello: () => import('./hello.ts'),
  apk: () => import('./apk.ts'),
  aptGet: () => import('./apt-get.ts'),
  pip: () => import('./pip.ts'),
  pipenv: () => import('./pipenv/index.ts'),
  npm: () => import('./npm.ts'),
  adduser: () => import('./adduser.ts'),
  useradd: () => import('./useradd.ts'),
  debianAdduser: () => import('./debian-adduser.ts'),
  nginx: () => import('./nginx.ts'),
  redis: () => import('./redis.ts'),
  postgres: () => import('./postgres.ts'),
  registry: () => import('./registry.ts'),
  userland: () => import('./lazy-userland.ts'),
  help: () => import('./help-answer.ts'),
};
type Modules = { [K in keyof typeof MODULES]: Awaited<ReturnType<(typeof MODULES)[K]>> };

const loaded: Partial<Modules> = {};
const loading = new Map<keyof Modules, Promise<unknown>>();

function load<K extends keyof Modules>(key: K): Promise<Modules[K]> {
  let promise = loading.get(key) as Promise<Modules[K]> | undefined;
  if (!promise) {
    // Fetching a chunk is outside work a simulated session waits for before its next line.
    const fetched = beginActivity();
    promise = (MODULES[key]() as Promise<Modules[K]>).then((m) => (loaded[key] = m));
    promise.then(fetched, fetched);
    // A failed fetch (a chunk missing offline) is not kept: the next run tries again.
    promise.catch(() => loading.delete(key));
    loading.set(key, promise);
  }
  return promise;
}

/** A program made by `make` from module `key`, which is imported on the first run (or by loadLazyPrograms). */
export function lazyProgram<K extends keyof Modules>(key: K, make: (module: Modules[K]) => Program): Program {
  let program: Program | undefined;
  return (ctx) => {
    const module = loaded[key];
    if (module) return (program ??= make(module))(ctx);
    return load(key).then((m) => (program ??= make(m))(ctx));
  };
}

/** Whether every lazy program is loaded (then nothing needs awaiting). */
export function lazyProgramsLoaded(): boolean {
  return Object.keys(MODULES).every((key) => loaded[key as keyof Modules] !== undefined);
}

/** Loads every lazy program's module. */
export async function loadLazyPrograms(): Promise<void> {
  await Promise.all(Object.keys(MODULES).map((key) => load(key as keyof Modules)));
}
