// COPY and ADD: sources from the context, another stage or an image (--from), matched, filtered by
// --exclude, optionally --parents, owned by --chown and moded by --chmod; ADD unpacks local archives.
import { copyInline, copySources, destIsDirectory } from '../copy-apply.ts';
import { excludeSources, parentsPivot, pathBelow, resolveSources, SourceNotFound, sourcesChecksum } from '../copy-sources.ts';
import { resolveBaseImage } from '../base-image.ts';
import { BuildError } from '../errors.ts';
import { refId } from '../ids.ts';
import { resolveChown, parseChmod } from '../owner.ts';
import { stageIndex } from '../plan.ts';
import { getTree, layerStep } from '../steps.ts';
import { textChecksum } from '../../context/checksum.ts';
import { ShellLex as Lexer, type ShellLex } from '../../shell-lex/lex.ts';
import type { DispatchRequest } from './types.ts';
import { guard, loadContextVertex } from './vertex.ts';

/** Dispatches COPY and ADD. */
export const copy = async ({ ctx, state, cmd, name, env, expand, step: stepCtx }: DispatchRequest<'COPY'> | DispatchRequest<'ADD'>): Promise<void> => {
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
    else root = resolveBaseImage(ctx.deps.store, ctx.deps, from, ctx.platform, false).tree();
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
};

function inlineLex(lex: ShellLex): ShellLex {
  return new Lexer(lex.escapeToken, { skipProcessQuotes: true });
}
