// timeout [-s SIG] [-k DURATION] DURATION COMMAND [ARG]…: runs COMMAND and sends it SIG (TERM) when it
// has not ended within DURATION, then KILL after -k. The workbook's programs end on any signal whose
// default is to end a process; CHLD, CONT, URG and WINCH they ignore (so only -k's KILL ends them).
// COMMAND's time is what it waits (ctx.sleep): each wait is counted against the deadline, and one that
// would pass it waits up to it and is ended there; Ctrl-C still ends the whole line.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { Interrupted } from '../errors.ts';
import { execCommand, type ProgramTable } from './exec.ts';
import { busyboxBadOption, busyboxUsage, progName, quote, type Flavour } from './util.ts';
import { gnuSeconds } from './sleep.ts';
import { endsProcess, signalSpec, toolSignalName } from '../../kernel/signals.ts';

const KILL = 9;

const BB_UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** busybox's parse_duration_str: digits and dots read by strtod, its last digit and the suffix as a whole number (`0.1x` is refused as `1x`). */
function busyboxSeconds(ctx: ProgramContext, s: string): number | 'usage' | undefined {
  const whole = (t: string): number | undefined => {
    const m = /^(\d+)([smhd]?)$/.exec(t);
    if (m) return Number(m[1]) * BB_UNIT[m[2]];
    ctx.stderr.write(`${progName(ctx, 'busybox')}: invalid number '${t}'\n`);
    return undefined;
  };
  if (!s.includes('.')) return whole(s);
  const len = /^[0-9.]*/.exec(s)![0].length;
  if (!/^(\d+\.?\d*|\.\d+)$/.test(s.slice(0, len))) return 'usage';
  const d = Number(s.slice(0, len));
  if (len === 0) return whole('1' + s.slice(len));
  const unit = whole('1' + s.slice(len));
  return unit === undefined ? undefined : d * unit;
}

interface Options {
  signal: number;
  kill: number; // seconds after the first signal, 0 for none
  preserve: boolean;
  verbose: boolean;
  duration: number;
  command: string[];
}

/** GNU's command line (coreutils 9.1's getopt_long "+fk:s:v", --preserve-status long only: options end at DURATION); a status when it is refused. */
function gnuOptions(ctx: ProgramContext): Options | number {
  const name = progName(ctx, 'gnu');
  const args = ctx.argv.slice(1);
  const o: Options = { signal: 15, kill: 0, preserve: false, verbose: false, duration: 0, command: [] };
  const usage = (message: string) => {
    ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
    return 125;
  };
  const interval = (s: string): number | undefined => {
    const n = gnuSeconds(s);
    return Number.isNaN(n) || n < 0 ? undefined : n;
  };
  const take = (letter: string, value: string): number | undefined => {
    if (letter === 's') {
      const n = signalSpec(value);
      if (n === undefined) return usage(`${quote(ctx, value)}: invalid signal`);
      o.signal = n;
    } else {
      const n = interval(value);
      if (n === undefined) return usage(`invalid time interval ${quote(ctx, value)}`);
      o.kill = n;
    }
    return undefined;
  };
  const longs: [string, string][] = [['foreground', 'f'], ['kill-after', 'k'], ['preserve-status', 'p'], ['signal', 's'], ['verbose', 'v']];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const given = (eq < 0 ? a : a.slice(0, eq)).slice(2);
      const matches = longs.filter(([l]) => l.startsWith(given));
      const exact = longs.find(([l]) => l === given);
      const found = exact ?? (matches.length === 1 ? matches[0] : undefined);
      if (!found) return usage(matches.length > 1 ? `option '${a}' is ambiguous; possibilities:${matches.map(([l]) => ` '--${l}'`).join('')}` : `unrecognized option '${a}'`);
      const [long, letter] = found;
      const takesValue = letter === 'k' || letter === 's';
      if (!takesValue && eq >= 0) return usage(`option '--${long}' doesn't allow an argument`);
      if (takesValue) {
        const value = eq >= 0 ? a.slice(eq + 1) : args[++i];
        if (value === undefined) return usage(`option '--${long}' requires an argument`);
        const bad = take(letter, value);
        if (bad !== undefined) return bad;
      } else if (letter === 'p') o.preserve = true;
      else if (letter === 'v') o.verbose = true;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 'k' || c === 's') {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return usage(`option requires an argument -- '${c}'`);
        const bad = take(c, value);
        if (bad !== undefined) return bad;
        break;
      }
      if (c === 'v') o.verbose = true;
      else if (c !== 'f') return usage(`invalid option -- '${c}'`);
    }
  }
  // Without DURATION and COMMAND coreutils 9.1 prints only its pointer to --help.
  if (args.length - i < 2) {
    ctx.stderr.write(`Try '${name} --help' for more information.\n`);
    return 125;
  }
  const d = interval(args[i]);
  if (d === undefined) return usage(`invalid time interval ${quote(ctx, args[i])}`);
  o.duration = d;
  o.command = args.slice(i + 1);
  return o;
}

