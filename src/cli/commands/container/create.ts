// docker create [OPTIONS] IMAGE [COMMAND] [ARG...] — docker/cli cli/command/container/create.go: the
// image is pulled first when missing (`Unable to find image 'x:latest' locally` and the pull's
// progress on stderr), then the container is created and its ID printed.
import { type EngineApi, EngineError, InvalidReferenceError, normalizeReference, type NamedReference } from '../../../engine/index.ts';
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
  const { request, name, platform } = built;
  let ref;
  try {
    ref = normalizeReference(request.Image);
  } catch (error) {
    if (error instanceof InvalidReferenceError) throw new Reported(withHelp(ctx, error.message, command, 125));
    throw error;
  }
  const pullPolicy = flags.string('pull') || 'missing';
  let present = true;
  try {
    engine.resolveImage(request.Image);
  } catch (error) {
    if (!(error instanceof EngineError) || error.kind !== 'notFound') throw error;
    present = false;
  }
  if (pullPolicy === 'always' || (!present && pullPolicy !== 'never')) {
    const tagged = !ref.tag && !ref.digest ? { ...ref, tag: 'latest' } : ref;
    if (!present) ctx.stderr.write(`Unable to find image '${familiarWithTag(ref)}' locally\n`);
    const status = await pull(engine, ctx, tagged, platform, flags.bool('quiet'), command);
    if (status !== 0) throw new Reported(status);
  } else if (!present) {
    throw new Reported(withHelp(ctx, `Error response from daemon: No such image: ${familiarWithTag(ref)}`, command, 125));
  }
  try {
    return engine.containerCreate(request, name, platform || 'linux').Id;
  } catch (error) {
    if (error instanceof EngineError) throw new Reported(withHelp(ctx, `Error response from daemon: ${error.message}`, command, 125));
    throw error;
  }
}

async function pull(engine: EngineApi, ctx: ProgramContext, ref: NamedReference, platform: string, quiet: boolean, command: string): Promise<number> {
  try {
    return (await displayStream(ctx, engine.imageCreate({ ref, platform: platform || undefined }), quiet, ctx.stderr)) ? 0 : 130;
  } catch (error) {
    if (error instanceof JsonMessageError) return withHelp(ctx, error.message, command, 125);
    if (error instanceof EngineError) return withHelp(ctx, `Error response from daemon: ${error.message}`, command, 125);
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
