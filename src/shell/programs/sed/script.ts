// sed's script: addresses, commands and their parser, with GNU's and busybox's error wording. A script comes
// in pieces (-e expressions, -f files) that GNU and busybox read as one: a `{` may close in a later piece
// and an a, i or c text go on into the next.
import { readAddress } from './address.ts';
import { gnuRegexEscapes, gnuReplacementEscapes, gnuTextEscapes } from './escapes.ts';
import { readFilename } from './files.ts';
import { readLabel } from './labels.ts';
import { compileRegex, delimited, LAST_REGEX } from './regex-text.ts';
import { continueText, readText } from './text.ts';
import { SedError, type Command } from './command.ts';

/** What a piece leaves to the next: every command so far, the blocks still open and an a, i or c text left open. */
export interface Carry {
  cmds: Command[];
  open: number[];
  text?: Command;
  /** The regex compiled last: busybox's empty address regex stands for it. */
  lastRegex?: RegExp;
}

/** What parsing a piece found: its commands, the blocks open after it, and the text it went on with. */
export interface Parsed {
  cmds: Command[];
  open: number[];
  text?: Command;
  continued?: { raw: string; open: boolean };
  lastRegex?: RegExp;
}

// GNU's read_end_of_cmd: only blanks and the command's end may follow (a newline, `;`, or a `}` or `#` left
// for the parser). Returns where the command ends.
function endOfCommand(script: string, i: number): number {
  while (script[i] === ' ' || script[i] === '\t') i++;
  if (i < script.length && !'\n;}#'.includes(script[i])) throw new SedError('extra characters after command', 'extra characters after command', i + 1);
  return i;
}

/**
 * GNU's `l` and q and Q take an optional number after blanks (a width, an exit status); busybox's take
 * nothing: `l 5` is an `l` and an address. Returns the number and where the command ends.
 */
function number(script: string, i: number): { n?: number; next: number } {
  let j = i;
  while (script[j] === ' ' || script[j] === '\t') j++;
  const digits = /^\d+/.exec(script.slice(j));
  if (!digits) return { next: endOfCommand(script, i) };
  return { n: Number(digits[0]), next: endOfCommand(script, j + digits[0].length) };
}

// The escapes of a y string after its `\delim`s: GNU's normalize_text, which drops the backslash before
// any other character; busybox's copy_parsing_escapes, which leaves any other pair as it is (`\\` too).
function yText(text: string, gnu: boolean): string {
  if (gnu) return gnuTextEscapes(text);
  const known: Record<string, string> = { n: '\n', t: '\t', r: '\r' };
  return text.replace(/\\(.)/gs, (all, c: string) => known[c] ?? all);
}

// Commands that take no argument; GNU wants the command's end after them.
const PLAIN = 'pdnNPDhHgGxz=F';

