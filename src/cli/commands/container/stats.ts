// docker stats [-a] [--no-stream] [--no-trunc] [--format] [CONTAINER...] — docker/cli
// cli/command/container/stats.go: one table with --no-stream; otherwise the screen is redrawn each
// second until Ctrl-C (a run with no terminal stops after a while, as `logs -f` does).
import { EngineError, type EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';
import { formatStats, type StatsEntry } from '../../../format/container/stats.ts';

// A run with no terminal and no Ctrl-C (`npm run sim`) stops streaming after this much simulated time.
const UNATTENDED_STREAM_MS = 10 * 60 * 1000;

/** Shows the containers' resource usage. */
export function containerStats(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const options = { format: flags.string('format'), noTrunc: flags.bool('no-trunc') };
    const sample = (): StatsEntry[] => {
      const refs = args.length > 0 ? args : engine.containerList({ all: flags.bool('all') }).map((c) => c.Id);
      return refs.map((ref) => ({ container: args.length > 0 ? ref : ref.slice(0, 12), stats: engine.containerStats(ref) }));
    };
    try {
      if (flags.bool('no-stream')) {
        ctx.stdout.write(formatStats(sample(), options));
        return 0;
      }
      return await stream(ctx, () => formatStats(sample(), options));
    } catch (error) {
      if (error instanceof EngineError || !ctx.signal.aborted) return reportError(ctx, error);
      return 130;
    }
  };
}

// Redraws the table every second: cursor home, the table, the rest of the screen cleared.
async function stream(ctx: ProgramContext, frame: () => string): Promise<number> {
  ctx.stdout.write('\x1b[2J');
  for (let waited = 0; !ctx.signal.aborted; waited += 1000) {
    ctx.stdout.write(`\x1b[H${frame().replace(/\n/g, '\x1b[K\n')}\x1b[J`);
    if (!ctx.isTty && waited >= UNATTENDED_STREAM_MS) return 0;
    try {
      await ctx.sleep(1000);
    } catch {
      break;
    }
  }
  return 130;
}
