// Builds the learner's workspace Dockerfile in a throwaway daemon: a fork of their daemon, restored from a
// snapshot of theirs, whose waits return at once, so grading never changes their machine (images,
// build cache, clock). Outcomes are memoized by a hash of everything that decides them — the
// Dockerfile, the context's files, the local images — so evaluating after every command costs a hash
// when nothing changed.
import { BuildError, type BuildEvent, type BuildRequest, type BuildResult, type EngineReads, type ImageConfigFile, sha256Digest } from '../../engine/index.ts';
import type { DirNode, FsNode } from '../../vfs/types.ts';
import { cloneNode } from '../../vfs/vfs.ts';
import { z } from 'zod';
import type { CheckContext } from '../context.ts';

/**
 * The one build spec every build matcher takes (as `docker build -f PATH --build-arg K=V --target S
 * CONTEXT` would build): spread into each matcher's parameters.
 */
export const buildSpec = {
  path: z
    .string()
    .min(1)
    .default('Dockerfile')
    .describe('The Dockerfile, relative to the workspace (default "Dockerfile"), as docker build -f names it.'),
  context: z
    .string()
    .min(1)
    .optional()
    .describe('The build context directory, relative to the workspace ("." for the workspace itself); the Dockerfile\'s directory when absent, as for docker build . there.'),
  args: z.record(z.string(), z.string()).default({}).describe('Build arguments, as --build-arg NAME=value gives them.'),
  target: z.string().min(1).optional().describe('The stage to build, as --target names it (the last stage when absent).'),
};

/** A build spec after validation. */
export interface BuildSpec {
  path: string;
  context?: string;
  args: Record<string, string>;
  target?: string;
}

/** The workspace a check builds: the Dockerfile and its context, with the spec's arguments and target. */
export interface Workspace {
  /** The Dockerfile as the learner knows it: `~/Dockerfile`. */
  shown: string;
  /** The context directory as the learner knows it, with a trailing slash: `~/app/`. */
  contextShown: string;
  dockerfile: string;
  dockerfileName: string;
  context: DirNode;
  args: Record<string, string>;
  target?: string;
}

/** One build step of a finished (or failed) build: `[2/4] RUN pip install …`, and whether it came from the cache. */
export interface StepRun {
  name: string;
  /** The instruction as the progress shows it, without the `[2/4] ` counter: `RUN pip install …`. */
  instruction: string;
  cached: boolean;
}

/** What a throwaway build ended with. */
export type BuildOutcome = { ok: true; imageId: string; config: ImageConfigFile; steps: StepRun[] } | { ok: false; why: string; steps: StepRun[] };

