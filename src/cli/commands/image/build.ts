// docker build [OPTIONS] PATH | URL | - — buildx's build with the docker driver: the context from the
// learner's workspace, BuildKit progress on stderr (plain, tty, or quiet with the image ID on stdout),
// and buildx's failure and warning summaries.
import { BuildError, type BuildEvent, type BuildRequest, type BuildResult, type EngineApi, InvalidReferenceError, canonicalName, normalizeReference } from '../../../engine/index.ts';
import { resolve } from '../../../vfs/path.ts';
import { cloneNode, makeDir } from '../../../vfs/vfs.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { PlainProgress } from '../../../format/build/plain.ts';
import { TtyProgress } from '../../../format/build/tty.ts';
import { formatBuildFailure, formatWarnings } from '../../../format/build/summary.ts';
import { readSecrets } from './build-secrets.ts';
import { saveLocalState } from '../builder/local-state.ts';

/** Builds an image from a Dockerfile and a context directory. */
export function build(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const fail = (message: string) => {
      ctx.stderr.write(`ERROR: ${message}\n`);
      return 1;
    };
    const quiet = flags.bool('quiet') || flags.string('progress') === 'quiet';
    const mode = quiet ? 'quiet' : flags.string('progress') || 'auto';
    if (!['auto', 'plain', 'tty', 'quiet', 'rawjson'].includes(mode)) return fail(`failed to build: invalid progress mode ${mode}`);

    const tags: string[] = [];
    for (const tag of flags.list('tag')) {
      try {
        tags.push(canonicalName(normalizeReference(tag)));
      } catch (error) {
        if (error instanceof InvalidReferenceError) return fail(`failed to build: invalid tag "${tag}": ${error.message}`);
        throw error;
      }
    }
    const buildArgs = new Map<string, string>();
    for (const arg of flags.list('build-arg')) {
      const eq = arg.indexOf('=');
      if (eq >= 0) buildArgs.set(arg.slice(0, eq), arg.slice(eq + 1));
      else if (ctx.env.has(arg)) buildArgs.set(arg, ctx.env.get(arg)!);
    }
    const labels: Record<string, string> = {};
    for (const label of flags.list('label')) {
      const eq = label.indexOf('=');
      labels[eq < 0 ? label : label.slice(0, eq)] = eq < 0 ? '' : label.slice(eq + 1);
    }

    const prepared = prepareContext(ctx, args[0], flags.string('file'));
    if ('error' in prepared) return fail(prepared.error);
    const secrets = readSecrets(ctx, flags.list('secret'));
    if (!(secrets instanceof Map)) return fail(`failed to build: ${secrets.error}`);
    // buildx names each build with a ref and keeps where its context was (local state) before it starts.
    const ref = engine.buildRef();
    saveLocalState(ctx, ref, args[0], flags.string('file'));
    const request: BuildRequest = {
      ...prepared,
      ref,
      tags,
      buildArgs,
      labels,
      target: flags.string('target') || undefined,
      noCache: flags.bool('no-cache'),
      pull: flags.bool('pull'),
      platform: flags.string('platform') || undefined,
      secrets,
    };

    const tty = mode === 'tty' || (mode === 'auto' && ctx.isTty);
    const display = quiet ? undefined : tty ? new TtyProgress(ctx.stderr, ctx.columns, () => ctx.fs.clock()) : new PlainProgress(ctx.stderr);
    const stream = engine.imageBuild(request, ctx.signal);
    let result: BuildResult;
    try {
      for (;;) {
        const next: IteratorResult<BuildEvent, BuildResult> = await stream.next();
        if (next.done) {
          result = next.value;
          break;
        }
        display?.show(next.value);
      }
    } catch (error) {
      display?.finish();
      if (!(error instanceof BuildError)) throw error;
      ctx.stderr.write(formatBuildFailure(error));
      return 1;
    }
    display?.finish();
    if (quiet) ctx.stdout.write(`${result.imageId}\n`);
    else ctx.stderr.write(formatWarnings(result.warnings));
    const iidfile = flags.string('iidfile');
    if (iidfile) ctx.fs.writeFile(resolve(ctx.cwd, iidfile), result.imageId);
    return 0;
  };
}

// The context directory and the Dockerfile text, as buildx reads them from the local filesystem.
function prepareContext(ctx: ProgramContext, path: string, file: string): Pick<BuildRequest, 'context' | 'dockerfile' | 'dockerfileName' | 'dockerfileFromStdin'> | { error: string } {
  if (/^(https?|git):\/\//.test(path) || path.startsWith('git@')) return { error: `failed to build: unable to prepare context: ${path}: the workbook has no network access` };
  if (path === '-') {
    return { context: makeDir(), dockerfile: ctx.stdin, dockerfileName: 'Dockerfile', dockerfileFromStdin: true };
  }
  const dir = resolve(ctx.cwd, path);
  let context;
  try {
    const node = ctx.fs.stat(dir);
    if (node.type !== 'dir') return { error: `failed to build: unable to prepare context: path "${path}" not found` };
    context = cloneNode(node);
  } catch {
    return { error: `failed to build: unable to prepare context: path "${path}" not found` };
  }
  if (file === '-') return { context, dockerfile: ctx.stdin, dockerfileName: 'Dockerfile', dockerfileFromStdin: true };
  const dockerfilePath = file ? resolve(ctx.cwd, file) : `${dir}/Dockerfile`;
  const name = dockerfilePath.slice(dockerfilePath.lastIndexOf('/') + 1);
  let dockerfile: string | null = null;
  try {
    dockerfile = ctx.fs.readText(dockerfilePath);
  } catch {
    dockerfile = null;
  }
  return { context, dockerfile, dockerfileName: name };
}
