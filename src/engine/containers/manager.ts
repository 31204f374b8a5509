// The daemon's containers: lookup by ID, name or prefix, the lifecycle (create → start → stop/kill →
// remove), exec, and the snapshot. Filesystem and listing endpoints live beside it (filesystem.ts, list.ts).
import type { ContainerCreateRequest, ContainerCreateResponse, MountPoint, PortBinding, PortMap } from '../api/containers.ts';
import type { EngineHost } from '../clock.ts';
import { rfc3339Nano } from '../clock.ts';
import type { Runtime } from '../runtime.ts';
import type { InteractiveShell } from '../../kernel/process.ts';
import type { ImageStore } from '../store/image-store.ts';
import { imageRootfs } from '../images/rootfs.ts';
import { EngineError } from '../errors/engine-error.ts';
import { NetworkFabric, PortAllocatedError, type Publication } from '../network/fabric.ts';
import { VolumeStore, mountpoint } from '../volumes/store.ts';
import { applyLayer, layerFromDiff } from '../../vfs/layers/index.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { cloneNode, makeDir } from '../../vfs/vfs.ts';
import type { DirNode, FsNode } from '../../vfs/types.ts';
import { Container, ZERO_TIME, type SavedContainer } from './container.ts';
import { hostConfigOf, mergeConfig, newRecord } from './create.ts';
import { nameConflict, noSuchContainer, notRunning, execProcessNotFound } from './errors.ts';
import { containerId, nameSeeds } from './ids.ts';
import { generatedName, validateName } from './names.ts';
import { checkExecutable, findExecutable, launch, launchInteractive, processEnv, specFor, type AttachIo } from './process.ts';
import { SIGKILL, SIGTERM, parseSignal } from './signals.ts';
import { sha256Digest } from '../model/digest.ts';

/** What the containers need from the rest of the daemon. */
export interface ContainerDeps {
  store: ImageStore;
  host: EngineHost;
  runtime?: Runtime;
  fabric: NetworkFabric;
  volumes: VolumeStore;
  /** The learner's machine, where bind mounts come from. */
  hostFs(): Vfs | undefined;
}

/** Everything the container part of the engine persists. */
export interface ContainersSnapshot {
  counter: number;
  containers: SavedContainer[];
}

/** Options of an exec. */
export interface ExecOptions {
  env?: string[];
  cwd?: string;
  user?: string;
}

/** The daemon's container table. */
export class Containers {
  private readonly byId = new Map<string, Container>();
  private counter = 0;
  private pid = 1000;

  constructor(
    private readonly deps: ContainerDeps,
    snapshot?: ContainersSnapshot,
  ) {
    if (snapshot) this.restore(snapshot);
  }

  /** All containers, newest first (as /containers/json orders them). */
  all(): Container[] {
    return [...this.byId.values()].sort((a, b) => (a.record.created < b.record.created ? 1 : a.record.created > b.record.created ? -1 : 0));
  }

  /** moby GetContainer: full ID, then name, then a unique ID prefix; else `No such container`. */
  get(ref: string): Container {
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const name = ref.startsWith('/') ? ref : `/${ref}`;
    for (const c of this.byId.values()) if (c.record.name === name) return c;
    if (/^[a-f0-9]+$/.test(ref)) {
      const matches = [...this.byId.values()].filter((c) => c.id.startsWith(ref));
      if (matches.length > 1) throw new EngineError('invalidParameter', `Multiple IDs found with provided prefix: ${ref}`);
      if (matches[0]) return matches[0];
    }
    throw noSuchContainer(ref);
  }

  /** Like get, but undefined when nothing matches. */
  find(ref: string): Container | undefined {
    try {
      return this.get(ref);
    } catch {
      return undefined;
    }
  }

