// docker create [OPTIONS] IMAGE [COMMAND] [ARG...] — docker/cli cli/command/container/create.go: the
// image is pulled first when missing (`Unable to find image 'x:latest' locally` and the pull's
// progress on stderr), then the container is created and its ID printed.
import { type EngineApi, EngineError, InvalidReferenceError, normalizeReference, formatPlatform, parsePlatformSpecifier, PlatformSyntaxError, type NamedReference } from '../../../engine/index.ts';
import type { CommandHandler, ParsedCommand } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { CliError } from '../../daemon-error.ts';
import { JsonMessageError } from '../../../format/jsonmessage.ts';
import { displayStream, familiarWithTag } from '../progress-stream.ts';
import { createRequest, withHelp } from './options.ts';

/** A create that failed, already reported; `status` is the exit code. */
export class Reported extends Error {
  constructor(readonly status: number) {
    super('reported');
  }
}

/** Pulls (when needed) and creates; returns the container ID or throws Reported. */
export async function createContainer(engine: EngineApi, parsed: ParsedCommand, command: 'run' | 'create'): Promise<string> {
  const { flags, args, ctx } = parsed;
  let built;
  try {
    built = createRequest(flags, args, ctx);
  } catch (error) {
    if (error instanceof CliError) throw new Reported(withHelp(ctx, error.message, command, 125));
    throw error;
  }
  const { request, name } = built;
  let ref;
  try {
    ref = normalizeReference(request.Image);
  } catch (error) {
    if (error instanceof InvalidReferenceError) throw new Reported(withHelp(ctx, error.message, command, 125));
    throw error;
  }
  let platform = '';
  if (built.platform) {
    // docker/cli parses --platform itself and sends the daemon platforms.Format of it (no OS version).
    try {
      platform = formatPlatform({ ...parsePlatformSpecifier(built.platform), osVersion: undefined });
    } catch (error) {
      if (error instanceof PlatformSyntaxError) throw new Reported(createFailed(ctx, `error parsing specified platform: ${error.message}`, command));
      throw error;
    }
  }
  const pullPolicy = flags.string('pull') || 'missing';
  const tagged = !ref.tag && !ref.digest ? { ...ref, tag: 'latest' } : ref;
  const pullNow = async () => {
    const status = await pull(engine, ctx, tagged, platform, flags.bool('quiet'), command);
    if (status !== 0) throw new Reported(status);
  };
  if (pullPolicy === 'always') await pullNow();
  const create = () => engine.containerCreate(request, name, platform || undefined);
  let created;
  try {
    created = create();
  } catch (error) {
    // As docker/cli: an image the daemon does not find (or finds only for another platform) is pulled, then created again.
    if (!(error instanceof EngineError) || error.kind !== 'notFound' || pullPolicy === 'never' || pullPolicy === 'always') throw reported(ctx, error, command);
    if (!flags.bool('quiet')) ctx.stderr.write(`Unable to find image '${familiarWithTag(ref)}' locally\n`);
    await pullNow();
    try {
      created = create();
    } catch (again) {
      throw reported(ctx, again, command);
    }
  }
  for (const warning of created.Warnings) ctx.stderr.write(`WARNING: ${warning}\n`);
  return created.Id;
}

function reported(ctx: ProgramContext, error: unknown, command: 'run' | 'create'): unknown {
  if (error instanceof EngineError) return new Reported(createFailed(ctx, `Error response from daemon: ${error.message}`, command));
  return error;
}

// A failure of createContainer: `docker run` reports it through toStatusError (with the help line, 125);
// `docker create` returns it to main, which prints the bare message and exits 1.
function createFailed(ctx: ProgramContext, message: string, command: 'run' | 'create'): number {
  if (command === 'run') return withHelp(ctx, message, command, 125);
  ctx.stderr.write(`${message}\n`);
  return 1;
}

async function pull(engine: EngineApi, ctx: ProgramContext, ref: NamedReference, platform: string, quiet: boolean, command: 'run' | 'create'): Promise<number> {
  try {
    return (await displayStream(ctx, engine.imageCreate({ ref, platform: platform || undefined }), quiet, ctx.stderr)) ? 0 : 130;
  } catch (error) {
    if (error instanceof JsonMessageError) return createFailed(ctx, error.message, command);
    if (error instanceof EngineError) return createFailed(ctx, `Error response from daemon: ${error.message}`, command);
    throw error;
  }
}

/** `docker create`: prints the new container's ID. */
export function containerCreate(engine: EngineApi): CommandHandler {
  return async (parsed) => {
    try {
      const id = await createContainer(engine, parsed, 'create');
      parsed.ctx.stdout.write(`${id}\n`);
      return 0;
    } catch (error) {
      if (error instanceof Reported) return error.status;
      throw error;
    }
  };
}
