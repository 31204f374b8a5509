// The container and network events dockerd logs (LogContainerEventWithAttributes, LogNetworkEvent...):
// a container's events carry its labels, image (as the create request named it) and name.
import type { EventSink } from '../events/log.ts';
import type { Container } from './container.ts';

/** The bridge network's ID (GET /networks, the container's NetworkSettings). */
export const BRIDGE_NETWORK_ID = 'c8e8f2f9a4d5b6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f';

/** Logs `container <action>` for c, with dockerd's attributes plus `extra`. */
export function containerEvent(events: EventSink, c: Container, action: string, extra: Record<string, string> = {}): void {
  events.emit('container', action, c.id, { ...(c.record.config.Labels ?? {}), image: c.record.config.Image, name: c.record.name.slice(1), ...extra });
}

/** Logs the bridge network's connect/disconnect of c (host and none networks are not modelled as networks). */
export function bridgeEvent(events: EventSink, c: Container, action: 'connect' | 'disconnect'): void {
  if (c.record.hostConfig.NetworkMode !== 'bridge' && c.record.hostConfig.NetworkMode !== 'default') return;
  events.emit('network', action, BRIDGE_NETWORK_ID, { container: c.id, name: 'bridge', type: 'bridge' });
}