  /** POST /containers/create?name= — the image must be local (the CLI pulls first). */
  create(request: ContainerCreateRequest, imageId: string, name = '', platform = 'linux'): ContainerCreateResponse {
    if (name !== '') {
      validateName(name);
      const taken = this.find(name.startsWith('/') ? name.slice(1) : name);
      const full = name.startsWith('/') ? name : `/${name}`;
      if (taken && taken.record.name === full) throw nameConflict(full, taken.id);
    }
    const now = this.deps.host.now();
    const id = containerId(++this.counter, now);
    const { config, argv } = mergeConfig(id, request, this.deps.store.config(imageId).config);
    const hostConfig = hostConfigOf(request);
    const base = imageRootfs(this.deps.store, imageId);
    const finalName = name !== '' ? (name.startsWith('/') ? name : `/${name}`) : this.generateName(id);
    const record = newRecord({ id, name: finalName, created: rfc3339Nano(now), imageId, platform, config, hostConfig, argv, mounts: [] });
    const container = new Container(record, base, () => this.deps.host.now());
    record.mounts = this.setUpMounts(container, hostConfig.Binds ?? [], Object.keys(config.Volumes ?? {}));
    if (config.WorkingDir && !container.fs.exists(config.WorkingDir)) container.fs.mkdir(config.WorkingDir, { recursive: true });
    this.byId.set(id, container);
    return { Id: id, Warnings: [] };
  }

  /** POST /containers/{id}/start: runs PID 1 in the background, or attached to `attach`. A running container is left alone. */
  start(ref: string, attach?: AttachIo): Container {
    const c = this.get(ref);
    if (c.running) return c;
    const runtime = this.requireRuntime();
    const argv = [c.record.path, ...c.record.args];
    try {
      checkExecutable(c, argv);
    } catch (error) {
      c.record.state.Error = (error as Error).message;
      c.record.state.ExitCode = 127;
      throw error;
    }
    const net = this.connect(c);
    this.markRunning(c, attach === undefined);
    c.task = launch(runtime, this.deps.host, c, net, attach ? { kind: 'attached', io: attach } : { kind: 'background' }, (code) => this.exited(c, code));
    return c;
  }

  /** Starts a container whose PID 1 is a shell, handing back the shell for the terminal; undefined when PID 1 is not a shell. */
  startInteractive(ref: string, columns: number): InteractiveShell | undefined {
    const c = this.get(ref);
    const runtime = this.requireRuntime();
    if (c.running) return undefined;
    checkExecutable(c, [c.record.path, ...c.record.args]);
    const net = this.connect(c);
    const launched = launchInteractive(runtime, this.deps.host, c, net, columns, (code) => this.exited(c, code));
    if (!launched) {
      this.deps.fabric.detach(c.id);
      return undefined;
    }
    this.markRunning(c, false);
    c.task = launched.task;
    return launched.shell;
  }

  /** Whether a container's PID 1 would be an interactive shell. */
  isShell(ref: string): boolean {
    const c = this.get(ref);
    return this.requireRuntime().interactive(specFor(c, [c.record.path, ...c.record.args], undefined), { columns: 80, sleep: () => Promise.resolve() }) !== undefined;
  }

  /** POST /containers/{id}/stop?t=&signal= — the stop signal, then SIGKILL after the timeout (default 10 s). */
  async stop(ref: string, timeoutSeconds?: number, signal?: string): Promise<void> {
    const c = this.get(ref);
    if (!c.running || !c.task) return;
    const task = c.task;
    const sig = parseSignal(signal || c.record.config.StopSignal || 'SIGTERM');
    const timeout = timeoutSeconds ?? 10;
    if (sig === SIGKILL || !task.deaf) this.signal(c, sig);
    if (!c.running) return;
    if (sig !== SIGKILL && timeout !== 0) {
      // The process either exits on the stop signal or is still running when the timeout ends. One that
      // handles the signal gets a moment (50 ms of real time) to wind down first: on a simulated clock the grace
      // period would otherwise elapse (and move the clock 10 s) before its shell has unwound.
      const grace = () => this.deps.host.sleep(timeout < 0 ? 0 : timeout * 1000);
      const windDown = () => new Promise<void>((resolve) => setTimeout(resolve, 50));
      const expired = task.deaf ? grace() : windDown().then(grace);
      const ended = await Promise.race([task.done.then(() => true), expired.then(() => false)]);
      if (ended) return;
    }
    if (c.running && c.task === task) this.signal(c, SIGKILL);
    await task.done;
  }

