// What docker pull, push, load and run's implicit pull share (docker/cli's jsonmessage.DisplayJSONMessagesToStream
// and the tagging rule of pull and push): the daemon's progress stream shown or discarded, an error inside
// it raised as JsonMessageError either way, and NAME without a tag meaning NAME:latest.
import { familiarString, normalizeReference, type JsonMessage, type NamedReference } from '../../engine/index.ts';
import type { ProgramContext, Writer } from '../../kernel/process.ts';
import { JsonMessageDisplay, JsonMessageError } from '../../format/jsonmessage.ts';
import { CliError } from '../daemon-error.ts';

/** Shows `stream` on `out` (nothing with `quiet`); throws JsonMessageError for an error in it; false when Ctrl-C ended it. */
export async function displayStream(ctx: ProgramContext, stream: AsyncIterable<JsonMessage> | Iterable<JsonMessage>, quiet: boolean, out: Writer = ctx.stdout): Promise<boolean> {
  const display = new JsonMessageDisplay(out, ctx.isTty, ctx.columns, () => ctx.fs.clock());
  for await (const message of stream) {
    if (ctx.signal.aborted) return false;
    if (!quiet) display.show(message);
    else if (message.error || message.errorDetail) throw new JsonMessageError(message.errorDetail?.message ?? message.error ?? '');
  }
  return !ctx.signal.aborted;
}

/** pull/push NAME[:TAG]: `latest` when no tag or digest (said unless quiet); a tag with --all-tags is refused. */
export function taggedReference(ctx: ProgramContext, name: string, allTags: boolean, quiet: boolean): NamedReference {
  const ref = normalizeReference(name);
  const nameOnly = !ref.tag && !ref.digest;
  if (allTags && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a");
  if (allTags || !nameOnly) return ref;
  if (!quiet) ctx.stdout.write('Using default tag: latest\n');
  return { ...ref, tag: 'latest' };
}

/** `alpine:latest` for `alpine`: the name docker run says it could not find. */
export function familiarWithTag(ref: NamedReference): string {
  return familiarString(!ref.tag && !ref.digest ? { ...ref, tag: 'latest' } : ref);
}
