// One container: its record (what `inspect` shows and the snapshot keeps), its root filesystem (the
// image tree plus its own writes, with volumes and bind mounts grafted in) and, while it runs, its task.
import type { ContainerConfig, ContainerState, EndpointSettings, HostConfig, LogChunk, MountPoint, PortMap } from '../api/containers.ts';
import type { DirNode, FsNode } from '../../vfs/types.ts';
import { cloneNode, makeDir, Vfs } from '../../vfs/vfs.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import type { NetworkStack } from '../../kernel/net.ts';
import type { Pace } from './turns.ts';
import { withoutInitFiles, writeInitFiles } from './init-files.ts';

/** The persisted part of a container. */
export interface ContainerRecord {
  id: string;
  /** With the leading slash, as dockerd stores it (`/web`). */
  name: string;
  created: string;
  path: string;
  args: string[];
  imageId: string;
  platform: string;
  config: ContainerConfig;
  hostConfig: HostConfig;
  state: ContainerState;
  mounts: MountPoint[];
  /** The ports actually published while running (ephemeral ones resolved). */
  ports: PortMap;
  ip: string;
  /** Its settings on each network it is attached to, by network name (absent in records saved before networks). */
  networks?: Record<string, EndpointSettings>;
  /** The /etc/hosts lines its `--link`s on the default bridge add while it runs. */
  linkHosts?: string[];
  restartCount: number;
  logs: LogChunk[];
  /** Started with -d (or by `docker start` without -a): its process keeps running in the background. */
  detached: boolean;
  /** The image's platform when this host cannot run its binaries (`linux/arm64/v8`): PID 1 fails with exec format error. */
  foreignPlatform?: string;
}

/** A container record plus its read-write layer, as the engine snapshot keeps it. */
export interface SavedContainer {
  record: ContainerRecord;
  layer: TarEntry[];
}

/** A process running in a container and how to end it. */
export interface Task {
  controller: AbortController;
  done: Promise<number>;
  /** Whether PID 1 ignores SIGTERM/SIGINT (a shell or a tool with no handler, as PID 1 in a namespace). */
  deaf: boolean;
  /** The signal number that ended it, if it was killed. */
  killedWith?: number;
  net: NetworkStack;
  /** Whether PID 1 is blocked (asleep, listening, waiting for input, ended) or running: the daemon's turn-based waits. */
  pace: Pace;
}

/** The zero time.Time, as dockerd writes StartedAt/FinishedAt before they happen. */
export const ZERO_TIME = '0001-01-01T00:00:00Z';

/** The most characters of output a container's log keeps (its newest). */
export const LOG_KEEP_CHARS = 1 << 20;
/** The most writes a container's log keeps (its newest): each is an object in the page's memory. */
export const LOG_KEEP_CHUNKS = 20_000;

/** A live container. */
export class Container {
  /** The image's tree, untouched: what `docker diff` and `commit` compare against. */
  readonly base: DirNode;
  /** The container's root, written by its processes; mounts are grafted in. */
  readonly root: DirNode;
  readonly fs: Vfs;
  task?: Task;
  /** Resolves waiters (`docker wait`, attached runs) when the current run ends. */
  private exitWaiters: ((code: number) => void)[] = [];
  /** How many graders' requests are being answered now: while any is, what the processes print is not logged. */
  private unloggedRequests = 0;
  /** How many of the log's oldest chunks were dropped to keep it in bounds (see `log`). */
  logsDropped = 0;
  /** The characters the log holds now, counted once it is first written to. */
  private logChars?: number;
  /** While paused (the cgroup freezer): what the frozen processes wait on, and how to thaw them. */
  private frozen?: { thawed: Promise<void>; thaw: () => void };

  constructor(
    public record: ContainerRecord,
    base: DirNode,
    clock: () => number,
    root?: DirNode,
  ) {
    this.base = base;
    this.root = root ?? cloneNode(base);
    this.fs = new Vfs(this.root, { clock });
    this.writeInitFiles();
  }

  /** Whether what the container's processes print now goes to its log (not while a grader's request is answered). */
  get logging(): boolean {
    return this.unloggedRequests === 0;
  }

  /** Adds what a process printed to the log. The log keeps its newest LOG_KEEP_CHARS characters and
   *  LOG_KEEP_CHUNKS writes, as `--log-opt max-size` rotation would: a loop that prints without sleeping
   *  runs until it is stopped and must not fill the page's memory. */
  log(stream: LogChunk['stream'], at: number, text: string): void {
    const logs = this.record.logs;
    this.logChars ??= logs.reduce((n, chunk) => n + chunk.text.length, 0);
    logs.push({ stream, at, text });
    this.logChars += text.length;
    if (this.logChars <= LOG_KEEP_CHARS && logs.length <= LOG_KEEP_CHUNKS) return;
    // Drop down to three quarters at once, so a flood trims now and then rather than on every write.
    let drop = 0;
    for (let chars = this.logChars; drop < logs.length - 1 && (chars > (LOG_KEEP_CHARS * 3) / 4 || logs.length - drop > (LOG_KEEP_CHUNKS * 3) / 4); drop++) chars -= logs[drop].text.length;
    for (const chunk of logs.splice(0, drop)) this.logChars -= chunk.text.length;
    this.logsDropped += drop;
  }

