// GET /containers/{id}/top?ps_args=: dockerd runs the host's procps `ps` with the caller's arguments and
// keeps the rows of the container's processes. Here that is PID 1 (execs run to completion and leave no
// trace), in the columns of `ps -ef` (the default), `ps aux`, or `ps -o COLS` / `-eo COLS`.
import type { ContainerTopResponse } from '../api/containers.ts';
import type { Container } from './container.ts';
import { ContainerNotRunning, TopNoPidField, TopPsFailed } from '../errors/container.ts';
import type { RunningProcess } from '../runtime.ts';

// containerd-shim starts PID 1, so the host sees the shim as its parent a few PIDs before it.
const SHIM_PID_GAP = 21;

/** The process table of a running container, in ps's columns for `psArgs`. */
export function containerTop(c: Container, psArgs = '', running: RunningProcess[] = []): ContainerTopResponse {
  if (!c.running) throw new ContainerNotRunning(c.id);
  const fields = [processFields(c), ...running.filter((p) => p.pid !== 1).map((p) => childFields(c, p))];
  const first = running.find((p) => p.pid === 1);
  if (first) fields[0].CMD = fields[0].COMMAND = first.argv.join(' ');
  const args = psArgs.trim().split(/\s+/).filter(Boolean);
  if (args.length === 0 || ['-ef', '-fe'].includes(args.join('')) || args.join(' ') === '-e -f') return table(fields, ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD']);
  if (args.length === 1 && (args[0] === 'aux' || args[0] === '-aux')) return table(fields, ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND']);
  const o = args.findIndex((a) => a === '-o' || a === '-eo');
  const others = args.filter((a, i) => i !== o && i !== o + 1 && a !== '-e');
  if (o < 0 || others.length > 0 || !args[o + 1]) throw new TopPsFailed();
  const titles = args[o + 1].split(',').map((name) => COLUMNS[name]);
  if (titles.some((t) => t === undefined)) throw new TopPsFailed();
  if (!titles.includes('PID')) throw new TopNoPidField();
  return table(fields, titles as string[]);
}

// The `-o` column names procps knows, by their header.
const COLUMNS: Record<string, string> = { pid: 'PID', ppid: 'PPID', user: 'USER', uid: 'UID', comm: 'COMMAND', args: 'COMMAND', cmd: 'CMD', command: 'COMMAND', stat: 'STAT', tty: 'TT', time: 'TIME', etime: 'ELAPSED', rss: 'RSS', vsz: 'VSZ' };

// PID 1's value under each header (`COMMAND` is its argv, except where `comm` asked for the name only).
function processFields(c: Container): Record<string, string> {
  const s = c.record.state;
  const started = new Date(s.StartedAt);
  const clock = `${pad(started.getUTCHours())}:${pad(started.getUTCMinutes())}`;
  const user = (c.record.config.User || 'root').split(':')[0];
  const name = user === '0' ? 'root' : user;
  const cmd = [c.record.path, ...c.record.args].join(' ');
  const tty = c.record.config.Tty ? 'pts/0' : '?';
  return {
    UID: name, USER: name, PID: String(s.Pid), PPID: String(s.Pid - SHIM_PID_GAP), C: '0', STIME: clock, START: clock,
    TTY: tty, TT: tty, TIME: '00:00:00', CMD: cmd, COMMAND: cmd, '%CPU': '0.0', '%MEM': '0.0', VSZ: '1624', RSS: '896',
    STAT: c.paused ? 'Ds' : 'Ss', ELAPSED: '00:00',
  };
}

// Another process of the container as the host's ps sees it: host PIDs count on from PID 1's, and an
// account the host does not know shows as its number (the image's /etc/passwd gives it).
function childFields(c: Container, p: RunningProcess): Record<string, string> {
  const pid1 = Number(c.record.state.Pid);
  const base = processFields(c);
  let user = p.user;
  if (user !== 'root') {
    try {
      user = c.fs.readText('/etc/passwd').split('\n').find((l) => l.split(':')[0] === p.user)?.split(':')[2] ?? p.user;
    } catch {
      // no /etc/passwd: the name as the container has it
    }
  }
  const cmd = p.argv.join(' ');
  return { ...base, UID: user, USER: user, PID: String(pid1 + p.pid - 1), PPID: String(p.ppid === 0 ? pid1 - SHIM_PID_GAP : pid1 + p.ppid - 1), CMD: cmd, COMMAND: cmd, STAT: c.paused ? 'D' : 'S' };
}

function table(fields: Record<string, string>[], titles: string[]): ContainerTopResponse {
  const rows = fields.map((f) => titles.map((t) => f[t]));
  // `ps aux` prints TIME as m:ss; -ef and -o time as hh:mm:ss.
  if (titles.includes('%CPU')) for (const row of rows) row[titles.indexOf('TIME')] = '0:00';
  return { Titles: titles, Processes: rows };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
