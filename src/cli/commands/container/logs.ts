// docker logs [--tail N] [-t] [-f] CONTAINER — docker/cli cli/command/container/logs.go: what PID 1
// wrote (stdout to stdout, stderr to stderr), with RFC3339NanoFixed timestamps for -t; -f keeps
// following until the container stops or Ctrl-C.
import { type EngineApi, type LogChunk, logLines, rfc3339Nano } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';

// A run with no terminal and no Ctrl-C (`npm run sim`) stops following after this much simulated time.
const UNATTENDED_FOLLOW_MS = 10 * 60 * 1000;

/** Prints a container's logs. */
export function containerLogs(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    try {
      const log = engine.containerLogs(args[0]);
      const first = log.read();
      const tail = flags.string('tail');
      const lines = logLines(first.chunks);
      const n = tail === '' || tail === 'all' ? lines.length : Math.max(0, parseInt(tail, 10) || 0);
      for (const line of lines.slice(lines.length - n)) print(ctx, line, flags.bool('timestamps'));
      if (!flags.bool('follow')) return 0;
      let running = first.running;
      let waited = 0;
      while (!ctx.signal.aborted && running) {
        if (!ctx.isTty && waited >= UNATTENDED_FOLLOW_MS) break;
        try {
          await ctx.sleep(250);
        } catch {
          break;
        }
        waited += 250;
        const fresh = log.read();
        running = fresh.running;
        for (const line of logLines(fresh.chunks)) print(ctx, line, flags.bool('timestamps'));
      }
      return ctx.signal.aborted ? 130 : 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

function print(ctx: ProgramContext, line: LogChunk, timestamps: boolean): void {
  const text = timestamps ? `${rfc3339Nano(line.at)} ${line.text}` : line.text;
  (line.stream === 'stderr' ? ctx.stderr : ctx.stdout).write(text);
}