  /** Runs `send` (a grader's request to this container's server) with the container's output kept out of its log. */
  async unlogged<T>(send: () => Promise<T>): Promise<T> {
    this.unloggedRequests++;
    try {
      return await send();
    } finally {
      this.unloggedRequests--;
    }
  }

  /** (Re)writes /.dockerenv, /etc/hostname, /etc/hosts (with the address once the container has one) and /etc/resolv.conf. */
  writeInitFiles(): void {
    const { Hostname, Domainname } = this.record.config;
    writeInitFiles(this.root, { hostname: Hostname, domainname: Domainname ?? '', ip: this.record.ip, networkMode: this.record.hostConfig.NetworkMode ?? 'bridge', extraHosts: this.record.linkHosts }, Math.floor(this.fs.clock() / 1000));
  }

  get id(): string {
    return this.record.id;
  }

  /** The name without its slash, as `docker ps` shows it. */
  get displayName(): string {
    return this.record.name.slice(1);
  }

  get running(): boolean {
    return this.record.state.Running;
  }

  get paused(): boolean {
    return this.record.state.Paused;
  }

  /** Freezes the container's processes: each waits at its next pause point (a sleep) until thawed. */
  freeze(): void {
    Object.assign(this.record.state, { Paused: true, Status: 'paused' });
    if (this.frozen) return;
    let thaw!: () => void;
    const thawed = new Promise<void>((resolve) => (thaw = resolve));
    this.frozen = { thawed, thaw };
  }

  /** Lets the frozen processes go on. */
  thaw(): void {
    if (this.running) Object.assign(this.record.state, { Paused: false, Status: 'running' });
    else this.record.state.Paused = false;
    this.frozen?.thaw();
    this.frozen = undefined;
  }

  /** Resolves at once unless the container is paused; then when it is unpaused (or stopped). */
  whenThawed(): Promise<void> {
    return this.frozen?.thawed ?? Promise.resolve();
  }

  /** Resolves with the exit code when the running process ends (at once if it is not running). */
  waitExit(): Promise<number> {
    if (!this.running) return Promise.resolve(this.record.state.ExitCode);
    return new Promise((resolve) => this.exitWaiters.push(resolve));
  }

  /** Called by the process runner when PID 1 ends. */
  notifyExit(code: number): void {
    const waiters = this.exitWaiters;
    this.exitWaiters = [];
    for (const w of waiters) w(code);
  }

  /** The root with every mount replaced by what lies beneath it in the image: the container's own layer. */
  ownTree(): DirNode {
    const copy = withoutInitFiles(this.root, this.base);
    for (const m of this.record.mounts) {
      const parts = m.Destination.split('/').filter(Boolean);
      let dir = copy;
      let below: FsNode | undefined = this.base;
      for (const part of parts.slice(0, -1)) {
        const child = dir.children.get(part);
        if (child?.type !== 'dir') break;
        const next: DirNode = { ...child, children: new Map(child.children) };
        dir.children.set(part, next);
        dir = next;
        below = below?.type === 'dir' ? below.children.get(part) : undefined;
      }
      const last = parts[parts.length - 1];
      if (!last) continue;
      const lower = below?.type === 'dir' ? below.children.get(last) : undefined;
      const mounted = dir.children.get(last);
      dir.children.set(last, lower ? lower : makeDir({ mtime: mounted?.mtime ?? 0 }));
    }
    return copy;
  }

  /** Whether a path of the root is on a read-only mount: the deepest mount point over it decides, else the root (`--read-only`). */
  readOnlyAt(path: string): boolean {
    // runc bind-mounts these three read-write whatever the root is.
    if (path === '/etc/hosts' || path === '/etc/hostname' || path === '/etc/resolv.conf') return false;
    let deepest = '';
    let rw = !this.record.hostConfig.ReadonlyRootfs;
    for (const m of this.record.mounts) {
      const d = m.Destination;
      if ((path === d || path.startsWith(d + '/')) && d.length > deepest.length) {
        deepest = d;
        rw = m.RW;
      }
    }
    return !rw;
  }

  /** The filesystem the container's processes see: its root, with writes to read-only mounts failing (EROFS). */
  processFs(): Vfs {
    return new Vfs(this.root, { clock: this.fs.clock, readOnly: (path) => this.readOnlyAt(path) });
  }

  /** Grafts a directory (a volume's tree, a host directory) at a path of the root, making parents. */
  graft(destination: string, node: FsNode): void {
    const parts = destination.split('/').filter(Boolean);
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      let child = dir.children.get(part);
      if (child?.type !== 'dir') {
        child = makeDir({ mtime: this.fs.now() });
        dir.children.set(part, child);
      }
      dir = child;
    }
    dir.children.set(parts[parts.length - 1], node);
  }
}
