// GET /events — moby api/types/events Message, as the daemon encodes it (Go field order).

/** What an event is about. */
export type EventType = 'container' | 'image' | 'volume' | 'network' | 'daemon' | 'plugin' | 'service' | 'node' | 'secret' | 'config';

/** One event of the daemon's stream. */
export interface EventMessage {
  /** Deprecated copies of Action, Actor.ID and the image, still filled for container and image events. */
  status?: string;
  id?: string;
  from?: string;
  Type: EventType;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
  scope: 'local';
  /** Unix seconds. */
  time: number;
  /** Unix nanoseconds: beyond 2^53, so kept exact as a bigint (the API server writes its digits). */
  timeNano: bigint;
}

/** GET /events?since=&until=&filters= as the daemon takes them (since/until as `seconds[.nanos]`). */
export interface EventsRequest {
  since?: string;
  until?: string;
  filters?: Record<string, string[]>;
}

/** New events as a reader polls them; `ended` once `until` has passed (the stream then closes). */
export interface EventReader {
  read(): { events: EventMessage[]; ended: boolean };
}
