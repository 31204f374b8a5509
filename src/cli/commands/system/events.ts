// docker events [--since T] [--until T] [--filter k=v] [--format F] — docker/cli
// cli/command/system/events.go: the daemon's events from --since, then as they happen, until --until
// has passed or Ctrl-C. The text is made in format/system/events.ts.
import { EngineError, type EngineApi, type EventMessage } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';
import { Template, TemplateError } from '../../../format/go/template/index.ts';
import { EMPTY_EVENT, eventRecord, prettyEvent } from '../../../format/system/events.ts';
import { filterArgs } from '../filters.ts';
import { getTimestamp } from './timestamp.ts';

// Without a terminal or Ctrl-C (`npm run sim`), a stream with no --until stops after this much simulated time.
const UNATTENDED_MS = 10 * 60 * 1000;
// How often new events are looked for: often at a terminal; off one (a script), in steps of simulated time.
const POLL_MS = 250;
const UNATTENDED_POLL_MS = 5000;

/** Streams the daemon's events. */
export function systemEvents(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    let print: (e: EventMessage) => string;
    try {
      print = printer(flags.string('format'));
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      ctx.stderr.write(`Error parsing format: ${error.message}\n`);
      return 64;
    }
    try {
      const now = ctx.fs.clock();
      const since = flags.string('since');
      const until = flags.string('until');
      const reader = engine.systemEvents({
        since: since ? getTimestamp(since, now) : undefined,
        until: until ? getTimestamp(until, now) : undefined,
        filters: filterArgs(flags.list('filter')),
      });
      return await stream(ctx, reader, print, until !== '');
    } catch (error) {
      if (error instanceof EngineError) {
        ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
        return 1;
      }
      return reportError(ctx, error);
    }
  };
}

async function stream(ctx: ProgramContext, reader: ReturnType<EngineApi['systemEvents']>, print: (e: EventMessage) => string, bounded: boolean): Promise<number> {
  let waited = 0;
  const step = ctx.isTty ? POLL_MS : UNATTENDED_POLL_MS;
  for (;;) {
    const { events, ended } = reader.read();
    for (const e of events) ctx.stdout.write(print(e));
    if (ended) return 0;
    if (ctx.signal.aborted) return 130;
    if (!bounded && !ctx.isTty && waited >= UNATTENDED_MS) return 0;
    try {
      await ctx.sleep(step);
    } catch {
      return 130;
    }
    waited += step;
  }
}

// makeTemplate: none → docker's own line; `json` → {{json .}}; a template is tried once on an empty event.
function printer(format: string): (e: EventMessage) => string {
  if (format === '') return prettyEvent;
  const tmpl = Template.parse(format === 'json' ? '{{json .}}' : format);
  tmpl.execute(EMPTY_EVENT);
  return (e) => `${tmpl.execute(eventRecord(e))}\n`;
}
