// A container's PID 1 from start to exit: joining the network and publishing ports, running through the
// injected Runtime (in the background, attached, or handed to the terminal as a shell), stop/kill
// signals and their grace period, and what happens when PID 1 ends (--rm, the exit waiters).
import type { PortBinding, PortMap } from '../api/containers.ts';
import type { EngineHost } from '../clock.ts';
import { rfc3339Nano } from '../clock.ts';
import type { Runtime } from '../runtime.ts';
import type { InteractiveShell } from '../../kernel/process.ts';
import { NetworkFabric, PortAllocatedError, type Publication } from '../network/fabric.ts';
import type { NetworkStack } from '../../kernel/net.ts';
import { sha256Digest } from '../model/digest.ts';
import { ZERO_TIME, type Container } from './container.ts';
import { checkExecutable, launch, launchInteractive, specFor, type AttachIo } from './process.ts';
import { SIGKILL, SIGTERM, parseSignal } from './signals.ts';
import { KillNotRunning, NoRuntime, PortPublishFailed } from '../errors/container.ts';
import type { EventSink } from '../events/log.ts';
import { containerEvent } from './events.ts';
import type { Networking } from './networking.ts';
import { STOP_TURNS, within } from './turns.ts';

/** What starting and stopping containers needs from the daemon. */
export interface LifecycleDeps {
  host: EngineHost;
  runtime?: Runtime;
  fabric: NetworkFabric;
  /** Containers on networks: joining at start, leaving at exit. */
  networking: Networking;
  /** The next PID for a started process. */
  nextPid(): number;
  /** Removes a container that ended (for --rm). */
  drop(c: Container, removeVolumes: boolean): void;
  /** The daemon's event log. */
  events: EventSink;
}

/** The injected runtime, or the daemon's error when it has none (a daemon built for image work only). */
export function requireRuntime(deps: Pick<LifecycleDeps, 'runtime'>): Runtime {
  if (!deps.runtime) throw new NoRuntime();
  return deps.runtime;
}

/** POST /containers/{id}/start: runs PID 1 in the background, or attached to `attach`. A running container is left alone. */
export function startContainer(deps: LifecycleDeps, c: Container, attach?: AttachIo): void {
  if (c.running) return;
  const runtime = requireRuntime(deps);
  const argv = [c.record.path, ...c.record.args];
  try {
    checkExecutable(c, argv);
  } catch (error) {
    c.record.state.Error = (error as Error).message;
    // dockerd: 127 when the command is not found, else the unknown-failure status 128.
    c.record.state.ExitCode = /executable file not found|no such file or directory/.test(c.record.state.Error) ? 127 : 128;
    throw error;
  }
  if (attach) containerEvent(deps.events, c, 'attach');
  const net = connect(deps, c);
  markRunning(deps, c, attach === undefined);
  c.task = launch(runtime, deps.host, c, net, attach ? { kind: 'attached', io: attach } : { kind: 'background' }, (code) => exited(deps, c, code));
}

/** Resolves once a container's PID 1 is blocked (listening, sleeping, waiting for input), ended, or
 *  busy for BUSY_STEPS steps (a loop that never sleeps). A start waits for it, as a real daemon's start
 *  returns once the process runs and a learner's next command comes much later. */
export async function settled(c: Container): Promise<void> {
  if (c.task) await c.task.pace.idle();
}

/** Whether a container's PID 1 would be an interactive shell. */
export function pid1IsShell(deps: LifecycleDeps, c: Container): boolean {
  if (c.record.foreignPlatform !== undefined) return false;
  return requireRuntime(deps).interactive(specFor(c, [c.record.path, ...c.record.args], undefined), { columns: 80, sleep: () => Promise.resolve() }) !== undefined;
}

/** Starts a container whose PID 1 is a shell, handing back the shell for the terminal; undefined when PID 1 is not a shell. */
export function startInteractive(deps: LifecycleDeps, c: Container, columns: number): InteractiveShell | undefined {
  const runtime = requireRuntime(deps);
  if (c.running) return undefined;
  checkExecutable(c, [c.record.path, ...c.record.args]);
  containerEvent(deps.events, c, 'attach');
  const net = connect(deps, c);
  const launched = launchInteractive(runtime, deps.host, c, net, columns, (code) => exited(deps, c, code));
  if (!launched) {
    deps.networking.leave(c);
    return undefined;
  }
  markRunning(deps, c, false);
  c.task = launched.task;
  return launched.shell;
}

/** POST /containers/{id}/stop?t=&signal= — the stop signal, then SIGKILL after the timeout (default 10 s). */
export async function stopContainer(deps: LifecycleDeps, c: Container, timeoutSeconds?: number, signal?: string): Promise<void> {
  if (!c.running || !c.task) return;
  await stopTask(deps, c, timeoutSeconds, signal);
  containerEvent(deps.events, c, 'stop');
}

