// xargs [-0] [-t] [-n MAX] [-I STR] [-r] [COMMAND [ARG]…]: runs COMMAND (default echo) with words read from
// stdin (NUL-separated with -0, so `find … -print0 | xargs -0 rm` takes any name), echoing each run with -t.
import type { Program } from '../../kernel/process.ts';
import { execCommand, type ProgramTable } from './exec.ts';
import { checkSignal, progName, refusedLetter, usageError, type Flavour } from './util.ts';

/** Splits xargs input into words: blanks separate, quotes and backslashes group (as both tools do without -0). */
export function xargsWords(text: string): string[] | string {
  const words: string[] = [];
  let cur = '';
  let has = false;
  let q: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === q) q = null;
      else if (c === '\n') return `unmatched ${q === "'" ? 'single' : 'double'} quote`;
      else cur += c;
      continue;
    }
    if (c === "'" || c === '"') {
      q = c;
      has = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has) words.push(cur);
      cur = '';
      has = false;
    } else {
      cur += c;
      has = true;
    }
  }
  if (q) return `unmatched ${q === "'" ? 'single' : 'double'} quote`;
  if (has) words.push(cur);
  return words;
}

/** -0's words: every NUL ends one (empty ones included); a last word needs no NUL. */
function nulWords(text: string): string[] {
  const words = text.split('\0');
  if (words[words.length - 1] === '') words.pop();
  return words;
}

/** GNU -t's quoting of a word (shell-escape style): bare when safe, "…" around a lone ', else '…' with $'\n' for control characters. */
export function shellEscape(w: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w)) return w;
  if (w === '') return "''";
  if (/^[^\x00-\x1f\x7f$`"\\!]*'[^\x00-\x1f\x7f$`"\\!]*$/.test(w)) return `"${w}"`;
  return w
    .split(/([\x00-\x1f\x7f])/)
    .map((part, k) => {
      if (k % 2) return `$'${CONTROL[part] ?? '\\' + part.charCodeAt(0).toString(8).padStart(3, '0')}'`;
      return part === '' ? '' : `'${part.replace(/'/g, "'\\''")}'`;
    })
    .join('');
}

const CONTROL: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\v': '\\v', '\x1b': '\\E' };

/** Makes `xargs`; exits 123 when a run fails, 127 when COMMAND cannot be found, like both tools. */
export function makeXargs(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    let max = Infinity;
    let replace: string | undefined;
    let noEmpty = false;
    let nul = false;
    let trace = false;
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      const m = /^-([nI])(.*)$/.exec(a);
      if (m) {
        const v = m[2] || args[++i];
        if (v === undefined) return usageError(ctx, flavour, flavour === 'gnu' ? `option requires an argument -- '${m[1]}'` : `option requires an argument: ${m[1]}`);
        if (m[1] === 'I') {
          replace = v;
          max = 1;
        } else {
          if (!/^\d+$/.test(v) || Number(v) < 1) {
            ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid number "${v}" for -n option\nTry '${name} --help' for more information.\n` : `${name}: invalid number '${v}'\n`);
            return 1;
          }
          max = Number(v);
        }
      } else if (a === '-r' || a === '--no-run-if-empty') noEmpty = true;
      else if (a === '-0' || a === '--null') nul = true;
      else if (a === '-t' || a === '--verbose') trace = true;
      else if (/^-[0tr]+$/.test(a)) {
        nul ||= a.includes('0');
        trace ||= a.includes('t');
        noEmpty ||= a.includes('r');
      }      else if (a === '--') {
        i++;
        break;
      } else if (a.startsWith('-') && a.length > 1) {
        if (!a.startsWith('--') && refusedLetter(ctx, flavour, a[1])) return 1;
        ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${a[1]}'\nTry '${name} --help' for more information.\n` : `${name}: unrecognized option: ${a[1]}\n`);
        return 1;
      } else break;
    }
    const command = args.length > i ? args.slice(i) : ['echo'];
    const words = nul ? nulWords(ctx.stdin) : replace !== undefined ? ctx.stdin.split('\n').filter((l) => l.trim() !== '').map((l) => l.trim()) : xargsWords(ctx.stdin);
    if (typeof words === 'string') {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: ${words}; by default quotes are special to xargs unless you use the -0 option\n` : `${name}: ${words}\n`);
      return 1;
    }
    if (words.length === 0 && (noEmpty || replace !== undefined)) return 0;
    let code = 0;
    const batches: string[][] = [];
    if (words.length === 0) batches.push([]);
    for (let k = 0; k < words.length; k += max === Infinity ? words.length : max) batches.push(words.slice(k, k + (max === Infinity ? words.length : max)));
    for (const batch of batches) {
      checkSignal(ctx);
      const argv = replace !== undefined ? command.map((w) => w.split(replace).join(batch[0])) : [...command, ...batch];
      if (trace) ctx.stderr.write(argv.map((w) => (flavour === 'gnu' ? shellEscape(w) : w)).join(' ') + '\n');
      // Each command reads /dev/null, as GNU xargs gives it; one that is nowhere stops xargs.
      const r = await execCommand(ctx, table, argv, { stdin: '' });
      if (r === undefined) {
        ctx.stderr.write(`${name}: ${command[0]}: No such file or directory\n`);
        return 127;
      }
      if (r === 255) {
        ctx.stderr.write(`${name}: ${command[0]}: exited with status 255; aborting\n`);
        return 124;
      }
      if (r !== 0) code = 123;
    }
    return code;
  };
}
