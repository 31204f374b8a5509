// docker events — docker/cli cli/command/system/events.go: each event as one line (the time in
// RFC3339NanoFixed, type, action, actor ID and the sorted attributes), or through --format, whose
// fields are moby's events.Message (`json` encodes it as the daemon does).
import type { EventMessage } from '../../engine/index.ts';
import type { GoField } from '../go/record.ts';
import { GoStruct, goJson } from '../go/template/index.ts';

/** The Go value of an event for templates and `{{json .}}` (events.Message, fields in Go order). */
export function eventRecord(e: EventMessage, typeName = 'events.Message'): GoStruct {
  const actor = goStruct('events.Actor', [
    { go: 'ID', value: e.Actor.ID },
    { go: 'Attributes', value: e.Actor.Attributes },
  ]);
  return goStruct(typeName, [
    { go: 'Status', json: 'status', value: e.status ?? '', omitEmpty: true },
    { go: 'ID', json: 'id', value: e.id ?? '', omitEmpty: true },
    { go: 'From', json: 'from', value: e.from ?? '', omitEmpty: true },
    { go: 'Type', value: e.Type },
    { go: 'Action', value: e.Action },
    { go: 'Actor', value: actor },
    { go: 'Scope', json: 'scope', value: e.scope, omitEmpty: true },
    { go: 'Time', json: 'time', value: e.time, omitEmpty: true },
    { go: 'TimeNano', json: 'timeNano', value: e.timeNano, omitEmpty: true },
  ]);
}

// A Go struct whose `json` is encoding/json's: json tags, declaration order, omitempty.
function goStruct(typeName: string, fields: GoField[]): GoStruct {
  const empty = (v: unknown) => v === '' || v === 0 || v === 0n || v === undefined;
  const marshal = () => Object.fromEntries(fields.filter((f) => !(f.omitEmpty && empty(f.value))).map((f) => [f.json ?? f.go, f.value]));
  return new GoStruct(typeName, Object.fromEntries(fields.map((f) => [f.go, () => f.value])), marshal, true);
}

/** The zero *events.Message docker/cli runs a --format template on once, to reject a bad template early. */
export const EMPTY_EVENT = eventRecord({ Type: '' as EventMessage['Type'], Action: '', Actor: { ID: '', Attributes: {} }, scope: '' as 'local', time: 0, timeNano: 0n }, '*events.Message');

/** The daemon's JSON line for GET /events (json.Encoder, no HTML escaping: the message and a newline). */
export function eventJson(e: EventMessage): string {
  return `${goJson(eventRecord(e), false)}\n`;
}

/** prettyPrintEvent: `2026-01-01T00:00:00.000000000Z container start <id> (image=alpine, name=web)`. */
export function prettyEvent(e: EventMessage): string {
  const seconds = e.timeNano / 1_000_000_000n;
  const nanos = (e.timeNano % 1_000_000_000n).toString().padStart(9, '0');
  const when = new Date(Number(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, `.${nanos}Z`);
  const keys = Object.keys(e.Actor.Attributes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const attrs = keys.length > 0 ? ` (${keys.map((k) => `${k}=${e.Actor.Attributes[k]}`).join(', ')})` : '';
  return `${when} ${e.Type} ${e.Action} ${e.Actor.ID}${attrs}\n`;
}