/** Parses one piece of a script, after the pieces `carry` describes. */
export function parse(script: string, extended: boolean, gnu = false, carry: Carry = { cmds: [], open: [] }): Parsed {
  const base = carry.cmds.length;
  const cmds: Command[] = [];
  const open = [...carry.open];
  let text: Command | undefined;
  let continued: Parsed['continued'];
  let i = 0;
  if (carry.text) {
    const t = continueText(script, gnu);
    continued = { raw: t.raw, open: t.open };
    if (t.open) text = carry.text;
    i = t.next;
  }
  const at = (k: number) => (k < base ? carry.cmds[k] : cmds[k - base]);
  const skipSpace = () => {
    while (i < script.length && /[ \t]/.test(script[i])) i++;
  };
  let lastRegex = carry.lastRegex;
  // busybox's empty address regex is the regex compiled before it; GNU's the one last used as it runs.
  const address = (second: boolean) => {
    const a = readAddress(script, i, extended, gnu, second);
    if (!a) return undefined;
    i = a.next;
    if (a.addr.kind === 're' && a.addr.re === LAST_REGEX && !gnu) {
      if (!lastRegex) throw new SedError('', 'no previous regexp', i);
      a.addr.re = lastRegex;
    } else if (a.addr.kind === 're') lastRegex = a.addr.re;
    return a.addr;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    const c: Command = { negate: false, name: '' };
    c.a1 = address(false);
    if (c.a1 && script[i] === ',') {
      i++;
      c.a2 = address(true);
      // GNU has read the character after the comma.
      if (!c.a2) throw new SedError('unexpected `,\'', 'no address after comma', Math.min(i + 1, script.length));
    }
    skipSpace();
    while (script[i] === '!') {
      c.negate = true;
      i++;
      skipSpace();
    }
    const name = script[i++];
    if (name === undefined) throw new SedError('missing command', 'missing command', i);
    c.name = name;
    // GNU's line 0 begins a range that ends at a regex, and nothing else.
    if (gnu && c.a1?.kind === 'line' && c.a1.n === 0 && c.a2?.kind !== 're') throw new SedError('invalid usage of line address 0', '', i);
    if (gnu && c.a2 && 'qQ'.includes(name)) throw new SedError('command only uses one address', '', i);
    if (!gnu && c.a2 && 'air'.includes(name)) throw new SedError('', `command '${name}' uses only one address`, i);
    switch (name) {
      case '{':
        c.at = i - 1;
        open.push(base + cmds.length);
        break;
      case '}':
        // busybox pairs its braces as it runs: a `}` with no `{` is nothing.
        if (open.length === 0 && gnu) throw new SedError('unexpected `}\'', '', i);
        if (open.length) at(open.pop()!).end = base + cmds.length;
        break;
      case 'l':
      case 'q':
      case 'Q': {
        if (name === 'Q' && !gnu) throw new SedError('', `unsupported command ${name}`, i);
        if (!gnu) break;
        const n = number(script, i);
        if (name === 'l') c.width = n.n;
        else c.status = n.n;
        i = n.next;
        break;
      }
      case ':': {
        if (gnu && c.a1) throw new SedError(": doesn't want any addresses", '', i);
        const l = readLabel(script, i, gnu);
        if (gnu && l.name === '') throw new SedError('":" lacks a label', '', l.next);
        c.label = l.name;
        i = l.next;
        break;
      }
      case 'b': case 't': case 'T': {
        const l = readLabel(script, i, gnu);
        c.label = l.name || undefined;
        i = l.next;
        break;
      }
      case 'r': case 'R': case 'w': case 'W': {
        if (!gnu && (name === 'R' || name === 'W')) throw new SedError('', `unsupported command ${name}`, i);
        const f = readFilename(script, i);
        c.file = f.name;
        i = f.next;
        break;
      }
      case 's':
        i = substitution(script, i, c, extended, gnu);
        if (c.re !== LAST_REGEX) lastRegex = c.re;
        break;
      case 'y': {
        const delim = script[i];
        const a = delimited(script, i + 1, delim, false);
        const b = a && delimited(script, a.next, delim, false);
        if (!a || !b) throw new SedError("unterminated `y' command", `unmatched '${delim}'`, script.length);
        const from = [...yText(a.text, gnu)];
        const to = [...yText(b.text, gnu)];
        if (gnu && from.length !== to.length) throw new SedError("strings for `y' command are different lengths", 'strings for y must be the same length', b.next);
        // busybox pairs the characters up to the shorter string's end.
        c.from = from.slice(0, to.length).join('');
        c.to = to.slice(0, from.length).join('');
        i = b.next;
        break;
      }
      case 'a': case 'i': case 'c': {
        const t = readText(script, i, gnu);
        c.rawText = t.text;
        if (t.text.open) text = c;
        i = t.next;
        break;
      }
      default:
        if (!PLAIN.includes(name) || (!gnu && 'zF'.includes(name))) throw new SedError(`unknown command: \`${name}'`, `unsupported command ${name}`, i);
        if (gnu) i = endOfCommand(script, i);
    }
    cmds.push(c);
  }
  return { cmds, open, text, continued, lastRegex };
}

// An s command from its delimiter at `i`: the regex, the replacement and the flags (GNU's w takes the rest
// of the line as its file). Returns where the command ends.
function substitution(script: string, i: number, c: Command, extended: boolean, gnu: boolean): number {
  const delim = script[i];
  if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError("unterminated `s' command", "unmatched 's'", i);
  const re = delimited(script, i + 1, delim, true);
  const rep = re && delimited(script, re.next, delim, false);
  if (!re || !rep) throw new SedError("unterminated `s' command", `unmatched '${delim}'`, script.length);
  i = rep.next;
  let icase = false;
  c.global = false;
  for (; i < script.length && !/[\s;}]/.test(script[i]); i++) {
    const f = script[i];
    if (f === 'g') c.global = true;
    else if (f === 'p') c.print = true;
    else if (f === 'i' || f === 'I') icase = true;
    else if (f === 'w') {
      const file = readFilename(script, i + 1);
      c.file = file.name;
      i = file.next;
      break;
    } else if (/\d/.test(f)) {
      const m = /^\d+/.exec(script.slice(i))![0];
      c.nth = Number(m);
      i += m.length - 1;
    } else throw new SedError("unknown option to `s'", 'bad option in substitution expression', i + 1);
  }
  c.re = compileRegex(gnu ? gnuRegexEscapes(re.text) : re.text, extended, icase);
  c.replacement = gnu ? gnuReplacementEscapes(rep.text) : rep.text;
  c.caseConv = gnu;
  return i;
}
