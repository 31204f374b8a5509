// One stage from its FROM to its last instruction: the FROM vertex, ONBUILD triggers of the base
// image, then each instruction — metadata ones change the config, RUN/COPY/ADD/WORKDIR are
// numbered steps that write layers through the cache.
import type { Vfs } from '../../../vfs/vfs.ts';
import { normalize } from '../../../vfs/path.ts';
import { goQuote } from '../../model/go-quote.ts';
import { parseDockerfile } from '../parser/parse.ts';
import { parseInstruction } from '../instructions/parse-instruction.ts';
import type { Command, Stage } from '../instructions/types.ts';
import type { ShellLex } from '../shell-lex/lex.ts';
import { ShellLex as Lexer } from '../shell-lex/lex.ts';
import { BuildCache } from '../cache/build-cache.ts';
import type { BuildContext } from '../context/load.ts';
import { textChecksum } from '../context/checksum.ts';
import { ExecUserError, resolveExecUser } from '../../exec-user.ts';
import type { BaseImage } from './base-image.ts';
import { resolveBaseImage } from './base-image.ts';
import { copyInline, copySources, destIsDirectory } from './copy-apply.ts';
import { excludeSources, parentsPivot, pathBelow, resolveSources, SourceNotFound, sourcesChecksum } from './copy-sources.ts';
import { BuildError } from './errors.ts';
import { refId } from './ids.ts';
import { applyMetadata, argvOf } from './metadata.ts';
import { resolveChown, parseChmod } from './owner.ts';
import { isStep, stageIndex, stepPrefix } from './plan.ts';
import { sizeText, type Progress, type VertexRun } from './progress.ts';
import { expansionEnv, PROXY_ARGS, runArgs, type StageState } from './stage-state.ts';
import { getTree, layerStep, setTree } from './steps.ts';
import type { BuildDeps, BuildRequest, SourceLocation } from './types.ts';

/** Everything a stage run shares with the build. */
export interface StageRunContext {
  deps: BuildDeps;
  req: BuildRequest;
  lex: ShellLex;
  stages: Stage[];
  states: Map<number, StageState>;
  images: Map<string, BaseImage>;
  context: BuildContext;
  contextLoaded: boolean;
  progress: Progress;
  globalArgs: Map<string, string | undefined>;
  usedArgs: Set<string>;
  platform: string;
  loc: (start: number, end?: number) => SourceLocation;
  noCache: boolean;
}

const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Runs one stage into `state`. */
export async function runStage(ctx: StageRunContext, state: StageState, stage: Stage, label: string): Promise<void> {
  const base = ctx.lex.processWord(stage.baseName, definedOnly(ctx.globalArgs));
  const image = ctx.images.get(base);
  let commands: Command[] = stage.commands;
  if (image) {
    const triggers = image.config.config.OnBuild ?? [];
    commands = [...triggers.flatMap((t) => parseTrigger(t, stage.startLine)), ...commands];
  }
  const total = commands.filter(isStep).length + (image ? 1 : 0);
  let index = 0;
  const prefix = () => stepPrefix(label, ++index, total);

  if (image) {
    const vertex = ctx.progress.start(`${prefix()} FROM ${image.pinned}`);
    if (!ctx.deps.store.image(image.id) && !ctx.deps.cache.hasBase(image.id)) {
      await ctx.deps.host.sleep(800, ctx.deps.signal);
      ctx.deps.cache.addBase(image.id);
    }
    state.config = structuredClone(image.config.config);
    state.config.OnBuild = null;
    state.history = image.config.history.map((h) => ({ ...h }));
    state.layers = image.layers.map((l) => ({ ...l }));
    state.cacheKey = BuildCache.key('', 'image', image.id);
    state.lastCreated = image.config.created;
    state.os = image.config.os;
    state.architecture = image.config.architecture;
    state.variant = image.config.variant;
    setTree(state, () => image.tree());
    vertex.done();
    // BuildKit transfers the context while the base image resolves, so its vertex follows the FROM.
    if (commands.some(readsContext)) loadContextVertex(ctx);
  } else if (base.toLowerCase() === 'scratch') {
    state.config = { Env: [DEFAULT_PATH] };
  }

  for (const cmd of commands) {
    try {
      await dispatch(ctx, state, cmd, prefix);
    } catch (error) {
      if (error instanceof BuildError && !error.location) throw new BuildError(error.message, error.step, ctx.loc(cmd.startLine, cmd.endLine));
      throw error;
    }
  }
}

