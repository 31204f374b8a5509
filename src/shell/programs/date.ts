// date [-u] [-R] [-I[SPEC]] [-d TIME | -r FILE | -s TIME] [+FORMAT] [TIME]: the session clock (or TIME) in UTC (`Sun Nov 22 05:10:00 UTC 2026`), strftime codes for +FORMAT.
import type { Program } from '../../kernel/process.ts';
import { abs, busyboxUsageWanted, errCode, parseFlags, progName, quote, type Flavour } from './util.ts';
import { argmatch } from './argmatch.ts';
import { strerror } from '../messages.ts';
import { operandTime, refusedToSet } from './date-set.ts';
import { busyboxStamp } from './touch-stamp.ts';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const two = (n: number) => String(n).padStart(2, '0');

/** strftime(3) in UTC for the codes GNU date and busybox share (GNU adds %q and %N); unknown codes print as written. */
export function strftime(format: string, ms: number, flavour: Flavour): string {
  const d = new Date(ms);
  const Y = d.getUTCFullYear();
  const mo = d.getUTCMonth();
  const day = d.getUTCDate();
  const H = d.getUTCHours();
  const M = d.getUTCMinutes();
  const S = d.getUTCSeconds();
  const wd = d.getUTCDay();
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86400000) + 1;
  const h12 = H % 12 === 0 ? 12 : H % 12;
  const code = (c: string): string | undefined => {
    switch (c) {
      case 'a': return DAYS[wd].slice(0, 3);
      case 'A': return DAYS[wd];
      case 'b': case 'h': return MONTHS[mo].slice(0, 3);
      case 'B': return MONTHS[mo];
      case 'c': return `${code('a')} ${code('b')} ${String(day).padStart(2)} ${code('T')} ${Y}`;
      case 'C': return two(Math.floor(Y / 100));
      case 'd': return two(day);
      case 'D': return `${two(mo + 1)}/${two(day)}/${two(Y % 100)}`;
      case 'e': return String(day).padStart(2);
      case 'F': return `${Y}-${two(mo + 1)}-${two(day)}`;
      case 'H': return two(H);
      case 'I': return two(h12);
      case 'j': return String(yday).padStart(3, '0');
      case 'k': return String(H).padStart(2);
      case 'l': return String(h12).padStart(2);
      case 'm': return two(mo + 1);
      case 'M': return two(M);
      case 'n': return '\n';
      case 'N': return flavour === 'gnu' ? String((ms % 1000) * 1e6).padStart(9, '0') : undefined;
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'P': return H < 12 ? 'am' : 'pm';
      case 'q': return flavour === 'gnu' ? String(Math.floor(mo / 3) + 1) : undefined;
      case 'r': return `${two(h12)}:${two(M)}:${two(S)} ${code('p')}`;
      case 'R': return `${two(H)}:${two(M)}`;
      case 's': return String(Math.floor(ms / 1000));
      case 'S': return two(S);
      case 't': return '\t';
      case 'T': return `${two(H)}:${two(M)}:${two(S)}`;
      case 'u': return String(wd === 0 ? 7 : wd);
      case 'w': return String(wd);
      case 'x': return `${two(mo + 1)}/${two(day)}/${two(Y % 100)}`;
      case 'X': return `${two(H)}:${two(M)}:${two(S)}`;
      case 'y': return two(Y % 100);
      case 'Y': return String(Y);
      case 'z': return '+0000';
      case 'Z': return 'UTC';
      case '%': return '%';
      default: return undefined;
    }
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== '%' || i + 1 >= format.length) {
      out += format[i];
      continue;
    }
    const c = format[++i];
    out += code(c) ?? '%' + c;
  }
  return out;
}

/** The default `date` output: `Sun Nov 22 05:10:00 UTC 2026`. */
export const DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/**
 * Reads a `-d TIME` value as milliseconds, or undefined when the flavour rejects it. Both read `@SECONDS`,
 * `YYYY-MM-DD` and `YYYY-MM-DD hh:mm[:ss]`; GNU also reads `now`, fractional seconds and a `T` separator.
 */
