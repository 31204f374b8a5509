// paste [-s] [-d LIST] [FILE]…: joins the Nth lines of the FILEs with tabs (or LIST's delimiters in turn),
// or with -s each file's lines into one. GNU pads an ended file with an empty field and reads \0 \t \n
// \\ (and \b \f \r \v) in LIST; busybox skips an ended file, ends the line only after the last file's,
// and reads C escapes. Both open every FILE first and stop at the first that fails.
import type { Program } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { abs, busyboxUsage, errCode, parseFlags, progName, type Flavour } from './util.ts';

const GNU_ESCAPES: Record<string, string> = { '0': '', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
const C_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** GNU's delimiter list: each entry one delimiter ('' for \0); undefined when it ends with a lone backslash. */
function gnuDelims(list: string): string[] | undefined {
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    if (list[k] !== '\\') out.push(list[k]);
    else if (k + 1 >= list.length) return undefined;
    else out.push(GNU_ESCAPES[list[++k]] ?? list[k]);
  }
  return out.length ? out : [''];
}

/** busybox's (strcpy_and_process_escape_sequences): C escapes, octal and \xHH; NUL is no delimiter; an unknown escape keeps its backslash. */
function busyboxDelims(list: string): string[] {
  const out: string[] = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    if (c !== '\\' || k + 1 >= list.length) {
      out.push(c);
      continue;
    }
    const rest = list.slice(k + 1);
    const octal = /^[0-7]{1,3}/.exec(rest);
    const hex = /^x([0-9a-fA-F]{1,2})/.exec(rest);
    if (octal) {
      out.push(String.fromCharCode(parseInt(octal[0], 8) & 0xff).replace('\0', ''));
      k += octal[0].length;
    } else if (hex) {
      out.push(String.fromCharCode(parseInt(hex[1], 16)).replace('\0', ''));
      k += hex[0].length;
    } else if (C_ESCAPES[rest[0]] !== undefined) {
      out.push(C_ESCAPES[rest[0]]);
      k++;
    } else out.push('\\');
  }
  return out;
}

/** A file's lines as paste reads them, one at a time (stdin shared by every `-`). */
class Lines {
  private at = 0;
  constructor(
    private readonly text: string,
    private readonly end: string,
  ) {}
  next(): string | undefined {
    if (this.at >= this.text.length) return undefined;
    const k = this.text.indexOf(this.end, this.at);
    const line = this.text.slice(this.at, k < 0 ? this.text.length : k);
    this.at = k < 0 ? this.text.length : k + 1;
    return line;
  }
}

/** Makes `paste`; status 1 (and no output) when a FILE cannot be opened. */
export function makePaste(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const gnu = flavour === 'gnu';
    const { flags, operands, values, bad } = parseFlags(ctx.argv.slice(1), gnu ? 'd:sz' : 'd:s', ctx, flavour, gnu ? ['delimiters=:d', 'serial:s', 'zero-terminated:z'] : []);
    if (bad) return gnu ? 1 : busyboxUsage(ctx, '[-d LIST] [-s] [FILE]...');
    let delims = ['\t'];
    if (flags.has('d')) {
      const list = values.get(gnu ? 'delimiters' : 'd')!;
      if (!gnu && list === '') {
        ctx.stderr.write(`${name}: -d '' is not supported\n`);
        return 1;
      }
      const parsed = gnu ? gnuDelims(list) : busyboxDelims(list);
      if (parsed === undefined) {
        ctx.stderr.write(`${name}: delimiter list ends with an unescaped backslash: ${list}\n`);
        return 1;
      }
      delims = parsed;
    }
    const end = flags.has('z') ? '\0' : '\n';
    const files = operands.length ? operands : ['-'];
    let stdin: Lines | undefined;
    const inputs: Lines[] = [];
    for (const f of files) {
      if (f === '-') {
        stdin ??= new Lines(ctx.stdin, end);
        inputs.push(stdin);
        continue;
      }
      try {
        inputs.push(new Lines(decodeUtf8(ctx.fs.readFile(abs(ctx, f))), end));
      } catch (e) {
        ctx.stderr.write(`${name}: ${f}: ${strerror(errCode(e))}\n`);
        return 1;
      }
    }
    let out = '';
    if (flags.has('s')) {
      for (const input of inputs) {
        let line = input.next();
        if (line === undefined && !gnu) continue;
        let k = 0;
        let joined = line ?? '';
        while (line !== undefined && (line = input.next()) !== undefined) joined += delims[k++ % delims.length] + line;
        out += joined + end;
      }
      ctx.stdout.write(out);
      return 0;
    }
    const done = inputs.map(() => false);
    let busyboxIndex = 0;
    for (;;) {
      let row = '';
      let any = false;
      for (let i = 0; i < inputs.length; i++) {
        if (done[i]) {
          if (gnu && i < inputs.length - 1) row += delims[i % delims.length];
          continue;
        }
        const line = inputs[i].next();
        if (line === undefined) {
          done[i] = true;
          if (gnu && i < inputs.length - 1) row += delims[i % delims.length];
          continue;
        }
        any = true;
        // busybox cycles its delimiters over the files that gave a line.
        row += line + (i < inputs.length - 1 ? delims[gnu ? i % delims.length : busyboxIndex++ % delims.length] : end);
      }
      if (!any) break;
      if (gnu && done[inputs.length - 1]) row += end;
      out += row;
      busyboxIndex = 0;
    }
    ctx.stdout.write(out);
    return 0;
  };
}
