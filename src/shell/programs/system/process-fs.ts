// The filesystem a program sees: its machine's tree, plus the kernel's /dev and /proc. Reads and
// writes of /dev/null, /dev/stdout, /proc/self/fd/2 … go to the program's own streams; /proc's files
// are made when read, from the process table and the machine's figures. Every other path is the tree.
import type { Writer } from '../../../kernel/process.ts';
import { FsError, type DirNode, type FileNode, type FsNode, type SymlinkNode } from '../../../vfs/types.ts';
import { normalize } from '../../../vfs/path.ts';
import { decodeUtf8, encodeUtf8 } from '../../../vfs/utf8.ts';
import { Vfs, type ReadOptions, type WriteOptions } from '../../../vfs/vfs.ts';
import type { Identity } from '../../../vfs/access.ts';
import { processTableOf } from '../process-table.ts';
import { uptimeSeconds } from '../uptime.ts';
import { DEVICE_DIRS, DEVICE_LINKS, DEVICES, readDevice, type Device } from './devices.ts';
import { cpuinfo, loadavg, meminfo, mounts, processFile, PROCESS_FILES, uptime, version, type ProcProcess } from './proc-files.ts';

/** The running program, as /proc/self and the standard streams show it. */
export interface ProcessSelf {
  argv: string[];
  env: ReadonlyMap<string, string>;
  stdin(): string;
  stdout: Writer;
  stderr: Writer;
  /** Descriptors past 0–2 the shell opened for it (process substitution): text to read, or a writer. */
  fds?: ReadonlyMap<number, { kind: 'read'; text: string } | { kind: 'write'; writer: Writer }>;
}

type Special = { kind: 'device'; device: Device } | { kind: 'link'; target: string } | { kind: 'dir'; names: string[] } | { kind: 'file'; text: () => string } | { kind: 'fd'; fd: number };

const MACHINE_FILES: Record<string, (fs: ProcessFs) => string> = {
  cpuinfo: () => cpuinfo(),
  meminfo: () => meminfo(),
  version: () => version(),
  mounts: () => mounts(),
  uptime: (fs) => uptime(uptimeSeconds(fs)),
  loadavg: (fs) => {
    const table = processTableOf(fs);
    return loadavg(1, table.list().length + 1, table.peek());
  },
};

/** A Vfs over the same tree with /dev and /proc answered for the running program. */
export class ProcessFs extends Vfs {
  constructor(
    private readonly tree: Vfs,
    private readonly self: ProcessSelf,
  ) {
    super(tree.root, { clock: tree.clock, identity: tree.identity, readOnly: tree.readOnly, umask: tree.umask });
  }

  /** The same view used as another user (with this view's umask unless given). */
  override as(identity: Identity | undefined, umask = this.umask): Vfs {
    return new ProcessFs(this.tree.as(identity, umask), this.self);
  }

  /** The device at `p` (after links), for `file` and `ls`. */
  device(p: string): Device | undefined {
    const s = this.special(p, true);
    return s?.kind === 'device' ? s.device : undefined;
  }

  override readFile(p: string, opts: ReadOptions = {}): Uint8Array {
    const s = this.special(p, true);
    if (!s) return super.readFile(p, opts);
    if (s.kind === 'device') return readDevice(s.device, this.root, opts.want, this.hostName());
    if (s.kind === 'file') return encodeUtf8(s.text());
    if (s.kind === 'fd') {
      const open = this.self.fds?.get(s.fd);
      return s.fd === 0 ? encodeUtf8(this.self.stdin()) : open?.kind === 'read' ? encodeUtf8(open.text) : new Uint8Array();
    }
    throw new FsError('EISDIR', p);
  }

  // The machine's name (a container's /etc/hostname), which seeds its random devices.
  private hostName(): string {
    try {
      return this.tree.readText('/etc/hostname').trim();
    } catch {
      return '';
    }
  }

