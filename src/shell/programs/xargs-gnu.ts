// GNU findutils xargs's reading and command building (xargs.c read_line/read_string, lib/buildcmd.c):
// each argument costs its bytes and a NUL against -s's budget, the command's own words included; an
// argument that would overflow runs the command built so far, unless -x (implied by -L and -I) makes
// that fatal. Errors met while reading run what is pending first, where exec_if_possible would.
import { byteLength, cString, XargsExit } from './xargs-common.ts';
import type { XargsOptions } from './xargs-options.ts';

/**
 * One thing read: an `item` (its value is what the command gets, cut at a NUL as a C string is; `len` counts
 * every byte read for it), a `line` end counted for -L, the `eof` word (-E) or an `error` the reader stopped
 * at (an unmatched quote). `len` of eof and error is what was read of the word: the size check sees it first.
 * `nulAt` is where in the word the input's first NUL is: GNU warns about it as it reads it, unless the word
 * was too long before it.
 */
export type Item = { kind: 'item'; arg: string; len: number; nulAt?: number } | { kind: 'line' } | { kind: 'eof'; len: number; nulAt?: number } | { kind: 'error'; len: number; message: string; nulAt?: number };

const isBlank = (c: string) => c === ' ' || c === '\t';
const isSpace = (c: string) => isBlank(c) || c === '\n' || c === '\r' || c === '\f' || c === '\v';

const NUL_WARNING = 'WARNING: a NUL character occurred in the input.  It cannot be passed through in the argument list.  Did you mean to use the --null option?';

/** What GNU xargs reads from `text`: delimited items with -0/-d, else read_line's words (whole lines with -I). */
export function gnuItems(text: string, o: XargsOptions): Item[] {
  return o.delimiter !== undefined ? delimitedItems(text, o.delimiter) : lineItems(text, o.eof, o.replace !== undefined);
}

/** read_string: every delimiter ends an item (an empty one too) and counts as a line for -L; a last item needs none. */
function delimitedItems(text: string, delimiter: string): Item[] {
  const parts = text.split(delimiter);
  const last = parts.pop()!;
  const items: Item[] = parts.flatMap((p): Item[] => [{ kind: 'item', arg: cString(p), len: byteLength(p) }, { kind: 'line' }]);
  if (last !== '') items.push({ kind: 'item', arg: cString(last), len: byteLength(last) });
  return items;
}

/**
 * read_line: blanks (space, tab) and newlines separate words, leading white space is skipped, quotes and
 * backslashes group as in the shell, a quote must close on its line. A newline counts as a line end for
 * -L unless a blank came right before it (the line then goes on). With -I each line is one item, its blanks
 * kept. The -E word ends the input, unless it is the last thing read and not the first on its line.
 */
function lineItems(text: string, eof: string | undefined, lines: boolean): Item[] {
  const items: Item[] = [];
  let state: 'space' | 'norm' | 'quote' | 'backslash' = 'space';
  let word = '';
  let first = true;
  let quote = '';
  let nulAt: number | undefined;
  let warned = false;
  const isEof = () => eof !== undefined && cString(word) === eof;
  const unmatched = (): Item => ({ kind: 'error', len: byteLength(word), nulAt, message: `unmatched ${quote === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option` });
  const take = (): Item => {
    const item: Item = { kind: 'item', arg: cString(word), len: byteLength(word), nulAt };
    word = '';
    nulAt = undefined;
    return item;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : '';
    if (state === 'space') {
      if (isSpace(c)) continue;
      state = 'norm';
    }
    if (state === 'norm') {
      if (c === '\n') {
        const counted = !isBlank(prev);
        if (isEof()) return [...items, ...(counted && !first ? [{ kind: 'line' } as Item] : []), { kind: 'eof', len: byteLength(word), nulAt }];
        items.push(take(), ...(counted ? [{ kind: 'line' } as Item] : []));
        [state, first] = ['space', true];
        continue;
      }
      if (!lines && isBlank(c)) {
        if (isEof()) return [...items, { kind: 'eof', len: byteLength(word), nulAt }];
        items.push(take());
        [state, first] = ['space', false];
        continue;
      }
      if (c === '\\') {
        state = 'backslash';
        continue;
      }
      if (c === "'" || c === '"') {
        [state, quote] = ['quote', c];
        continue;
      }
    } else if (state === 'quote') {
      if (c === '\n') return [...items, unmatched()];
      if (c === quote) {
        state = 'norm';
        continue;
      }
    } else state = 'norm';
    if (c === '\0' && !warned) [nulAt, warned] = [byteLength(word), true];
    word += c;
  }
  // At the end of the input a word in progress counts (a lone quote or backslash left nothing to count).
  if (word === '') return items;
  if (state === 'quote') return [...items, unmatched()];
  if (first && isEof()) return [...items, { kind: 'eof', len: byteLength(word), nulAt }];
  return [...items, take()];
}

