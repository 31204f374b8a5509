// The processes of one container, for ps, top and kill: PID 1 is the first process started on the
// container's filesystem, `docker exec` processes follow; a process leaves the table when it ends.
import type { Vfs } from '../../vfs/vfs.ts';
import { endsProcess } from '../../kernel/signals.ts';

/** One running process. */
export interface ProcessEntry {
  pid: number;
  ppid: number;
  user: string;
  argv: string[];
  /** Its environment as KEY=value (/proc/<pid>/environ), when the runtime gave it. */
  env?: string[];
  tty: boolean;
  /** When it started (ms since the epoch, the session's clock). */
  started: number;
  /** Delivers a signal (15 TERM, 9 KILL, 2 INT …); a process without a handler ends. */
  signal(sig: number): void;
}

/** The process table of one machine. */
export class ProcessTable {
  private next = 1;
  /** A container's table starts again at 1 when its last process ends; the host's never does. */
  private restarts = true;
  private readonly procs = new Map<number, ProcessEntry>();

  /** Registers a process and returns its entry; call `exit` when it ends. */
  spawn(entry: Omit<ProcessEntry, 'pid' | 'ppid'>, ppid = 0): ProcessEntry {
    if (this.procs.size === 0 && this.restarts) this.next = 1; // a restarted container starts a new PID namespace
    const e = { ...entry, pid: this.next, ppid };
    // PIDs after 1 skip a few, as the kernel's do for the threads a runtime starts.
    this.next = this.next === 1 ? 7 : this.next + 1;
    this.procs.set(e.pid, e);
    return e;
  }
  /** Makes the next PID at least `pid` (the processes a script ran and that ended took the ones before). */
  skipTo(pid: number): void {
    if (this.procs.size > 0) this.next = Math.max(this.next, pid);
  }
  /** Makes this a host's table: PIDs from `pid` on (at least), never starting again at 1. */
  startAt(pid: number): void {
    if (this.restarts) this.next = Math.max(this.next, pid);
    this.restarts = false;
  }
  exit(pid: number): void {
    this.procs.delete(pid);
  }
  get(pid: number): ProcessEntry | undefined {
    return this.procs.get(pid);
  }
  /** Sends `sig` to `pid` (a negative PID names a group: here its leader); false when there is no such
   *  process. A signal that ends nothing (CHLD, WINCH, STOP…, 0 for the existence check) leaves it running. */
  signal(pid: number, sig: number): boolean {
    const process = this.procs.get(Math.abs(pid));
    if (!process) return false;
    if (endsProcess(sig)) process.signal(sig);
    return true;
  }
  /** The PID the next process will get (ps lists itself with it). */
  peek(): number {
    return this.procs.size === 0 && this.restarts ? 1 : this.next;
  }
  list(): ProcessEntry[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }
}

// Keyed by the root directory node: a process's Vfs may be a per-user view (`fs.as(identity)`) of the same tree.
const tables = new WeakMap<object, ProcessTable>();

/** The process table of the machine whose root filesystem is `fs`. */
export function processTableOf(fs: Vfs): ProcessTable {
  let t = tables.get(fs.root);
  if (!t) tables.set(fs.root, (t = new ProcessTable()));
  return t;
}
