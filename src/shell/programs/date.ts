// date [-u] [+FORMAT]: the session clock in UTC (`Sun Nov 22 05:10:00 UTC 2026`), strftime codes for +FORMAT.
import type { Program } from '../program.ts';
import { parseFlags, progName, quote, type Flavour } from './util.ts';

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

/** Makes `date`: prints the session clock; setting the clock is refused like an unprivileged user's. */
export function makeDate(flavour: Flavour): Program {
  return (ctx) => {
    const { operands, bad } = parseFlags(ctx.argv.slice(1), 'uR', ctx, flavour);
    if (bad) return 1;
    const fmt = operands.find((o) => o.startsWith('+'));
    const other = operands.find((o) => !o.startsWith('+'));
    if (other !== undefined) {
      ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: invalid date ${quote(ctx, other)}\n` : `${progName(ctx, flavour)}: invalid date '${other}'\n`);
      return 1;
    }
    const rfc = ctx.argv.includes('-R');
    ctx.stdout.write(strftime(fmt ? fmt.slice(1) : rfc ? '%a, %d %b %Y %H:%M:%S %z' : DATE_FORMAT, ctx.fs.clock(), flavour) + '\n');
    return 0;
  };
}