/** The Dockerfile and context a build spec names (relative to the home directory), or why there are none. */
export function readWorkspace({ host }: CheckContext, spec: BuildSpec): Workspace | { missing: string } {
  const resolve = (p: string) => (p.startsWith('/') ? p : `${host.home}/${p}`).replace(/\/\.?$/, '').replace(/\/\.\//g, '/');
  const shownOf = (p: string) => (p.startsWith('/') ? p : `~/${p}`.replace(/^~\/\.$/, '~'));
  const full = resolve(spec.path);
  const shown = shownOf(spec.path);
  if (!host.fs.exists(full) || host.fs.stat(full).type !== 'file') return { missing: `There is no file ${shown} yet.` };
  const slash = full.lastIndexOf('/');
  const dir = spec.context !== undefined ? resolve(spec.context) : full.slice(0, slash) || '/';
  const contextShown = spec.context !== undefined ? `${shownOf(spec.context)}/` : shown.slice(0, shown.lastIndexOf('/') + 1);
  if (!host.fs.exists(dir) || host.fs.stat(dir).type !== 'dir') return { missing: `There is no directory ${contextShown} to build in yet.` };
  return { shown, contextShown, dockerfile: host.fs.readText(full), dockerfileName: full.slice(slash + 1), context: host.fs.stat(dir) as DirNode, args: spec.args, target: spec.target };
}

/** A key over what decides a build's outcome: the check's own parameters, the Dockerfile, the context files and the local images. */
export function outcomeKey(ctx: CheckContext, workspace: Workspace, purpose: string): string {
  const parts = [purpose, workspace.dockerfileName, workspace.dockerfile, treeDigest(workspace.context), JSON.stringify(workspace.args), workspace.target ?? ''];
  for (const image of ctx.engine.imageList()) parts.push(`${image.Id} ${(image.RepoTags ?? []).join(',')}`);
  return sha256Digest(parts.join('\0'));
}

const MEMO_LIMIT = 32;
type Entry = { value?: unknown; promise?: Promise<unknown>; error?: unknown };
const memo = new Map<string, Entry>();

/**
 * The memoized value for `key`: at once when known, else a Promise of `compute()` (shared while it runs).
 * A crash is memoized too (thrown again at once), so a check that cannot run says so instead of
 * starting over after every command; any change to the workspace makes a new key and tries again.
 */
export function memoized<T>(key: string, compute: () => Promise<T>): T | Promise<T> {
  const hit = memo.get(key);
  if (hit && 'value' in hit) return hit.value as T;
  if (hit && 'error' in hit) throw hit.error;
  if (hit?.promise) return hit.promise as Promise<T>;
  const entry: Entry = {};
  entry.promise = compute().then(
    (value) => {
      entry.value = value;
      delete entry.promise;
      return value;
    },
    (error: unknown) => {
      entry.error = error;
      delete entry.promise;
      throw error;
    },
  );
  memo.set(key, entry);
  while (memo.size > MEMO_LIMIT) memo.delete(memo.keys().next().value!);
  return entry.promise as Promise<T>;
}

/** Builds `workspace` (with its context replaced by `context` if given) on `engine`; never throws a BuildError. */
export async function buildOn(engine: ReturnType<EngineReads['fork']>, workspace: Workspace, context: DirNode = workspace.context): Promise<BuildOutcome> {
  const request: BuildRequest = {
    context: cloneNode(context),
    dockerfile: workspace.dockerfile,
    dockerfileName: workspace.dockerfileName,
    tags: [],
    buildArgs: new Map(Object.entries(workspace.args)),
    ...(workspace.target ? { target: workspace.target } : {}),
  };
  const names = new Map<number, string>();
  const cached = new Set<number>();
  const steps = () =>
    [...names]
      .map(([id, name]) => ({ name, instruction: name.replace(STEP, ''), cached: cached.has(id) }))
      .filter((s) => STEP.test(s.name));
  const stream = engine.imageBuild(request);
  try {
    for (;;) {
      const next: IteratorResult<BuildEvent, BuildResult> = await stream.next();
      if (next.done) return { ok: true, imageId: next.value.imageId, config: engine.imageConfig(next.value.imageId), steps: steps() };
      const event = next.value;
      if (event.type === 'start') names.set(event.vertex, event.name);
      else if (event.type === 'cached') cached.add(event.vertex);
    }
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    return { ok: false, why: failureInWords(error), steps: steps() };
  }
}

// `[2/4] `, `[build 2/4] `: the counter BuildKit puts before each Dockerfile step.
const STEP = /^\[(?:\S+ )?\d+\/\d+\] /;

// The first error line a learner would look for: the step that failed and what it printed.
function failureInWords(error: BuildError): string {
  const message = error.message.split('\n')[0];
  if (!error.step || !STEP.test(error.step.name)) return message;
  const logs = error.step.logs.map((l) => l.replace(/^\d+\.\d+ /, '').trim()).filter(Boolean);
  const said = logs.find((l) => /error|not found|no such|cannot|unable/i.test(l)) ?? logs[logs.length - 1];
  return `the step ${error.step.name.replace(STEP, '')} failed${said ? `: ${said}` : ` (${message})`}`;
}

// A digest of a directory tree: names, kinds, modes, targets and file contents.
function treeDigest(dir: DirNode): string {
  const lines: string[] = [];
  const walk = (node: FsNode, path: string) => {
    if (node.type === 'file') lines.push(`f ${path} ${node.mode} ${node.size ?? ''} ${sha256Digest(node.data)}`);
    else if (node.type === 'symlink') lines.push(`l ${path} ${node.target}`);
    else {
      lines.push(`d ${path} ${node.mode}`);
      for (const name of [...node.children.keys()].sort()) walk(node.children.get(name)!, `${path}/${name}`);
    }
  };
  walk(dir, '');
  return sha256Digest(lines.join('\n'));
}