  override writeFile(p: string, data: Uint8Array | string, opts: WriteOptions = {}): void {
    const s = this.special(p, true);
    if (!s) return super.writeFile(p, data, opts);
    const text = typeof data === 'string' ? data : decodeUtf8(data);
    const open = s.kind === 'fd' ? this.self.fds?.get(s.fd) : undefined;
    if (open) {
      // Opened for writing, `<(…)`'s pipe takes the bytes and nobody reads them, as on Linux.
      if (open.kind === 'write') open.writer.write(text);
    } else if (s.kind === 'fd') (s.fd === 2 ? this.self.stderr : this.self.stdout).write(text);
    else if (s.kind === 'device' && s.device === DEVICES.tty) this.self.stdout.write(text);
    else if (s.kind === 'file') throw new FsError('EACCES', p);
    else if (s.kind !== 'device') throw new FsError('EISDIR', p);
  }

  override copy(src: string, dst: string, opts: { recursive?: boolean; preserve?: boolean } = {}): void {
    // `cp /dev/null empty.txt` copies what reading the device gives.
    if (this.special(src, true)?.kind !== 'device' && this.special(src, true)?.kind !== 'file') return super.copy(src, dst, opts);
    const target = this.exists(dst) && this.stat(dst).type === 'dir' ? `${dst}/${src.slice(src.lastIndexOf('/') + 1)}` : dst;
    this.writeFile(target, this.readFile(src));
  }

  override stat(p: string): FsNode {
    const s = this.special(p, true);
    return s ? this.node(s) : super.stat(p);
  }

  override lstat(p: string): FsNode {
    const s = this.special(p, false);
    return s ? this.node(s) : super.lstat(p);
  }

  override exists(p: string): boolean {
    return this.special(p, true) !== undefined || super.exists(p);
  }

  override lexists(p: string): boolean {
    return this.special(p, false) !== undefined || super.lexists(p);
  }

  override readdir(p: string): string[] {
    const s = this.special(p, true);
    if (s?.kind === 'dir') return [...s.names].sort();
    if (s) throw new FsError('ENOTDIR', p);
    return super.readdir(p);
  }

  override readlink(p: string): string {
    const s = this.special(p, false);
    if (!s) return super.readlink(p);
    if (s.kind !== 'link') throw new FsError('EINVAL', p);
    return s.target;
  }

  // What a path means in /dev or /proc (following links when asked), or undefined for a tree path.
  private special(p: string, follow: boolean, hops = 0): Special | undefined {
    const n = normalize(p.startsWith('/') ? p : `/${p}`);
    if (!/^\/(dev|proc)(\/|$)/.test(n)) {
      // A tree symlink into /dev or /proc (nginx's access.log → /dev/stdout).
      if (!follow || hops > 40) return undefined;
      let node: FsNode | undefined;
      try {
        node = super.lstat(n);
      } catch {
        return undefined;
      }
      if (node.type !== 'symlink') return undefined;
      const target = (node as SymlinkNode).target;
      return this.special(target.startsWith('/') ? target : `${n.slice(0, n.lastIndexOf('/'))}/${target}`, follow, hops + 1);
    }
    // Links in the middle of the path (/proc/self/…, /dev/fd/1) are always followed.
    const parts = n.split('/').filter(Boolean);
    for (let i = 1; i < parts.length - 1; i++) {
      const mid = this.lookup(`/${parts.slice(0, i + 1).join('/')}`);
      if (mid?.kind === 'link' && hops < 40) return this.special(`${mid.target}/${parts.slice(i + 1).join('/')}`, follow, hops + 1);
    }
    const found = this.lookup(n);
    if (found?.kind === 'link' && follow && hops < 40) return this.special(found.target, follow, hops + 1);
    return found;
  }