async function dispatch(ctx: StageRunContext, state: StageState, cmd: Command, prefix: () => string): Promise<void> {
  if (!isStep(cmd)) {
    const createdBy = applyMetadata(state, cmd as Parameters<typeof applyMetadata>[1], { lex: ctx.lex, buildArgs: ctx.req.buildArgs, globalArgs: ctx.globalArgs, usedArgs: ctx.usedArgs });
    if (createdBy !== null) state.history.push({ created: state.lastCreated, created_by: createdBy, comment: 'buildkit.dockerfile.v0', empty_layer: true });
    return;
  }
  const name = `${prefix()} ${displayName(ctx, state, cmd)}`;
  const stepCtx = { cache: ctx.deps.cache, host: ctx.deps.host, noCache: ctx.noCache };
  if (cmd.kind === 'WORKDIR') {
    const path = ctx.lex.processWord(cmd.path, expansionEnv(state));
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
      layerStep(state, stepCtx, vertex, ['workdir', dir, user], `WORKDIR ${dir}`, (fs) => {
        const owner = user && user !== 'root' ? safeChown(fs, user) : { uid: 0, gid: 0 };
        mkdirp(fs, dir, owner);
      }),
    );
    return;
  }
  if (cmd.kind === 'RUN') return runStep(ctx, state, cmd, name, stepCtx);
  if (cmd.kind === 'COPY' || cmd.kind === 'ADD') return copyStep(ctx, state, cmd, name, stepCtx);
}

