// docker diff, commit, export and import — docker/cli cli/command/container/{diff,commit,export}.go
// and image/import.go.
import { type EngineApi, EngineError, parseNormalizedNamed } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';
import { invokingUser } from '../host-user.ts';
import { bytesToStream, streamToBytes } from '../image/binary-stream.ts';

const KINDS = ['C', 'A', 'D'] as const;

/** `docker diff CONTAINER`: A/C/D lines. */
export function containerDiff(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    try {
      for (const ch of engine.containerChanges(args[0])) ctx.stdout.write(`${KINDS[ch.Kind]} ${ch.Path}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

// REPO[:TAG] split the way the CLI does before calling the API.
function repoAndTag(ctx: ProgramContext, ref: string | undefined): { repo: string; tag: string } | number {
  if (!ref) return { repo: '', tag: '' };
  try {
    const named = parseNormalizedNamed(ref);
    if (named.digest) {
      ctx.stderr.write('refusing to create a tag with a digest reference\n');
      return 1;
    }
    const lastColon = ref.lastIndexOf(':');
    const hasTag = lastColon > ref.lastIndexOf('/');
    return { repo: hasTag ? ref.slice(0, lastColon) : ref, tag: hasTag ? ref.slice(lastColon + 1) : '' };
  } catch (error) {
    ctx.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}

/** `docker commit [-a] [-m] [-c] CONTAINER [REPO[:TAG]]`: prints the new image ID. */
export function containerCommit(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const target = repoAndTag(ctx, args[1]);
    if (typeof target === 'number') return target;
    try {
      const id = engine.containerCommit(args[0], { author: flags.string('author'), comment: flags.string('message'), changes: flags.list('change') }, target.repo, target.tag);
      ctx.stdout.write(`${id}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker export [-o FILE] CONTAINER`: a tar of the container's filesystem. */
export function containerExport(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const output = flags.string('output');
    if (output === '' && ctx.isTty) {
      ctx.stderr.write('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
      return 1;
    }
    try {
      const tar = engine.containerExport(args[0]);
      if (output === '') {
        ctx.stdout.write(bytesToStream(tar));
        return 0;
      }
      const path = output.startsWith('/') ? output : `${ctx.cwd}/${output}`;
      try {
        // docker/cli's CopyToFile: a 0600 temp file renamed into place, owned by whoever ran docker.
        ctx.fs.writeFile(path, tar, { mode: 0o600, ...invokingUser(ctx) });
      } catch {
        ctx.stderr.write(`failed to export container: open ${output}: no such file or directory\n`);
        return 1;
      }
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker import [-c] [-m] file|- [REPO[:TAG]]`: the tarball becomes a one-layer image. */
export function imageImport(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const target = repoAndTag(ctx, args[1]);
    if (typeof target === 'number') return target;
    let bytes: Uint8Array;
    const source = args[0];
    if (source === '-') bytes = streamToBytes(ctx.stdin);
    else if (/^https?:\/\//.test(source)) {
      ctx.stderr.write(`Error response from daemon: Get "${source}": dial tcp: lookup ${source.replace(/^https?:\/\//, "").split(/[/:]/)[0]}: no such host\n`);
      return 1;
    } else {
      const path = source.startsWith('/') ? source : `${ctx.cwd}/${source}`;
      try {
        bytes = ctx.fs.readFile(path);
      } catch {
        ctx.stderr.write(`open ${path}: no such file or directory\n`);
        return 1;
      }
    }
    try {
      const id = engine.imageImport(bytes, { message: flags.string('message'), changes: flags.list('change'), platform: flags.string('platform') }, target.repo, target.tag);
      ctx.stdout.write(`${id}\n`);
      return 0;
    } catch (error) {
      if (error instanceof EngineError) return reportError(ctx, error);
      throw error;
    }
  };
}
