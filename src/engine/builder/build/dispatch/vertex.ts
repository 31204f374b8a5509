// What the numbered steps share: failing a vertex with its logs, the name a step shows, and the
// build context's vertex (shown once, when the first step reads the context).
import { ShellLex as Lexer } from '../../shell-lex/lex.ts';
import type { Command } from '../../instructions/types.ts';
import { BuildError } from '../errors.ts';
import { sizeText, type VertexRun } from '../progress.ts';
import { expansionEnv, type StageState } from '../stage-state.ts';
import type { StageRunContext } from './types.ts';

/** Runs a step's work; a BuildError marks the vertex failed and carries its last log lines for the error block. */
export async function guard<T>(vertex: VertexRun, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BuildError) {
      vertex.fail(error.message);
      throw new BuildError(error.message, error.step ?? { name: vertex.name, logs: vertex.logs.slice(-10) }, error.location);
    }
    throw error;
  }
}

/** `RUN echo $X` as the vertex shows it: variables BuildKit knows expanded, the rest as written. */
export function displayName(ctx: StageRunContext, state: StageState, cmd: Command): string {
  const rest = cmd.original.slice(cmd.written.length);
  let shown = rest;
  try {
    shown = new Lexer(ctx.lex.escapeToken, { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true }).processWord(rest, expansionEnv(state));
  } catch {
    // shown as written when it cannot be expanded
  }
  return `${cmd.name}${shown}`;
}

/** The `[internal] load build context` vertex, once per build. */
export function loadContextVertex(ctx: StageRunContext): void {
  if (ctx.contextLoaded) return;
  ctx.contextLoaded = true;
  const load = ctx.progress.start('[internal] load build context');
  load.instant(`transferring context: ${sizeText(ctx.context.transferSize)}`);
  load.done();
}

/** Whether a command copies from the build context (not another stage, an image or a URL). */
export function readsContext(cmd: Command): boolean {
  if (cmd.kind !== 'COPY' && cmd.kind !== 'ADD') return false;
  if (cmd.kind === 'COPY' && cmd.from) return false;
  return cmd.files.sourcePaths.some((p) => !/^https?:\/\//.test(p));
}
