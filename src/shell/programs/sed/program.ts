// Compiling sed's script pieces (-e expressions, -f files) into one command list: script files read,
// `#` comments taken out (with the `#n` that means -n), and each flavour's words for an error.
import type { ProgramContext } from '../../../kernel/process.ts';
import { abs, errCode, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { parse, type Carry, type Parsed } from './script.ts';
import { SedError } from './command.ts';
import type { Chunk } from './options.ts';
import { SedFiles } from './files.ts';
import { resolveLabels } from './labels.ts';
import { finishText } from './text.ts';

/** The script compiled so far, and what compiling it learnt. */
export interface Compiled extends Carry {
  /** How many pieces were compiled (GNU's `#n` counts in the first only). */
  pieces: number;
  /** A `#n` comment where the flavour takes it for -n. */
  quiet: boolean;
  /** Whether -f - read standard input (the input files then find it at its end). */
  stdinTaken: boolean;
  /** How many -e pieces were compiled (GNU numbers them in errors; -f files do not count). */
  expressions: number;
  /** The files the script writes and reads. */
  files: SedFiles;
}

/** Nothing compiled yet. */
export function emptyCompiled(ctx: ProgramContext, flavour: Flavour): Compiled {
  return { cmds: [], open: [], pieces: 0, quiet: false, stdinTaken: false, expressions: 0, files: new SedFiles(ctx, flavour) };
}

/**
 * Compiles one piece onto `p`; returns the exit status after a complaint, or undefined. GNU: a missing
 * script file is fatal (status 4), an error names `-e expression #N, char C` or `file F line L`.
 * busybox: a missing file is its usual open error, a script error its short message.
 */
export function compileChunk(ctx: ProgramContext, flavour: Flavour, name: string, p: Compiled, chunk: Chunk, extended: boolean): number | undefined {
  const first = p.pieces++ === 0;
  let text: string;
  if (chunk.kind === 'e') {
    text = chunk.text;
    p.expressions++;
  } else {
    const read = readScript(ctx, p, chunk.file);
    if (typeof read !== 'string') {
      ctx.stderr.write(flavour === 'gnu' ? `${name}: couldn't open file ${chunk.file}: ${read.error}\n` : `${name}: ${chunk.file}: ${read.error}\n`);
      return flavour === 'gnu' ? 4 : 1;
    }
    text = read;
  }
  try {
    const parsed = parseCommented(text, extended, flavour === 'gnu', p);
    take(p, parsed);
    // GNU: `#n` as the very first two characters of the first piece (a file it can tell the offset of: not
    // a pipe on -f -). busybox: any comment that starts with `n`, in any piece, anywhere.
    const seekable = chunk.kind === 'e' || chunk.file !== '-';
    if (flavour === 'gnu') p.quiet ||= first && seekable && parsed.comments.includes(0) && text[1] === 'n';
    else p.quiet ||= parsed.comments.some((at) => text[at + 1] === 'n');
    // GNU names an unclosed `{` by its piece: char 0 of an expression, or its line in a file.
    for (const c of parsed.cmds) {
      if (c.name === '{') c.origin = chunk.kind === 'e' ? `-e expression #${p.expressions}, char 0` : `file ${chunk.file} line ${text.slice(0, c.at).split('\n').length}`;
    }
    // The w files are created (or emptied) as the script is read.
    for (const c of parsed.cmds) {
      if (c.file === undefined || !'wWs'.includes(c.name)) continue;
      const failed = p.files.open(c.file, name);
      if (failed) return (ctx.stderr.write(failed.message), failed.status);
    }
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    if (flavour === 'busybox') ctx.stderr.write(`${name}: ${e.busybox}\n`);
    else if (chunk.kind === 'e') ctx.stderr.write(`${name}: -e expression #${p.expressions}, char ${e.at < 0 ? text.length : e.at}: ${e.gnu}\n`);
    else ctx.stderr.write(`${name}: file ${chunk.file} line ${errorLine(text, e)}: ${e.gnu}\n`);
    return 1;
  }
  return undefined;
}

// A piece's commands onto the script; a text the piece went on with takes its lines.
function take(p: Compiled, parsed: Parsed): void {
  if (parsed.continued && p.text?.rawText) {
    p.text.rawText.raw += parsed.continued.raw;
    p.text.rawText.open = parsed.continued.open;
  }
  p.cmds.push(...parsed.cmds);
  p.open = parsed.open;
  p.lastRegex = parsed.lastRegex;
  p.text = parsed.text;
}

/**
 * Ends the script once every piece is read: the texts take their escapes and the jumps their labels.
 * GNU refuses a block left open and a jump to no label (status
 * 4); busybox finds out either when it runs into it. Returns the exit status after a complaint.
 */
export function finishScript(ctx: ProgramContext, flavour: Flavour, name: string, p: Compiled): number | undefined {
  const gnu = flavour === 'gnu';
  for (const c of p.cmds) finishText(c, gnu);
  // GNU names the innermost.
  if (gnu && p.open.length) return (ctx.stderr.write(`${name}: ${p.cmds[p.open[p.open.length - 1]].origin}: unmatched \`{'\n`), 1);
  const missing = resolveLabels(p.cmds, gnu);
  if (gnu && missing !== undefined) return (ctx.stderr.write(`${name}: can't find label for jump to \`${missing}'\n`), 4);
  return undefined;
}

// A script file's text (`-` is standard input); a directory reads as an empty script, as both seds' reads end there.
function readScript(ctx: ProgramContext, p: Compiled, file: string): string | { error: string } {
  if (file === '-') {
    const text = p.stdinTaken ? '' : ctx.stdin;
    p.stdinTaken = true;
    return text;
  }
  try {
    return decodeUtf8(ctx.fs.readFile(abs(ctx, file)));
  } catch (e) {
    const code = errCode(e);
    return code === 'EISDIR' ? '' : { error: strerror(code) };
  }
}

// GNU's line of an error in a script file: its line counter has counted each newline read, the one just
// read included (`unknown command: `\n'`), but not one it put back, as at the end of an unterminated command.
function errorLine(text: string, e: SedError): number {
  const read = text.slice(0, e.at < 0 ? text.length : e.at);
  return (e.at < 0 || e.at >= text.length) && !e.gnu.includes('\n') ? read.replace(/\n$/, '').split('\n').length : read.split('\n').length;
}

/**
 * Parses a piece with its comments: the parser knows no `#`, so at each `#` it stops on where a command (or
 * an s command's flags) could be, the comment is blanked to the end of its line and the piece parsed again.
 * Blanks keep every other character where it was, for the positions errors give. Returns the commands and
 * where each comment began.
 */
function parseCommented(text: string, extended: boolean, gnu: boolean, carry: Carry): Parsed & { comments: number[] } {
  const comments: number[] = [];
  let script = text;
  for (;;) {
    try {
      return { ...parse(script, extended, gnu, carry), comments };
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      const hash = e.at > 0 && script[e.at - 1] === '#' && /^unknown (command|option to)/.test(e.gnu) ? e.at - 1 : -1;
      if (hash < 0) throw e;
      // A `#` after an address is no comment: GNU says so, busybox calls `#` an unknown command.
      if (e.gnu.startsWith('unknown command') && addressed(script.slice(0, hash), extended, gnu)) throw gnu ? new SedError("comments don't accept any addresses", e.busybox, hash + 1) : e;
      const end = script.indexOf('\n', hash);
      const stop = end < 0 ? script.length : end;
      script = script.slice(0, hash) + ' '.repeat(stop - hash) + script.slice(stop);
      comments.push(hash);
    }
  }
}

// Whether a piece ends in an address with no command yet (`1`, `/re/!`): what the parser calls a missing command.
function addressed(piece: string, extended: boolean, gnu: boolean): boolean {
  try {
    parse(piece, extended, gnu);
    return false;
  } catch (e) {
    return e instanceof SedError && e.gnu === 'missing command';
  }
}