export function parseDateOperand(text: string, now: number, flavour: Flavour): number | undefined {
  const t = text.trim();
  if (flavour === 'gnu' && t === 'now') return now;
  const epoch = (flavour === 'gnu' ? /^@(-?\d+(?:\.\d+)?)$/ : /^@(-?\d+)$/).exec(t);
  if (epoch) return Math.floor(Number(epoch[1])) * 1000;
  const sep = flavour === 'gnu' ? '[ T]' : ' ';
  const m = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:${sep}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?${flavour === 'gnu' ? 'Z?' : ''})?$`).exec(t);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => (x === undefined ? undefined : Number(x))) as number[];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // busybox hands the fields to mktime, which rolls Feb 30 over to Mar 2; GNU refuses a day the month lacks.
  return flavour === 'busybox' || new Date(ms).getUTCDate() === d ? ms : undefined;
}

/** What takeDateOptions splits out of argv. */
interface DateOptions {
  rest: string[];
  time?: string;
  /** -r FILE: the file whose modification time to show. */
  ref?: string;
  /** -I[SPEC]: the ISO 8601 precision asked for ('' for the default, date). */
  iso?: string;
  /** -s TIME: the time to set the clock to. */
  set?: string;
  /** The letter left without its value at the end of argv. */
  missing?: 'd' | 'r' | 's';
}

/** Splits `-d TIME` (`-dTIME`, busybox's `--date=TIME`, `--date TIME`), `-r FILE`, `-s TIME` and `-I[SPEC]` out of argv; GNU's long forms are parseFlags'. */
function takeDateOptions(args: string[], flavour: Flavour): DateOptions {
  const o: DateOptions = { rest: [] };
  const long = flavour === 'busybox';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const short = /^-([uR]*)([dIrs])(.*)$/s.exec(a);
    if (long && a === '--date') {
      if (i + 1 >= args.length) return { ...o, missing: 'd' };
      o.time = args[++i];
    } else if (long && a.startsWith('--date=')) o.time = a.slice(7);
    else if (short) {
      if (short[1]) o.rest.push('-' + short[1]);
      // -I takes its precision only attached; -d and -r take the rest of the word or the next one.
      if (short[2] === 'I') o.iso = short[3];
      else {
        const v = short[3] || args[++i];
        if (v === undefined) return { ...o, missing: short[2] as 'd' | 'r' | 's' };
        if (short[2] === 'd') o.time = v;
        else if (short[2] === 's') o.set = v;
        else o.ref = v;
      }
    } else o.rest.push(a);
  }
  return o;
}

// -I's precisions, in the order GNU lists them, as strftime formats (then the zone, UTC here, but for date).
const ISO: [string, string][] = [['hours', '%Y-%m-%dT%H'], ['minutes', '%Y-%m-%dT%H:%M'], ['date', '%Y-%m-%d'], ['seconds', '%Y-%m-%dT%H:%M:%S'], ['ns', '%Y-%m-%dT%H:%M:%S,']];

/** An ISO 8601 timestamp at the precision `format` (an ISO entry's format) names. */
function isoDate(format: string, ms: number, flavour: Flavour): string {
  const nanos = format.endsWith(',') ? String((((ms % 1000) + 1000) % 1000) * 1e6).padStart(9, '0') : '';
  return strftime(format, ms, flavour) + nanos + (format === '%Y-%m-%d' ? '' : '+00:00');
}

/** Makes `date`: prints the session clock, or `-d TIME`; setting the clock is refused like an unprivileged user's. */
export function makeDate(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const taken = takeDateOptions(ctx.argv.slice(1), flavour);
    if (taken.missing) {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: option requires an argument -- '${taken.missing}'\nTry '${name} --help' for more information.\n` : `${name}: option requires an argument -- '${taken.missing}'\n`);
      return 1;
    }
    const { operands, values, flags, bad } = parseFlags(taken.rest, 'uR', ctx, flavour, flavour === 'gnu' ? ['+date=:d', 'debug', 'file=:f', 'resolution', 'rfc-email:R', 'rfc-3339=', '+reference=:r', '+set=:s', 'utc:u', 'universal:u', '+iso-8601?:I'] : []);
    if (bad) return 1;
    taken.time ??= values.get('date');
    taken.ref ??= values.get('reference');
    taken.set ??= values.get('set');
    if (flags.has('--iso-8601')) taken.iso ??= values.get('iso-8601') ?? '';
    let iso: string | undefined;
    if (taken.iso !== undefined) {
      // GNU's argmatch takes an unambiguous abbreviation (`-Isec`); busybox a prefix too, and shows its usage for anything else.
      iso = taken.iso === '' ? ISO[2][1] : flavour === 'gnu' ? argmatch(ctx, taken.iso, '--iso-8601', ISO) : ISO.find(([w]) => w.startsWith(taken.iso!))?.[1];
      if (iso === undefined) {
        if (flavour === 'gnu') ctx.stderr.write(`Try '${name} --help' for more information.\n`);
        else busyboxUsageWanted.add(ctx);
        return 1;
      }
    }
    if (taken.time !== undefined && taken.ref !== undefined && flavour === 'gnu') {
      ctx.stderr.write(`${name}: the options to specify dates for printing are mutually exclusive\nTry '${name} --help' for more information.\n`);
      return 1;
    }
    const fmt = operands.find((o) => o.startsWith('+'));
    const other = operands.find((o) => !o.startsWith('+'));
    const tryHelp = (message: string) => {
      ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
      return 1;
    };
    if (flavour === 'gnu') {
      // GNU takes one operand: +FORMAT, or (with no option naming a date) the time to set.
      if (operands.length > 1) return tryHelp(`extra operand ${quote(ctx, operands[1])}`);
      const dated = taken.time !== undefined || taken.ref !== undefined || taken.set !== undefined;
      if (other !== undefined && dated) return tryHelp(`the argument ${quote(ctx, other)} lacks a leading '+';\nwhen using an option to specify date(s), any non-option\nargument must be a format string beginning with '+'`);
      if (taken.set !== undefined && (taken.time !== undefined || taken.ref !== undefined)) return tryHelp('the options to print and set the time may not be used together');
    }
    let when = ctx.fs.clock();
    // -s TIME or a TIME operand: read as the tool reads it, then refused by the kernel (no CAP_SYS_TIME).
    const setText = taken.set ?? other;
    let status = 0;
    if (setText !== undefined) {
      const set = taken.set !== undefined ? (parseDateOperand(setText, when, flavour) ?? (flavour === 'busybox' ? busyboxStamp(setText, when) : undefined)) : flavour === 'gnu' ? operandTime(setText, when, flavour) : (parseDateOperand(setText, when, flavour) ?? operandTime(setText, when, flavour));
      if (set === undefined) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid date ${quote(ctx, setText)}\n` : `${name}: invalid date '${setText}'\n`);
        return 1;
      }
      const refused = refusedToSet(flavour, name);
      ctx.stderr.write(refused.message);
      status = refused.status;
      when = set;
    }
    // busybox's -d wins over -r (GNU refused the pair above).
    if (taken.ref !== undefined && taken.time === undefined && setText === undefined) {
      try {
        when = ctx.fs.stat(abs(ctx, taken.ref)).mtime * 1000;
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: ${taken.ref}: ${strerror(errCode(e))}\n` : `${name}: can't stat '${taken.ref}': ${strerror(errCode(e))}\n`);
        return 1;
      }
    } else if (taken.time !== undefined && setText === undefined) {
      const parsed = parseDateOperand(taken.time, when, flavour);
      if (parsed === undefined) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid date ${quote(ctx, taken.time)}\n` : `${name}: invalid date '${taken.time}'\n`);
        return 1;
      }
      when = parsed;
    }
    const rfc = taken.rest.some((a) => /^-[uR]*R/.test(a));
    if (iso !== undefined && (fmt !== undefined || rfc)) {
      // GNU refuses two formats; busybox shows its usage for -I with -R, and lets +FORMAT win over -I.
      if (flavour === 'gnu') {
        ctx.stderr.write(`${name}: multiple output formats specified\n`);
        return 1;
      }
      if (rfc) {
        busyboxUsageWanted.add(ctx);
        return 1;
      }
    }
    if (iso !== undefined && fmt === undefined) {
      ctx.stdout.write(isoDate(iso, when, flavour) + '\n');
      return status;
    }
    ctx.stdout.write(strftime(fmt ? fmt.slice(1) : rfc ? '%a, %d %b %Y %H:%M:%S %z' : DATE_FORMAT, when, flavour) + '\n');
    return status;
  };
}