  // One path of /dev or /proc, links not followed.
  private lookup(n: string): Special | undefined {
    const parts = n.split('/').filter(Boolean);
    const table = processTableOf(this.tree);
    const selfPid = table.peek();
    if (parts[0] === 'dev') {
      if (parts.length === 1) return { kind: 'dir', names: [...Object.keys(DEVICES), ...Object.keys(DEVICE_LINKS), ...DEVICE_DIRS] };
      if (parts.length !== 2) return undefined;
      const name = parts[1];
      if (DEVICES[name]) return { kind: 'device', device: DEVICES[name] };
      if (DEVICE_LINKS[name]) return { kind: 'link', target: DEVICE_LINKS[name] };
      return DEVICE_DIRS.includes(name) ? { kind: 'dir', names: [] } : undefined;
    }
    if (parts.length === 1) return { kind: 'dir', names: [...table.list().map((e) => String(e.pid)), ...(table.get(selfPid) ? [] : [String(selfPid)]), 'self', ...Object.keys(MACHINE_FILES)] };
    const [, second, third, fourth] = parts;
    if (second === 'self') return parts.length === 2 ? { kind: 'link', target: `/proc/${selfPid}` } : undefined;
    if (parts.length === 2 && MACHINE_FILES[second]) return { kind: 'file', text: () => MACHINE_FILES[second](this) };
    const proc = /^\d+$/.test(second) ? this.process(Number(second), selfPid) : undefined;
    if (!proc) return undefined;
    if (parts.length === 2) return { kind: 'dir', names: [...PROCESS_FILES, 'fd'] };
    if (third === 'fd') {
      // The shell's own descriptors, and those it opened for this process (`<(…)`): its own only.
      const extra = proc.pid === selfPid ? [...(this.self.fds?.keys() ?? [])].map(String) : [];
      if (parts.length === 3) return { kind: 'dir', names: ['0', '1', '2', ...extra] };
      return parts.length === 4 && ['0', '1', '2', ...extra].includes(fourth) ? { kind: 'fd', fd: Number(fourth) } : undefined;
    }
    const text = parts.length === 3 ? processFile(proc, third) : undefined;
    return text === undefined ? undefined : { kind: 'file', text: () => text };
  }

  // The process with `pid`: the running program itself, or one in the machine's table.
  private process(pid: number, selfPid: number): ProcProcess | undefined {
    const id = this.tree.identity ?? { uid: 0, gid: 0 };
    if (pid === selfPid) return { pid, ppid: 1, argv: this.self.argv, env: [...this.self.env].map(([k, v]) => `${k}=${v}`), uid: id.uid, gid: id.gid, groups: [id.gid], state: 'R' };
    const e = processTableOf(this.tree).get(pid);
    if (!e) return undefined;
    const uid = this.uidOf(e.user);
    return { pid, ppid: e.ppid, argv: e.argv, env: e.env ?? [], uid: uid.uid, gid: uid.gid, groups: [uid.gid], state: 'S' };
  }

  // A user name's (or number's) uid and gid from /etc/passwd.
  private uidOf(user: string): { uid: number; gid: number } {
    const name = user.split(':')[0];
    try {
      for (const line of this.tree.readText('/etc/passwd').split('\n')) {
        const f = line.split(':');
        if (f[0] === name || f[2] === name) return { uid: Number(f[2]), gid: Number(f[3]) };
      }
    } catch {
      /* no passwd */
    }
    return /^\d+$/.test(name) ? { uid: Number(name), gid: Number(name) } : { uid: 0, gid: 0 };
  }

  // The stat a special path shows: character devices and /proc files as files, links, directories.
  private node(s: Special): FsNode {
    const mtime = Math.floor(this.clock() / 1000) - uptimeSeconds(this);
    if (s.kind === 'link') return { type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime, target: s.target } satisfies SymlinkNode;
    if (s.kind === 'dir') return { type: 'dir', mode: 0o555, uid: 0, gid: 0, mtime, children: new Map() } satisfies DirNode;
    const data = s.kind === 'file' ? encodeUtf8(s.text()) : new Uint8Array();
    const device = s.kind === 'device' ? { major: s.device.major, minor: s.device.minor } : undefined;
    return { type: 'file', mode: s.kind === 'file' ? 0o444 : 0o666, uid: 0, gid: s.kind === 'device' && s.device === DEVICES.tty ? 5 : 0, mtime, data, ...(device ? { device } : {}) } satisfies FileNode;
  }
}