/** busybox's command line (getopt32 "+s:k:"); a status when it is refused. */
function busyboxOptions(ctx: ProgramContext): Options | number {
  const args = ctx.argv.slice(1);
  const o: Options = { signal: 15, kill: 0, preserve: false, verbose: false, duration: 0, command: [] };
  let i = 0;
  let sig = 'TERM';
  let kill: string | undefined;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      busyboxBadOption(ctx, a);
      return 1;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (c === 's' || c === 'k') {
        const value = j + 1 < a.length ? a.slice(j + 1) : args[++i];
        if (value === undefined) return busyboxUsage(ctx, '[-s SIG] [-k KILL_SECS] SECS PROG ARGS');
        if (c === 's') sig = value;
        else kill = value;
        break;
      }
      busyboxBadOption(ctx, c);
      return 1;
    }
  }
  if (args.length - i < 2) return busyboxUsage(ctx, '[-s SIG] [-k KILL_SECS] SECS PROG ARGS');
  const n = signalSpec(sig);
  if (n === undefined) {
    ctx.stderr.write(`${progName(ctx, 'busybox')}: unknown signal '${sig}'\n`);
    return 1;
  }
  o.signal = n;
  if (kill !== undefined) {
    const k = busyboxSeconds(ctx, kill);
    if (k === 'usage') return busyboxUsage(ctx, '[-s SIG] [-k KILL_SECS] SECS PROG ARGS');
    if (k === undefined) return 1;
    o.kill = k;
  }
  const d = busyboxSeconds(ctx, args[i]);
  if (d === 'usage') return busyboxUsage(ctx, '[-s SIG] [-k KILL_SECS] SECS PROG ARGS');
  if (d === undefined) return 1;
  o.duration = d;
  o.command = args.slice(i + 1);
  return o;
}

/** Makes `timeout`; GNU exits 124 when the command timed out (137 when KILL was sent, its status with --preserve-status), 125 on its own errors; busybox with the command's status (128+SIG when signalled). */
export function makeTimeout(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const name = progName(ctx, flavour);
    const o = flavour === 'gnu' ? gnuOptions(ctx) : busyboxOptions(ctx);
    if (typeof o === 'number') return o;
    // The signals to send, at ms of the command's time: SIG at DURATION (none for 0), KILL -k later.
    const due: { at: number; signal: number }[] = [];
    if (o.duration > 0) {
      due.push({ at: o.duration * 1000, signal: o.signal });
      if (o.kill > 0) due.push({ at: (o.duration + o.kill) * 1000, signal: KILL });
    }
    const stop = new AbortController();
    const onAbort = () => stop.abort();
    ctx.signal.addEventListener('abort', onAbort, { once: true });
    let elapsed = 0;
    let timedOut = false;
    let killedBy: number | undefined;
    const send = (signal: number) => {
      timedOut = true;
      if (o.verbose) ctx.stderr.write(`${name}: sending signal ${toolSignalName(signal)} to command ${quote(ctx, o.command[0])}\n`);
      if (signal === KILL || endsProcess(signal)) {
        killedBy = signal;
        stop.abort();
        throw new Interrupted();
      }
    };
    const sleep = async (ms: number) => {
      let left = ms;
      for (;;) {
        if (ctx.signal.aborted || stop.signal.aborted) throw new Interrupted();
        const next = due[0];
        if (next === undefined || elapsed + left < next.at) {
          elapsed += left;
          await ctx.sleep(left);
          if (ctx.signal.aborted) throw new Interrupted();
          return;
        }
        const step = next.at - elapsed;
        await ctx.sleep(Math.round(step));
        if (ctx.signal.aborted) throw new Interrupted();
        elapsed = next.at;
        left -= step;
        due.shift();
        send(next.signal);
      }
    };
    let code: number | undefined;
    try {
      // A command that never waits ends before any deadline.
      code = await execCommand(ctx, table, o.command, { signal: stop.signal, sleep });
    } catch (e) {
      if (!(e instanceof Interrupted) || ctx.signal.aborted || killedBy === undefined) throw e;
    } finally {
      ctx.signal.removeEventListener('abort', onAbort);
    }
    if (ctx.signal.aborted) throw new Interrupted();
    if (killedBy !== undefined) {
      if (flavour === 'busybox') return 128 + killedBy;
      // GNU sends the signal to its whole process group, itself too: KILL ends timeout as well.
      if (killedBy === KILL) return 128 + KILL;
      return o.preserve ? 128 + killedBy : 124;
    }
    if (code === undefined) {
      const cmd = o.command[0];
      let error = 'No such file or directory';
      let status = 127;
      if (cmd.includes('/')) {
        try {
          ctx.fs.stat(cmd.startsWith('/') ? cmd : `${ctx.cwd}/${cmd}`);
          error = 'Permission denied';
          status = 126;
        } catch {
          /* missing */
        }
      }
      ctx.stderr.write(flavour === 'gnu' ? `${name}: failed to run command ${quote(ctx, cmd)}: ${error}\n` : `${name}: can't execute '${cmd}': ${error}\n`);
      return status;
    }
    return flavour === 'gnu' && timedOut && !o.preserve ? 124 : code;
  };
}
