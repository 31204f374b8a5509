// The daemon's event stream (moby daemon/events): every container, image, volume and network action
// is logged with the time it happened; the last 256 stay in memory for `--since`, as dockerd keeps
// them, and readers poll for what came after. Nothing of it is saved with the engine (nor by dockerd).
import type { EventMessage, EventReader, EventsRequest, EventType } from '../api/events.ts';
import { eventFilter } from './filter.ts';
import { SinceAfterUntil, InvalidEventTime } from '../errors/filter.ts';

/** What dockerd keeps for readers that ask for the past (moby's eventsLimit). */
export const EVENTS_KEPT = 256;

/** Where daemon parts report what they did. */
export interface EventSink {
  emit(type: EventType, action: string, id: string, attributes?: Record<string, string>): void;
}

/** A sink that drops everything (an image store outside a daemon, in tests). */
export const NO_EVENTS: EventSink = { emit() {} };

/** The daemon's event log. */
export class EventLog implements EventSink {
  private readonly kept: EventMessage[] = [];
  private last = 0n;

  constructor(private readonly now: () => number) {}

  /** Records one event at the daemon's current time (nanoseconds strictly increasing, so order is kept). */
  emit(type: EventType, action: string, id: string, attributes: Record<string, string> = {}): void {
    let nano = BigInt(Math.floor(this.now())) * 1_000_000n;
    if (nano <= this.last) nano = this.last + 1n;
    this.last = nano;
    const Attributes = Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const legacy = type === 'container' ? { status: action, id, from: attributes.image ?? '' } : type === 'image' ? { status: action, id } : {};
    this.kept.push({ ...legacy, Type: type, Action: action, Actor: { ID: id, Attributes }, scope: 'local', time: Number(nano / 1_000_000_000n), timeNano: nano });
    if (this.kept.length > EVENTS_KEPT) this.kept.shift();
  }

  /** GET /events: the kept events from `since`, then each new one, until `until` (if given) has passed. */
  reader(request: EventsRequest): EventReader {
    const since = eventTime(request.since);
    const until = eventTime(request.until);
    if (until !== undefined && since !== undefined && until < since) throw new SinceAfterUntil(request.since ?? '', request.until ?? '');
    const matches = eventFilter(request.filters ?? {});
    let seen = since === undefined ? this.last : -1n;
    if (since !== undefined) seen = since - 1n;
    return {
      read: () => {
        const fresh = this.kept.filter((e) => e.timeNano > seen && (until === undefined || e.timeNano <= until) && matches(e));
        const newest = this.kept.at(-1)?.timeNano ?? seen;
        if (newest > seen) seen = newest;
        const nowNano = BigInt(Math.floor(this.now())) * 1_000_000n;
        return { events: fresh, ended: until !== undefined && nowNano >= until };
      },
    };
  }
}

// moby's eventTime: `seconds[.nanos]` (timetypes.ParseTimestamps) → nanoseconds; empty → none.
function eventTime(value: string | undefined): bigint | undefined {
  if (!value) return undefined;
  const m = /^(-?\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) throw new InvalidEventTime(value);
  const nanos = m[2] ? BigInt((m[2] + '000000000').slice(0, 9)) : 0n;
  return BigInt(m[1]) * 1_000_000_000n + nanos;
}