/** Runs one command line; it throws XargsExit when xargs must stop. */
export type RunCommand = (argv: string[]) => Promise<void>;

/** Builds and runs GNU's command lines from `items`; `warn` prints the reader's warning where it meets it. */
export async function runGnu(o: XargsOptions, items: Item[], run: RunCommand, warn: (message: string) => void): Promise<void> {
  if (o.replace !== undefined) return runReplacing(o, o.replace, items, run, warn);
  let chars = 0;
  for (const a of o.command) {
    chars += byteLength(a) + 1;
    if (chars > o.argMax) throw new XargsExit('cannot fit single argument within argument list size limit');
  }
  const initial = chars;
  // The longest word read_line takes: what is left once the command and one NUL are counted.
  const room = o.argMax - initial - 1;
  let pending: string[] = [];
  let lineno = 0;
  let runs = 0;
  const flush = async () => {
    const argv = [...o.command, ...pending];
    [pending, chars] = [[], initial];
    runs++;
    await run(argv);
  };
  // exec_if_possible: before dying on bad input, run what is pending, unless -x wants nothing run short.
  const flushIfPossible = () => (pending.length > 0 && !o.exit ? flush() : undefined);
  for (const item of items) {
    if (item.kind === 'line') {
      lineno++;
      if (o.maxLines !== undefined && lineno >= o.maxLines) {
        lineno = 0;
        await flush();
      }
      continue;
    }
    if (item.nulAt !== undefined && item.nulAt <= room) warn(NUL_WARNING);
    if (item.len > room) {
      await flushIfPossible();
      throw new XargsExit('argument line too long');
    }
    if (item.kind === 'error') {
      await flushIfPossible();
      throw new XargsExit(item.message);
    }
    if (item.kind === 'eof') break;
    if (chars + item.len + 1 > o.argMax) {
      // -x stops here only beside -n or -L (-x alone lets the line be run short, as findutils does).
      if (o.exit && (o.maxLines !== undefined || o.maxArgs !== undefined)) throw new XargsExit('argument list too long');
      await flush();
    }
    pending.push(item.arg);
    chars += item.len + 1;
    if (o.maxArgs !== undefined && pending.length >= o.maxArgs) await flush();
  }
  if (pending.length > 0 || (!o.noRun && runs === 0)) await flush();
}

/**
 * -I: one command per item, the pattern replaced in each initial argument (never in the command's name).
 * findutils counts the command's bytes against the read buffer only from the second line on.
 */
async function runReplacing(o: XargsOptions, pattern: string, items: Item[], run: RunCommand, warn: (message: string) => void): Promise<void> {
  const [command, ...rest] = o.command;
  const commandLen = byteLength(command) + 1;
  let first = true;
  for (const item of items) {
    if (item.kind === 'line') continue;
    const room = o.argMax - 1 - (first ? 0 : commandLen);
    if (item.nulAt !== undefined && item.nulAt <= room) warn(NUL_WARNING);
    if (item.len > room) throw new XargsExit('argument line too long');
    if (item.kind === 'error') throw new XargsExit(item.message);
    if (item.kind === 'eof') return;
    if (commandLen > o.argMax) throw new XargsExit('cannot fit single argument within argument list size limit');
    first = false;
    let chars = commandLen;
    const argv = [command];
    for (const a of rest) {
      // An empty pattern matches anywhere: findutils puts the line once into an empty argument, and into
      // any other until the buffer is full.
      const arg = pattern !== '' ? a.split(pattern).join(item.arg) : a === '' ? item.arg : undefined;
      const len = arg === undefined ? Infinity : byteLength(arg);
      if (arg === undefined || (a !== '' && len >= o.argMax - 1)) throw new XargsExit('command too long');
      if (chars + len + 1 > o.argMax) throw new XargsExit('argument list too long');
      chars += len + 1;
      argv.push(arg);
    }
    await run(argv);
  }
}
