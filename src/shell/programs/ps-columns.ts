// `ps -o COL,COL=HEADER`: the column tables of busybox's ps and of procps's, over the simulated process table.
import type { ProcessEntry } from './process-table.ts';
import type { Flavour } from './util.ts';

/** One output column: its -o name, header, width, whether it is right-aligned, and its value for a process. */
interface Column {
  name: string;
  header: string;
  width: number;
  right: boolean;
  value(p: ProcessEntry, now: number): string;
}

const two = (n: number) => String(n).padStart(2, '0');
const comm = (p: ProcessEntry) => (p.argv[0] ?? '').replace(/^.*\//, '').slice(0, 15);
const uid = (p: ProcessEntry) => (p.user === 'root' ? '0' : p.user);
const elapsedSeconds = (p: ProcessEntry, now: number) => Math.max(0, Math.floor((now - p.started) / 1000));
// procps's etime: [[dd-]hh:]mm:ss.
function procpsElapsed(s: number): string {
  const d = Math.floor(s / 86400);
  const h = Math.floor(s / 3600) % 24;
  const ms = `${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
  if (d) return `${d}-${two(h)}:${ms}`;
  return h ? `${two(h)}:${ms}` : ms;
}
// busybox's etime and time: "%2u:%02u" minutes:seconds (hours past an hour as "%2uh%02u").
function busyboxTime(s: number): string {
  const m = Math.floor(s / 60);
  return m < 60 ? `${String(m).padStart(2)}:${two(s % 60)}` : `${String(Math.floor(m / 60)).padStart(2)}h${two(m % 60)}`;
}
const hhmmss = (ms: number) => {
  const d = new Date(ms);
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
};

const col = (name: string, header: string, width: number, right: boolean, value: Column['value']): Column => ({ name, header, width, right, value });

// busybox procps/ps.c out_spec (Alpine's build has the time and additional columns).
const BUSYBOX: Column[] = [
  col('user', 'USER', 8, false, (p) => p.user),
  col('group', 'GROUP', 8, false, (p) => p.user),
  col('comm', 'COMMAND', 16, false, comm),
  col('args', 'COMMAND', 0, false, (p) => p.argv.join(' ')),
  col('pid', 'PID', 5, true, (p) => String(p.pid)),
  col('ppid', 'PPID', 5, true, (p) => String(p.ppid)),
  col('pgid', 'PGID', 5, true, (p) => String(p.pid === 1 ? 1 : p.ppid || p.pid)),
  col('etime', 'ELAPSED', 7, true, (p, now) => busyboxTime(elapsedSeconds(p, now))),
  col('nice', 'NI', 5, true, () => '0'),
  col('rgroup', 'RGROUP', 8, false, (p) => p.user),
  col('ruser', 'RUSER', 8, false, (p) => p.user),
  col('time', 'TIME', 5, true, () => busyboxTime(0)),
  col('tty', 'TT', 6, false, (p) => (p.tty ? '136,0' : '?')),
  col('vsz', 'VSZ', 4, true, () => '1696'),
  col('sid', 'SID', 5, true, (p) => String(p.pid === 1 ? 1 : p.ppid || p.pid)),
  col('stat', 'STAT', 4, false, (p) => (p.pid === 1 ? 'S' : 'R')),
  col('rss', 'RSS', 4, true, () => '968'),
];

// procps-ng's format specifiers (PID width as on a host whose pid_max has seven digits).
const PROCPS: Column[] = [
  col('pid', 'PID', 7, true, (p) => String(p.pid)),
  col('ppid', 'PPID', 7, true, (p) => String(p.ppid)),
  col('pgid', 'PGID', 7, true, (p) => String(p.pid === 1 ? 1 : p.ppid || p.pid)),
  col('sid', 'SID', 7, true, (p) => String(p.pid === 1 ? 1 : p.ppid || p.pid)),
  col('user', 'USER', 8, false, (p) => p.user),
  col('euser', 'EUSER', 8, false, (p) => p.user),
  col('uname', 'USER', 8, false, (p) => p.user),
  col('group', 'GROUP', 8, false, (p) => p.user),
  col('uid', 'UID', 5, true, uid),
  col('euid', 'EUID', 5, true, uid),
  col('%cpu', '%CPU', 4, true, () => '0.0'),
  col('pcpu', '%CPU', 4, true, () => '0.0'),
  col('%mem', '%MEM', 4, true, () => '0.0'),
  col('pmem', '%MEM', 4, true, () => '0.0'),
  col('vsz', 'VSZ', 6, true, () => '4324'),
  col('rss', 'RSS', 5, true, () => '3456'),
  col('tty', 'TT', 8, false, (p) => (p.tty ? 'pts/0' : '?')),
  col('stat', 'STAT', 4, false, (p) => (p.pid === 1 ? 'Ss' : 'R') + (p.tty ? '+' : '')),
  col('s', 'S', 1, false, (p) => (p.pid === 1 ? 'S' : 'R')),
  col('start', 'STARTED', 8, true, (p) => hhmmss(p.started)),
  col('lstart', 'STARTED', 24, false, (p) => new Date(p.started).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) (\S+) GMT$/, (_, w, d, m, y, t) => `${w} ${m} ${String(Number(d)).padStart(2)} ${t} ${y}`)),
  col('time', 'TIME', 8, true, () => '00:00:00'),
  col('etime', 'ELAPSED', 11, true, (p, now) => procpsElapsed(elapsedSeconds(p, now))),
  col('etimes', 'ELAPSED', 7, true, (p, now) => String(elapsedSeconds(p, now))),
  col('nice', 'NI', 3, true, () => '0'),
  col('ni', 'NI', 3, true, () => '0'),
  col('pri', 'PRI', 3, true, () => '19'),
  col('nlwp', 'NLWP', 4, true, () => '1'),
  col('comm', 'COMMAND', 15, false, comm),
  col('ucmd', 'CMD', 15, false, comm),
  col('args', 'COMMAND', 0, false, (p) => p.argv.join(' ')),
  col('command', 'COMMAND', 0, false, (p) => p.argv.join(' ')),
  col('cmd', 'CMD', 0, false, (p) => p.argv.join(' ')),
];

/** A parsed -o list: the columns with their (possibly renamed) headers, or the name that is not a column. */
export type ColumnList = { columns: (Column & { shown: string })[] } | { unknown: string };

/** Parses one or more -o values (comma or blank separated; `name=HEADER` renames, an empty header hides it). */
export function parseColumns(flavour: Flavour, specs: string[]): ColumnList {
  const table = flavour === 'gnu' ? PROCPS : BUSYBOX;
  const columns: (Column & { shown: string })[] = [];
  for (const spec of specs) {
    // busybox: only the last name of a comma list may carry =HEADER (the header runs to the end); procps alike.
    const eq = spec.indexOf('=');
    const names = (eq < 0 ? spec : spec.slice(0, eq)).split(flavour === 'gnu' ? /[\s,]+/ : /,/).filter((n, i, all) => n !== '' || i === all.length - 1);
    for (const [i, name] of names.entries()) {
      const c = table.find((t) => t.name === (flavour === 'gnu' ? name.toLowerCase() : name.slice(0, 6)));
      if (!c) return { unknown: name };
      const renamed = eq >= 0 && i === names.length - 1 ? spec.slice(eq + 1) : undefined;
      columns.push({ ...c, shown: renamed ?? c.header, width: renamed ? Math.max(c.width, flavour === 'busybox' ? renamed.length : c.width) : c.width });
    }
  }
  return { columns };
}

/** The names busybox lists after "supported arguments:". */
export const busyboxColumnNames = () => BUSYBOX.map((c) => c.name).join(',');

/** The table's text: a header unless every header is empty, then a line per process; a left-aligned last column is never padded. */
export function formatColumns(flavour: Flavour, columns: (Column & { shown: string })[], procs: ProcessEntry[], now: number): string {
  // busybox left-aligns every header and pads nothing after the last field; procps aligns headers as their values.
  const cell = (c: Column & { shown: string }, text: string, last: boolean, header: boolean) => {
    const width = flavour === 'gnu' ? Math.max(c.width, c.shown.length) : c.width;
    const right = c.right && !(header && flavour === 'busybox');
    if (right) return text.padStart(width);
    return last ? text : text.padEnd(width);
  };
  const line = (texts: string[], header: boolean) => texts.map((t, i) => cell(columns[i], t, i === texts.length - 1, header)).join(' ') + '\n';
  let out = columns.some((c) => c.shown !== '') ? line(columns.map((c) => c.shown), true) : '';
  for (const p of procs) out += line(columns.map((c) => c.value(p, now)), false);
  return out;
}