  /** POST /containers/{id}/kill?signal= */
  async kill(ref: string, signal = 'SIGKILL'): Promise<void> {
    const c = this.get(ref);
    const sig = parseSignal(signal);
    if (!c.running || !c.task) throw new EngineError('conflict', `cannot kill container: ${ref}: container ${c.id} is not running`);
    const task = c.task;
    if (sig === SIGKILL || ((sig === SIGTERM || sig === 2 || sig === 1 || sig === 3) && !task.deaf)) {
      this.signal(c, sig);
      await task.done;
    }
  }

  /** POST /containers/{id}/restart?t= */
  async restart(ref: string, timeoutSeconds?: number): Promise<void> {
    const c = this.get(ref);
    await this.stop(ref, timeoutSeconds);
    c.record.restartCount = 0;
    this.start(c.id);
  }

  /** DELETE /containers/{id}?force=&v= */
  async remove(ref: string, options: { force?: boolean; volumes?: boolean } = {}): Promise<void> {
    const c = this.get(ref);
    if (c.running) {
      if (!options.force) {
        throw new EngineError(
          'conflict',
          `cannot remove container "${ref}": container is running: stop the container before removing or force remove`,
        );
      }
      this.signal(c, SIGKILL);
      await c.task?.done;
    }
    this.drop(c, options.volumes ?? false);
  }

  /** POST /containers/{id}/rename?name= */
  rename(ref: string, newName: string): void {
    const c = this.get(ref);
    validateName(newName);
    const full = newName.startsWith('/') ? newName : `/${newName}`;
    if (full === c.record.name) throw new EngineError('invalidParameter', 'Renaming a container with the same name as its current name');
    const taken = [...this.byId.values()].find((o) => o.record.name === full);
    if (taken) throw nameConflict(full, taken.id);
    c.record.name = full;
  }

  /** POST /containers/{id}/wait: the exit code once PID 1 ends. */
  wait(ref: string): Promise<number> {
    return this.get(ref).waitExit();
  }

  /** POST /containers/{id}/exec + start: runs argv to completion in a running container. */
  async exec(ref: string, argv: string[], io: AttachIo & { signal: AbortSignal; tty: boolean; sleep(ms: number): Promise<void> }, options: ExecOptions = {}): Promise<number> {
    const c = this.get(ref);
    if (!c.running || !c.task) throw notRunning(c.id);
    const spec = specFor(c, argv, c.task.net, options);
    if (!findExecutable(c.fs, argv[0], spec.env)) throw execProcessNotFound(argv[0], argv[0].includes('/'));
    return this.requireRuntime().run(spec, { ...io, columns: io.columns });
  }

  /** An interactive shell exec'd into a running container (`docker exec -it c sh`); undefined when argv is not a shell. */
  execInteractive(ref: string, argv: string[], columns: number, sleep: (ms: number) => Promise<void>, options: ExecOptions = {}): InteractiveShell | undefined {
    const c = this.get(ref);
    if (!c.running || !c.task) throw notRunning(c.id);
    const spec = specFor(c, argv, c.task.net, options);
    if (!findExecutable(c.fs, argv[0], spec.env)) throw execProcessNotFound(argv[0], argv[0].includes('/'));
    return this.requireRuntime().interactive(spec, { columns, sleep });
  }

  /** The containers created from an image (for `docker rmi`). */
  usersOf(imageId: string): { id: string; running: boolean }[] {
    return this.all().filter((c) => c.record.imageId === imageId).map((c) => ({ id: c.id, running: c.running }));
  }

  /** The containers mounting a volume. */
  volumeUsers(name: string): string[] {
    return this.all().filter((c) => c.record.mounts.some((m) => m.Type === 'volume' && m.Name === name)).map((c) => c.id);
  }

  /** Removes a stopped container without the checks (prune, --rm). */
  drop(c: Container, removeVolumes: boolean): void {
    this.byId.delete(c.id);
    if (removeVolumes) {
      for (const m of c.record.mounts) {
        if (m.Type === 'volume' && m.Name && this.deps.volumes.has(m.Name) && this.deps.volumes.get(m.Name).anonymous && this.volumeUsers(m.Name).length === 0) {
          this.deps.volumes.remove(m.Name, []);
        }
      }
    }
  }