async function runStep(ctx: StageRunContext, state: StageState, cmd: Extract<Command, { kind: 'RUN' }>, name: string, stepCtx: Parameters<typeof layerStep>[1]): Promise<void> {
  let cmdLine = cmd.cmd.cmdLine;
  if (cmd.cmd.files.length > 0 && cmd.cmd.prependShell) {
    // A heredoc RUN hands the shell the script with its here-documents, as a POSIX shell would read it.
    const bodies = cmd.cmd.files.map((f) => `${f.chomp ? f.data.replace(/^\t+/gm, '') : f.data}${f.name}`);
    const only = cmd.cmd.files.length === 1 && /^<<-?['"]?\w+['"]?$/.test(cmdLine.join(' ').trim());
    cmdLine = only ? [cmd.cmd.files[0].data] : [`${cmdLine.join(' ')}\n${bodies.join('\n')}\n`];
  }
  const argv = argvOf(state, cmdLine, cmd.cmd.prependShell);
  const args = runArgs(state);
  const env = [...(state.config.Env ?? []), ...args];
  const cwd = state.config.WorkingDir || '/';
  const user = state.config.User || 'root';
  const shown = args.filter((a) => !PROXY_ARGS.has(a.slice(0, a.indexOf('='))));
  const createdBy = `RUN ${shown.length ? `|${shown.length} ${shown.join(' ')} ` : ''}${argv.join(' ')} # buildkit`;
  const vertex = ctx.progress.start(name);
  const runtime = ctx.deps.runtime;
  await guard(vertex, () =>
    layerStep(state, stepCtx, vertex, ['run', argv, env, cwd, user], createdBy, async (fs) => {
      if (!runtime) throw new BuildError('no runtime to run build steps');
      await ctx.deps.host.sleep(100, ctx.deps.signal);
      const signal = ctx.deps.signal ?? new AbortController().signal;
      const failed = `process ${goQuote(argv.join(' '))} did not complete successfully`;
      let identity;
      try {
        identity = resolveExecUser(fs, state.config.User || '');
      } catch (error) {
        if (error instanceof ExecUserError) throw new BuildError(`${failed}: ${error.message}`);
        throw error;
      }
      const code = await runtime.run(
        { fs, argv, env, cwd, user, identity, hostname: 'buildkitsandbox' },
        {
          stdout: { write: (t) => vertex.write(1, t) },
          stderr: { write: (t) => vertex.write(2, t) },
          stdin: '',
          tty: false,
          columns: 80,
          signal,
          sleep: (ms) => ctx.deps.host.sleep(ms, signal),
        },
      );
      vertex.flush();
      if (code !== 0) throw new BuildError(`${failed}: exit code: ${code}`);
    }),
  );
}

async function copyStep(ctx: StageRunContext, state: StageState, cmd: Extract<Command, { kind: 'COPY' | 'ADD' }>, name: string, stepCtx: Parameters<typeof layerStep>[1]): Promise<void> {
  const env = expansionEnv(state);
  const expand = (w: string) => ctx.lex.processWord(w, env);
  const from = cmd.kind === 'COPY' && cmd.from ? expand(cmd.from) : '';
  const sources = cmd.files.sourcePaths.map(expand);
  const rawDest = expand(cmd.files.destPath);
  const workdir = state.config.WorkingDir || '/';
  const dest = rawDest.startsWith('/') ? rawDest : `${workdir.replace(/\/$/, '')}/${rawDest}`;
  const count = sources.length + cmd.files.sourceContents.length;
  if (count > 1 && !destIsDirectory(rawDest)) {
    throw new BuildError(`When using ${cmd.kind} with more than one source file, the destination must be a directory and end with a /`);
  }
  const url = sources.find((s) => /^https?:\/\//.test(s));
  let root = ctx.context.root;
  if (from) {
    const dep = stageIndex(ctx.stages, from, state.index);
    if (dep >= 0) root = getTree(ctx.states.get(dep)!);
    else root = resolveBaseImage(ctx.deps.store, ctx.deps.hub, from, ctx.platform, false).tree();
  } else if (sources.length > 0 && !url) {
    loadContextVertex(ctx);
  }
  const vertex = ctx.progress.start(name);
  if (url) {
    const host = url.replace(/^https?:\/\//, '').split(/[/:]/)[0];
    const message = `failed to load cache key: Get "${url}": dial tcp: lookup ${host}: no such host`;
    vertex.fail(message);
    throw new BuildError(message, { name, logs: [] });
  }
  const excludes = cmd.excludes.map(expand);
  const parents = cmd.kind === 'COPY' && cmd.parents;
  let matches;
  // Where each match lands below the destination: its name, or with --parents its path below the pivot.
  let below: (string | null)[];
  try {
    const perSource = sources.map((src) => excludeSources(resolveSources(root, [src], parents), excludes));
    matches = perSource.flat();
    below = parents ? sources.flatMap((src, i) => perSource[i]!.map((m) => pathBelow(parentsPivot(src).pivot, m.path))) : matches.map(() => null);
  } catch (error) {
    if (!(error instanceof SourceNotFound)) throw error;
    const inner = `failed to calculate checksum of ref ${refId(state.cacheKey)}: ${error.message}`;
    vertex.fail(inner);
    throw new BuildError(`failed to compute cache key: ${inner}`, { name, logs: [] });
  }
  const chownSpec = cmd.chown ? expand(cmd.chown) : '';
  const chmodSpec = cmd.chmod ? expand(cmd.chmod) : '';
  const chmod = chmodSpec ? parseChmod(chmodSpec) : undefined;
  const inline = cmd.files.sourceContents.map((c) => ({ name: c.path, data: c.expand ? inlineLex(ctx.lex).processWord(c.data, env) : c.data }));
  // BuildKit's history names --parents, --chown and --chmod; --exclude and --link leave no trace.
  const flags = `${parents ? '--parents ' : ''}${chownSpec ? `--chown=${chownSpec} ` : ''}${chmodSpec ? `--chmod=${chmodSpec} ` : ''}`;
  const createdBy = `${cmd.kind} ${flags}${[...sources, ...inline.map((c) => c.name)].join(' ')} ${rawDest} # buildkit`;
  const keyParts = [cmd.kind.toLowerCase(), sourcesChecksum(matches), inline.map((c) => textChecksum(c.data)), dest, chownSpec, chmodSpec, from, excludes, parents];
  await guard(vertex, () =>
    layerStep(state, stepCtx, vertex, keyParts, createdBy, async (fs) => {
      await ctx.deps.host.sleep(20, ctx.deps.signal);
      const owner = chownSpec ? resolveChown(fs, chownSpec) : { uid: 0, gid: 0 };
      const opts = { ...owner, chmod, unpack: cmd.kind === 'ADD' && !from, now: fs.now() };
      if (!parents) copySources(fs, matches, dest, opts);
      else {
        matches.forEach((m, i) => {
          const rel = below[i] ?? '';
          const target = rel === '' ? dest : `${dest.replace(/\/+$/, '')}/${rel}`;
          copySources(fs, [m], m.node.type === 'dir' ? `${target.replace(/\/+$/, '')}/` : target, opts);
        });
      }
      for (const c of inline) copyInline(fs, c.name, c.data, dest, count === 1, opts);
    }),
  );
}

// Marks the vertex failed (with the step's logs for the error block) when its work throws.
async function guard(vertex: VertexRun, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof BuildError) {
      vertex.fail(error.message);
      throw new BuildError(error.message, error.step ?? { name: vertex.name, logs: vertex.logs.slice(-10) }, error.location);
    }
    throw error;
  }
}

function displayName(ctx: StageRunContext, state: StageState, cmd: Command): string {
  const rest = cmd.original.slice(cmd.written.length);
  let shown = rest;
  try {
    shown = new Lexer(ctx.lex.escapeToken, { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWord(rest, expansionEnv(state));
  } catch {
    // shown as written when it cannot be expanded
  }
  return `${cmd.name}${shown}`;
}

function parseTrigger(expression: string, line: number): Command[] {
  const ast = parseDockerfile(`${expression}\n`).ast;
  return ast.children.map((node) => {
    const c = parseInstruction(node) as Command;
    return { ...c, startLine: line, endLine: line };
  });
}

function inlineLex(lex: ShellLex): ShellLex {
  return new Lexer(lex.escapeToken, { skipProcessQuotes: true });
}

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

function definedOnly(args: Map<string, string | undefined>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of args) if (v !== undefined) out.set(k, v);
  return out;
}

// The `[internal] load build context` vertex, once per build.
function loadContextVertex(ctx: StageRunContext): void {
  if (ctx.contextLoaded) return;
  ctx.contextLoaded = true;
  const load = ctx.progress.start('[internal] load build context');
  load.instant(`transferring context: ${sizeText(ctx.context.transferSize)}`);
  load.done();
}

// Whether a command copies from the build context (not another stage, an image or a URL).
function readsContext(cmd: Command): boolean {
  if (cmd.kind !== 'COPY' && cmd.kind !== 'ADD') return false;
  if (cmd.kind === 'COPY' && cmd.from) return false;
  return cmd.files.sourcePaths.some((p) => !/^https?:\/\//.test(p));
}
