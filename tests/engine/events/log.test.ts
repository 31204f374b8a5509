// The daemon's event log: what GET /events readers get from it (since, until, filters, the 256 kept).
import { describe, expect, it } from 'vitest';
import { EVENTS_KEPT, EventLog } from '../../../src/engine/events/log.ts';
import { EngineError } from '../../../src/engine/errors/engine-error.ts';

const T0 = Date.UTC(2026, 0, 1);

function logAt(): { log: EventLog; clock: { now: number } } {
  const clock = { now: T0 };
  return { log: new EventLog(() => clock.now), clock };
}

describe('event log', () => {
  it('keeps order within one millisecond and only the last 256 events', () => {
    const { log } = logAt();
    for (let i = 0; i < EVENTS_KEPT + 10; i++) log.emit('volume', 'create', `v${i}`, { driver: 'local' });
    const { events } = log.reader({ since: '0' }).read();
    expect(events).toHaveLength(EVENTS_KEPT);
    expect(events[0].Actor.ID).toBe('v10');
    expect(events.every((e, i) => i === 0 || e.timeNano > events[i - 1].timeNano)).toBe(true);
    expect(events[0].timeNano).toBe(BigInt(T0) * 1_000_000n + 10n);
  });

  it('gives a reader without since only what happens after it started, and ends once until has passed', () => {
    const { log, clock } = logAt();
    log.emit('image', 'pull', 'alpine:latest', { name: 'alpine' });
    const live = log.reader({});
    const bounded = log.reader({ since: String(T0 / 1000), until: String(T0 / 1000 + 5) });
    expect(live.read().events).toEqual([]);
    clock.now += 2000;
    log.emit('volume', 'create', 'data', { driver: 'local' });
    expect(live.read().events.map((e) => e.Action)).toEqual(['create']);
    const first = bounded.read();
    expect(first.ended).toBe(false);
    expect(first.events.map((e) => e.Action)).toEqual(['pull', 'create']);
    clock.now += 10_000;
    log.emit('volume', 'destroy', 'data', { driver: 'local' });
    expect(bounded.read()).toEqual({ events: [], ended: true });
  });

  it('filters as dockerd does', () => {
    const { log } = logAt();
    log.emit('container', 'create', 'abc123', { image: 'alpine:3.21', name: 'web', app: 'demo' });
    log.emit('container', 'exec_create: sh -c true', 'abc123', { image: 'alpine:3.21', name: 'web', execID: 'e1' });
    log.emit('image', 'tag', 'sha256:1234', { name: 'alpine:v1' });
    const read = (filters: Record<string, string[]>) => log.reader({ since: '0', filters }).read().events.map((e) => `${e.Type} ${e.Action}`);
    expect(read({ container: ['ab'] })).toEqual(['container create', 'container exec_create: sh -c true']);
    expect(read({ event: ['exec_create'] })).toEqual(['container exec_create: sh -c true']);
    expect(read({ event: ['create'] })).toEqual(['container create']);
    expect(read({ image: ['alpine'] })).toEqual(['container create', 'container exec_create: sh -c true', 'image tag']);
    expect(read({ label: ['app=demo'] })).toEqual(['container create']);
    expect(read({ type: ['image'], label: ['app'] })).toEqual([]);
  });

  it("refuses until before since with dockerd's message", () => {
    const { log } = logAt();
    expect(() => log.reader({ since: '20', until: '10' })).toThrow(EngineError);
    expect(() => log.reader({ since: '20', until: '10' })).toThrow('`since` time (20) cannot be after `until` time (10)');
  });
});