  /** Sends a signal to PID 1: SIGKILL always ends it; others end it unless PID 1 ignores them. */
  private signal(c: Container, sig: number): void {
    const task = c.task;
    if (!task || task.controller.signal.aborted) return;
    if (sig !== SIGKILL && task.deaf) return;
    task.killedWith = sig;
    task.controller.abort();
  }

  private markRunning(c: Container, detached: boolean): void {
    const s = c.record.state;
    Object.assign(s, { Status: 'running', Running: true, Pid: ++this.pid, ExitCode: 0, Error: '', StartedAt: rfc3339Nano(this.deps.host.now()), FinishedAt: ZERO_TIME });
    c.record.detached = detached;
  }

  // PID 1 ended: the container stops, leaves the network, and goes away if it was started with --rm.
  private exited(c: Container, code: number): void {
    if (!c.running) return;
    const s = c.record.state;
    Object.assign(s, { Status: 'exited', Running: false, Pid: 0, ExitCode: code, FinishedAt: rfc3339Nano(this.deps.host.now()) });
    this.deps.fabric.detach(c.id);
    c.record.ip = '';
    c.record.ports = {};
    c.task = undefined;
    if (c.record.hostConfig.AutoRemove) this.drop(c, true);
    c.notifyExit(code);
  }

  // Joins the network and publishes ports; the daemon's error when a host port is taken.
  private connect(c: Container) {
    const mode = c.record.hostConfig.NetworkMode === 'none' ? 'none' : c.record.hostConfig.NetworkMode === 'host' ? 'host' : 'bridge';
    const { stack, ip } = this.deps.fabric.attach(c.id, mode);
    const publications: Publication[] = [];
    const ports: PortMap = {};
    if (mode === 'bridge') {
      const taken = new Set<number>();
      const bindings: [string, PortBinding[]][] = Object.entries(c.record.hostConfig.PortBindings).map(([k, v]) => [k, v ?? []]);
      if (c.record.hostConfig.PublishAllPorts) {
        for (const port of Object.keys(c.record.config.ExposedPorts ?? {})) if (!bindings.some(([k]) => k === port)) bindings.push([port, [{ HostIp: '', HostPort: '' }]]);
      }
      for (const [port, list] of bindings) {
        ports[port] = [];
        for (const b of list) {
          const hostPort = b.HostPort ? Number(b.HostPort.split('-')[0]) : this.deps.fabric.ephemeralPort(taken);
          taken.add(hostPort);
          const ips = b.HostIp ? [b.HostIp] : ['0.0.0.0', '::'];
          for (const hostIp of ips) ports[port]!.push({ HostIp: hostIp, HostPort: String(hostPort) });
          publications.push({ hostIp: b.HostIp || '0.0.0.0', hostPort, containerId: c.id, containerPort: Number(port.split('/')[0]) });
        }
      }
      for (const port of Object.keys(c.record.config.ExposedPorts ?? {})) if (!(port in ports)) ports[port] = null;
    }
    try {
      this.deps.fabric.publish(publications);
    } catch (error) {
      this.deps.fabric.detach(c.id);
      if (error instanceof PortAllocatedError) {
        const endpoint = sha256Digest(`endpoint:${c.id}`).slice(7);
        throw new EngineError(
          'system',
          `failed to set up container networking: driver failed programming external connectivity on endpoint ${c.displayName} (${endpoint}): ${error.message}`,
        );
      }
      throw error;
    }
    c.record.ip = ip;
    c.record.ports = ports;
    return stack;
  }

