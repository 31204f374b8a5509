// The container and network events dockerd logs (LogContainerEventWithAttributes, LogNetworkEvent...):
// a container's events carry its labels, image (as the create request named it) and name.
import type { EventSink } from '../events/log.ts';
import type { Container } from './container.ts';

/** The bridge network's ID (GET /networks, the container's NetworkSettings). */
export { BRIDGE_NETWORK_ID } from '../network/store.ts';

/** Logs `container <action>` for c, with dockerd's attributes plus `extra`. */
export function containerEvent(events: EventSink, c: Container, action: string, extra: Record<string, string> = {}): void {
  events.emit('container', action, c.id, { ...(c.record.config.Labels ?? {}), image: c.record.config.Image, name: c.record.name.slice(1), ...extra });
}
