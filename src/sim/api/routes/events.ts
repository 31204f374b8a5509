// GET /events?since=&until=&filters= — moby's getEvents: the kept events from `since` at once, then each
// new one as it happens, one JSON message a line, until `until` has passed or the client hangs up.
import { eventJson } from '../../../format/system/events.ts';
import { filtersParam, type ApiRequest } from '../http-io.ts';
import type { ApiDaemon, Route } from '../router.ts';

// How often the stream looks for new events (the daemon's clock runs on real time here).
const POLL_MS = 100;

/** The events route. */
export const eventRoutes: Route[] = [{ method: 'GET', path: '/events', handle: events }];

function events({ query, res }: ApiRequest, { engine }: ApiDaemon): void {
  const reader = engine.systemEvents({ since: query.get('since') || undefined, until: query.get('until') || undefined, filters: filtersParam(query) });
  res.writeHead(200, { 'Content-Type': 'application/json' });
  // The CLI waits for the answer's headers before it goes on (`docker stats` watches events first):
  // send them now, not with the first event, which may never come.
  res.flushHeaders();
  const flush = (): boolean => {
    const { events: fresh, ended } = reader.read();
    for (const e of fresh) res.write(eventJson(e));
    if (ended) res.end();
    return ended;
  };
  if (flush()) return;
  const timer = setInterval(() => {
    if (flush()) clearInterval(timer);
  }, POLL_MS);
  res.on('close', () => clearInterval(timer));
}