async function stopTask(deps: LifecycleDeps, c: Container, timeoutSeconds?: number, signal?: string): Promise<void> {
  if (!c.task) return;
  const task = c.task;
  const sig = parseSignal(signal || c.record.config.StopSignal || 'SIGTERM');
  const timeout = timeoutSeconds ?? 10;
  containerEvent(deps.events, c, 'kill', { signal: String(sig) });
  if (sig === SIGKILL || !task.deaf) signalPid1(c, sig);
  if (!c.running) return;
  if (sig !== SIGKILL && timeout !== 0) {
    // The process either exits on the stop signal or is still running when the timeout ends. One that
    // handles the signal gets its turns to wind down first (counted in turns, not time): on a simulated
    // clock the grace period would otherwise elapse (and move the clock 10 s) before its shell has unwound.
    if (!task.deaf && (await within(task.done, STOP_TURNS))) return;
    const grace = deps.host.sleep(timeout < 0 ? 0 : timeout * 1000);
    const ended = await Promise.race([task.done.then(() => true), grace.then(() => false)]);
    if (ended) return;
  }
  if (c.running && c.task === task) {
    containerEvent(deps.events, c, 'kill', { signal: String(SIGKILL) });
    signalPid1(c, SIGKILL);
  }
  await task.done;
}

/** POST /containers/{id}/kill?signal= */
export async function killContainer(deps: Pick<LifecycleDeps, 'events'>, c: Container, ref: string, signal = 'SIGKILL'): Promise<void> {
  const sig = parseSignal(signal);
  if (!c.running || !c.task) throw new KillNotRunning(ref, c.id);
  const task = c.task;
  containerEvent(deps.events, c, 'kill', { signal: String(sig) });
  if (sig === SIGKILL || ((sig === SIGTERM || sig === 2 || sig === 1 || sig === 3) && !task.deaf)) {
    signalPid1(c, sig);
    await task.done;
  }
}

/** Sends a signal to PID 1: SIGKILL always ends it; others end it unless PID 1 ignores them. */
export function signalPid1(c: Container, sig: number): void {
  const task = c.task;
  if (!task || task.controller.signal.aborted) return;
  if (sig !== SIGKILL && task.deaf) return;
  // A frozen process cannot act on its signal: the daemon thaws a paused container it signals to end.
  if (c.paused) c.thaw();
  task.killedWith = sig;
  task.controller.abort();
}

function markRunning(deps: LifecycleDeps, c: Container, detached: boolean): void {
  const s = c.record.state;
  Object.assign(s, { Status: 'running', Running: true, Pid: deps.nextPid(), ExitCode: 0, Error: '', StartedAt: rfc3339Nano(deps.host.now()), FinishedAt: ZERO_TIME });
  c.record.detached = detached;
  containerEvent(deps.events, c, 'start');
}

// PID 1 ended: the container stops, leaves the network, and goes away if it was started with --rm.
function exited(deps: LifecycleDeps, c: Container, code: number): void {
  if (!c.running) return;
  const s = c.record.state;
  Object.assign(s, { Status: 'exited', Running: false, Pid: 0, ExitCode: code, FinishedAt: rfc3339Nano(deps.host.now()) });
  c.thaw();
  // moby's Cleanup releases the network (disconnect) before the die event is logged.
  deps.networking.leave(c);
  const ran = Math.floor((Date.parse(s.FinishedAt) - Date.parse(s.StartedAt)) / 1000);
  containerEvent(deps.events, c, 'die', { exitCode: String(code), execDuration: String(Number.isNaN(ran) ? 0 : Math.max(0, ran)) });
  c.record.ports = {};
  c.task = undefined;
  if (c.record.hostConfig.AutoRemove) deps.drop(c, true);
  c.notifyExit(code);
}

// Joins the networks and publishes ports; the daemon's error when a host port is taken.
function connect(deps: Pick<LifecycleDeps, 'fabric' | 'networking'>, c: Container): NetworkStack {
  const { fabric } = deps;
  const stack = deps.networking.join(c);
  const publications: Publication[] = [];
  const ports: PortMap = {};
  if (c.record.ip !== '') {
    const taken = new Set<number>();
    const bindings: [string, PortBinding[]][] = Object.entries(c.record.hostConfig.PortBindings).map(([k, v]) => [k, v ?? []]);
    if (c.record.hostConfig.PublishAllPorts) {
      for (const port of Object.keys(c.record.config.ExposedPorts ?? {})) if (!bindings.some(([k]) => k === port)) bindings.push([port, [{ HostIp: '', HostPort: '' }]]);
    }
    for (const [port, list] of bindings) {
      ports[port] = [];
      for (const b of list) {
        const hostPort = b.HostPort ? Number(b.HostPort.split('-')[0]) : fabric.ephemeralPort(taken);
        taken.add(hostPort);
        const ips = b.HostIp ? [b.HostIp] : ['0.0.0.0', '::'];
        for (const hostIp of ips) ports[port]!.push({ HostIp: hostIp, HostPort: String(hostPort) });
        publications.push({ hostIp: b.HostIp || '0.0.0.0', hostPort, containerId: c.id, containerPort: Number(port.split('/')[0]) });
      }
    }
    for (const port of Object.keys(c.record.config.ExposedPorts ?? {})) if (!(port in ports)) ports[port] = null;
  }
  try {
    fabric.publish(publications);
  } catch (error) {
    deps.networking.leave(c);
    if (error instanceof PortAllocatedError) {
      const endpoint = sha256Digest(`endpoint:${c.id}`).slice(7);
      throw new PortPublishFailed(c.displayName, endpoint, error.message);
    }
    throw error;
  }
  c.record.ports = ports;
  c.writeInitFiles(); // /etc/hosts gains the container's address
  return stack;
}

/** A stopped container back to "exited" when its process cannot resume after a reload. */
export function markExited(host: EngineHost, c: Container, exitCode: number): void {
  Object.assign(c.record.state, { Status: 'exited', Running: false, Pid: 0, ExitCode: exitCode, FinishedAt: rfc3339Nano(host.now()) });
}