  // Volumes (named, anonymous, from the image's VOLUME) and bind mounts, grafted into the root.
  private setUpMounts(c: Container, binds: readonly string[], anonymousTargets: readonly string[]): MountPoint[] {
    const mounts: MountPoint[] = [];
    const now = this.deps.host.now();
    for (const bind of binds) {
      const [source, target, mode = ''] = bind.split(':');
      const rw = !mode.split(',').includes('ro');
      if (source.startsWith('/')) {
        const hostFs = this.deps.hostFs();
        if (!hostFs) throw new EngineError('invalidParameter', `invalid mount config for type "bind": bind source path does not exist: ${source}`);
        if (!hostFs.exists(source)) hostFs.mkdir(source, { recursive: true });
        c.graft(target, hostFs.stat(source));
        mounts.push({ Type: 'bind', Source: source, Destination: target, Mode: mode, RW: rw, Propagation: 'rprivate' });
      } else {
        const volume = this.deps.volumes.create(source, now);
        this.fillVolume(c, volume.tree, target);
        c.graft(target, volume.tree);
        mounts.push({ Type: 'volume', Name: source, Source: mountpoint(source), Destination: target, Driver: 'local', Mode: mode || 'z', RW: rw, Propagation: '' });
      }
    }
    for (const target of anonymousTargets) {
      if (mounts.some((m) => m.Destination === target)) continue;
      const name = containerId(++this.counter, now, 'volume');
      const volume = this.deps.volumes.create(name, now, {}, {}, true);
      this.fillVolume(c, volume.tree, target);
      c.graft(target, volume.tree);
      mounts.push({ Type: 'volume', Name: name, Source: mountpoint(name), Destination: target, Driver: 'local', Mode: '', RW: true, Propagation: '' });
    }
    return mounts;
  }

  // An empty volume mounted over image content gets a copy of it first, as dockerd copies up.
  private fillVolume(c: Container, tree: DirNode, target: string): void {
    if (tree.children.size > 0) return;
    let node: DirNode | undefined = c.base;
    for (const part of target.split('/').filter(Boolean)) {
      const child: FsNode | undefined = node?.children.get(part);
      node = child?.type === 'dir' ? child : undefined;
    }
    if (node) for (const [name, child] of node.children) tree.children.set(name, cloneNode(child));
  }

  private generateName(id: string): string {
    const [a, b] = nameSeeds(id);
    for (let i = 0; ; i++) {
      const name = `/${generatedName(a + i, b + i * 7)}`;
      if (![...this.byId.values()].some((c) => c.record.name === name)) return name;
    }
  }

  private requireRuntime(): Runtime {
    if (!this.deps.runtime) throw new EngineError('system', 'no container runtime in this daemon');
    return this.deps.runtime;
  }

  /** Structured-clone data: records and each container's own layer. */
  snapshot(): ContainersSnapshot {
    return {
      counter: this.counter,
      containers: [...this.byId.values()].map((c) => ({ record: structuredClone(c.record), layer: layerFromDiff(c.base, c.ownTree()) })),
    };
  }

  // Rebuilds containers over their images; those that were running in the background start again.
  private restore(snapshot: ContainersSnapshot): void {
    this.counter = snapshot.counter;
    for (const saved of snapshot.containers) {
      const base = this.deps.store.image(saved.record.imageId) ? imageRootfs(this.deps.store, saved.record.imageId) : makeDir();
      const root = cloneNode(base);
      applyLayer(root, saved.layer);
      const c = new Container(saved.record, base, () => this.deps.host.now(), root);
      for (const m of c.record.mounts) {
        const hostFs = this.deps.hostFs();
        if (m.Type === 'volume' && m.Name && this.deps.volumes.has(m.Name)) c.graft(m.Destination, this.deps.volumes.get(m.Name).tree);
        else if (m.Type === 'bind' && hostFs?.exists(m.Source)) c.graft(m.Destination, hostFs.stat(m.Source));
      }
      this.byId.set(c.id, c);
    }
  }

  /** Restarts the background processes of containers that were running when the snapshot was taken. */
  resume(): void {
    for (const c of this.byId.values()) {
      if (!c.running) continue;
      const s = c.record.state;
      const startedAt = s.StartedAt;
      if (!c.record.detached || !this.deps.runtime) {
        Object.assign(s, { Status: 'exited', Running: false, Pid: 0, ExitCode: 137, FinishedAt: rfc3339Nano(this.deps.host.now()) });
        continue;
      }
      s.Running = false;
      try {
        this.start(c.id);
        s.StartedAt = startedAt;
      } catch {
        Object.assign(s, { Status: 'exited', Running: false, Pid: 0, ExitCode: 255, FinishedAt: rfc3339Nano(this.deps.host.now()) });
      }
    }
  }

  /** The environment an exec would see (for tests and `docker exec env`). */
  envOf(ref: string): string[] {
    return processEnv(this.get(ref));
  }
}
