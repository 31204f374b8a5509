// The files a script names: w, W and s///w write them (each created or emptied when the script is
// compiled, written or not; one output per name), r and R read them (a file that cannot be read reads as
// empty). GNU's /dev/stdout and /dev/stderr are its own output streams.
import type { ProgramContext } from '../../../kernel/process.ts';
import { abs, errCode, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { makeOutput, type Output } from './output.ts';
import { SedError } from './command.ts';

/** Reads an r, R, w or W file name: after blanks, to the end of the line. */
export function readFilename(script: string, i: number): { name: string; next: number } {
  while (script[i] === ' ' || script[i] === '\t') i++;
  const nl = script.indexOf('\n', i);
  const end = nl < 0 ? script.length : nl;
  if (end === i) throw new SedError('missing filename in r/R/w/W commands', 'empty filename', i);
  return { name: script.slice(i, end), next: end };
}

/** The files of one sed run. */
export class SedFiles {
  private readonly names: string[] = [];
  private readonly writers = new Map<string, Output>();
  private readonly readers = new Map<string, { lines: string[]; at: number }>();
  /** The line delimiter, known once the options are read. */
  sep = '\n';
  /** The run's own output, which GNU's /dev/stdout writes into. */
  stdout: Output | null = null;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly flavour: Flavour,
  ) {}

  /** Creates or empties a w file as the script is compiled; returns the complaint and exit status if it cannot. */
  open(name: string, prog: string): { message: string; status: number } | undefined {
    if (this.names.includes(name) || this.special(name)) return undefined;
    try {
      this.ctx.fs.writeFile(abs(this.ctx, name), '');
    } catch (e) {
      const why = strerror(errCode(e));
      return this.flavour === 'gnu' ? { message: `${prog}: couldn't open file ${name}: ${why}\n`, status: 4 } : { message: `${prog}: can't open '${name}': ${why}\n`, status: 1 };
    }
    this.names.push(name);
    return undefined;
  }

  /** Where a w command writes. */
  writer(name: string): Output {
    if (name === '/dev/stdout' && this.stdout && this.flavour === 'gnu') return this.stdout;
    let out = this.writers.get(name);
    if (!out) this.writers.set(name, (out = makeOutput(this.flavour, this.sep)));
    return out;
  }

  /** A file's whole text for r, or null when it cannot be read. */
  read(name: string): string | null {
    try {
      return decodeUtf8(this.ctx.fs.readFile(abs(this.ctx, name)));
    } catch {
      return null;
    }
  }

  /** busybox's r: a file's lines without their newlines (none if it cannot be read). */
  lines(name: string): string[] {
    const text = this.read(name);
    if (!text) return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return lines;
  }

  /** R: the next line of a file with its delimiter (if it had one), or undefined at its end. */
  nextLine(name: string): string | undefined {
    let r = this.readers.get(name);
    if (!r) {
      const text = this.read(name) ?? '';
      const lines = text.split(this.sep).map((l, k, all) => (k < all.length - 1 ? l + this.sep : l)).filter((l) => l !== '');
      this.readers.set(name, (r = { lines, at: 0 }));
    }
    return r.lines[r.at++];
  }

  /** Writes what each w file was given; GNU's /dev/stderr goes to the error stream. */
  flush(): void {
    for (const [name, out] of this.writers) {
      const text = out.take();
      if (name === '/dev/stderr' && this.flavour === 'gnu') this.ctx.stderr.write(text);
      else if (name === '/dev/stdout' && this.flavour === 'gnu') this.ctx.stdout.write(text);
      else if (text !== '') this.ctx.fs.writeFile(abs(this.ctx, name), text);
    }
  }

  // GNU's names for its own streams, never opened as files.
  private special(name: string): boolean {
    return this.flavour === 'gnu' && (name === '/dev/stdout' || name === '/dev/stderr');
  }
}
