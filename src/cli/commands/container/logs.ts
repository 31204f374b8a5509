// docker logs [--tail N] [-t] [-f] CONTAINER — docker/cli cli/command/container/logs.go: what PID 1
// wrote (stdout to stdout, stderr to stderr), with RFC3339NanoFixed timestamps for -t; -f keeps
// following until the container stops or Ctrl-C.
import type { Engine } from '../../../engine/engine.ts';
import { rfc3339Nano } from '../../../engine/clock.ts';
import type { LogChunk } from '../../../engine/containers/container.ts';
import type { CommandHandler } from '../../framework/types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';

// A run with no terminal and no Ctrl-C (`npm run sim`) stops following after this much simulated time.
const UNATTENDED_FOLLOW_MS = 10 * 60 * 1000;

/** Prints a container's logs. */
export function containerLogs(engine: Engine): CommandHandler {
  return async ({ args, flags, ctx }) => {
    try {
      const c = engine.container(args[0]);
      const tail = flags.string('tail');
      const lines = linesOf(c.record.logs);
      const n = tail === '' || tail === 'all' ? lines.length : Math.max(0, parseInt(tail, 10) || 0);
      for (const line of lines.slice(lines.length - n)) print(ctx, line, flags.bool('timestamps'));
      if (!flags.bool('follow')) return 0;
      let seen = c.record.logs.length;
      let waited = 0;
      while (!ctx.signal.aborted && engine.containers.find(c.id)?.running) {
        if (!ctx.isTty && waited >= UNATTENDED_FOLLOW_MS) break;
        try {
          await ctx.sleep(250);
        } catch {
          break;
        }
        waited += 250;
        const fresh = c.record.logs.slice(seen);
        seen = c.record.logs.length;
        for (const line of linesOf(fresh)) print(ctx, line, flags.bool('timestamps'));
      }
      return ctx.signal.aborted ? 130 : 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

// Chunks cut into lines (each keeps its stream and time), as the json-file driver stores them.
function linesOf(chunks: readonly LogChunk[]): LogChunk[] {
  const out: LogChunk[] = [];
  const pending: Partial<Record<'stdout' | 'stderr', LogChunk>> = {};
  for (const chunk of chunks) {
    let text = (pending[chunk.stream]?.text ?? '') + chunk.text;
    const at = pending[chunk.stream]?.at ?? chunk.at;
    delete pending[chunk.stream];
    let i: number;
    let first = true;
    while ((i = text.indexOf('\n')) >= 0) {
      out.push({ stream: chunk.stream, at: first ? at : chunk.at, text: text.slice(0, i + 1) });
      text = text.slice(i + 1);
      first = false;
    }
    if (text) pending[chunk.stream] = { stream: chunk.stream, at, text };
  }
  for (const rest of Object.values(pending)) if (rest) out.push(rest);
  return out;
}

function print(ctx: ProgramContext, line: LogChunk, timestamps: boolean): void {
  const text = timestamps ? `${rfc3339Nano(line.at)} ${line.text}` : line.text;
  (line.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(text);
}
