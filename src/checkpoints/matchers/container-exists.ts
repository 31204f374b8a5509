// containerExists / containerRunning — a container is there (`docker ps -a`) or running (`docker ps`),
// found by name or by image, optionally publishing a port (`docker run -d -p 8080:80 nginx`).
import { z } from 'zod';
import type { ContainerSummary } from '../../engine/index.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { containerLabel, containerTarget, describeTarget, oneTarget, selectContainers } from './container-select.ts';

const STATES = ['created', 'running', 'paused', 'restarting', 'exited', 'dead'] as const;

/** Passes when a container with that name (or of that image) exists, in the given state if one is asked. */
export const containerExists = defineMatcher({
  name: 'containerExists',
  description: 'A container exists (docker ps -a lists it), found by name or by image (ancestor), optionally in a given state.',
  params: z
    .strictObject({
      ...containerTarget,
      state: z.enum(STATES).optional().describe(`The state it must be in, as docker ps -a --filter status= names it: ${STATES.join(', ')}.`),
    })
    .refine(...oneTarget),
  example: { name: 'web', state: 'exited' },
  check({ name, ancestor, state }, { engine }) {
    const found = selectContainers(engine, { name, ancestor });
    const what = describeTarget({ name, ancestor });
    if (found.length === 0) return notYet(`There is no ${what.slice(2)} yet (docker ps -a lists none).`);
    if (!state || found.some((c) => c.State === state)) return pass;
    return notYet(`${stateOf(found)}; it should be ${state}.`);
  },
});

/** Passes when a container with that name (or of that image) is running, publishing `publish` if given. */
export const containerRunning = defineMatcher({
  name: 'containerRunning',
  description: 'A container is running (docker ps lists it), found by name or by image (ancestor), optionally publishing a port as -p HOST:CONTAINER does.',
  params: z
    .strictObject({
      ...containerTarget,
      publish: z
        .string()
        .regex(/^\d{1,5}:\d{1,5}(\/(tcp|udp|sctp))?$/, { error: 'write the port as -p takes it: HOST:CONTAINER, e.g. "8080:80" (optionally "/udp")' })
        .optional()
        .describe('A published port as -p takes it, HOST:CONTAINER[/proto], e.g. "8080:80": the host port must lead to that container port.'),
    })
    .refine(...oneTarget),
  example: { ancestor: 'nginx:alpine', publish: '8080:80' },
  check({ name, ancestor, publish }, { engine }) {
    const found = selectContainers(engine, { name, ancestor });
    const what = describeTarget({ name, ancestor });
    if (found.length === 0) return missing(`There is no ${what.slice(2)} yet: start one with docker run.`);
    const running = found.filter((c) => c.State === 'running');
    if (running.length === 0) return notYet(`${stateOf(found)}, not running: start it (or run a new one) and keep it running.`);
    if (!publish) return pass;
    const [ports, proto = 'tcp'] = publish.split('/');
    const [hostPort, containerPort] = ports.split(':').map(Number);
    const publishes = (c: ContainerSummary) => c.Ports.some((p) => p.PublicPort === hostPort && p.PrivatePort === containerPort && p.Type === proto);
    if (running.some(publishes)) return pass;
    const c = running[0];
    const has = c.Ports.filter((p) => p.PublicPort !== undefined).map((p) => `${p.PublicPort}:${p.PrivatePort}`);
    const now = has.length ? `it publishes ${[...new Set(has)].join(', ')}` : 'it publishes no ports';
    return notYet(`${containerLabel(c)} is running, but ${now}: port ${hostPort} on your machine should lead to port ${containerPort} in the container (-p ${hostPort}:${containerPort}).`);
  },
});

// "web is exited" / "The containers of nginx are exited, created".
function stateOf(found: ContainerSummary[]): string {
  if (found.length === 1) return `${containerLabel(found[0])} is ${found[0].State}`;
  return `The containers ${found.map(containerLabel).join(', ')} are ${[...new Set(found.map((c) => c.State))].join(' or ')}`;
}
