// An awk run's state: variables and arrays (global and per call), the current record and its fields,
// input readers, and output (stdout, stderr and files opened by `>`/`>>`).
import type { ProgramContext } from '../../../kernel/process.ts';
import { posixToJs } from '../regex.ts';
import { abs } from '../util.ts';
import type { Maybe } from './maybe.ts';
import { StrNum, str, type Val } from './values.ts';

/** An array: subscript (a string) to value. */
export type AwkArray = Map<string, Val>;

/**
 * A local slot of a function call: a scalar, or an array (passed by reference). `ref` makes the caller's
 * unset variable an array if the function uses its parameter as one (`fill(arr)` with `arr` unset).
 */
export type Slot = { v: Val; ref?: () => AwkArray } | { arr: AwkArray };

/** A runtime error; the message is printed after `awk: ` and the run ends with status 2. */
export class AwkRuntimeError extends Error {}

/** Reads records from one text by RS ("\n", one character, or "" for paragraphs). */
export class RecordReader {
  private at = 0;
  constructor(private readonly text: string) {}
  next(rs: string): string | undefined {
    const t = this.text;
    if (rs === '') {
      while (t[this.at] === '\n') this.at++;
      if (this.at >= t.length) return undefined;
      const m = /\n\n+/.exec(t.slice(this.at));
      const end = m ? this.at + m.index : t.length;
      const rec = t.slice(this.at, end).replace(/\n$/, '');
      this.at = m ? end + m[0].length : t.length;
      return rec;
    }
    if (this.at >= t.length) return undefined;
    const sep = rs.length === 1 ? rs : '\n';
    const end = t.indexOf(sep, this.at);
    const rec = t.slice(this.at, end < 0 ? t.length : end);
    this.at = end < 0 ? t.length : end + 1;
    return rec;
  }
}

/** The commands a run starts (commands.ts): system(), `print | CMD`, `CMD | getline`, close(). */
export interface CommandPipes {
  system(cmd: string): Promise<number>;
  write(cmd: string, text: string): void;
  reader(cmd: string): Maybe<RecordReader>;
  close(cmd: string): Maybe<number | undefined>;
  closeAll(): Promise<void>;
}

/** The state of one awk run. */
export class AwkMachine {
  readonly globals = new Map<string, Val>();
  readonly arrays = new Map<string, AwkArray>();
  readonly frames: Map<string, Slot>[] = [];
  private record = '';
  private fields: string[] | null = [];
  private nf = 0;
  /** Text written to stdout not yet flushed (flushed at the end, or before a file is written). */
  out = '';
  private readonly files = new Map<string, RecordReader>();
  private readonly regexes = new Map<string, RegExp>();
  randSeed = 0;
  prevSeed = 0;
  steps = 0;

  /** The commands this run starts (system, pipes); set by makeAwk before the run begins. */
  commands!: CommandPipes;

  constructor(readonly ctx: ProgramContext, readonly flavour: 'gnu' | 'busybox') {}

  convfmt(): string {
    return str(this.globals.get('CONVFMT'), '%.6g') || '%.6g';
  }
  toStr(v: Val): string {
    return str(v, this.convfmt());
  }

  // ---- variables ----
  private local(name: string): Slot | undefined {
    return this.frames.length ? this.frames[this.frames.length - 1].get(name) : undefined;
  }
  getVar(name: string): Val {
    const l = this.local(name);
    if (l) {
      if ('arr' in l) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
      return l.v;
    }
    if (name === 'NF') return this.getNF();
    if (this.arrays.has(name)) throw new AwkRuntimeError(`can't use array ${name} in scalar context`);
    return this.globals.get(name);
  }
  setVar(name: string, v: Val): void {
    const l = this.local(name);
    if (l) {
      if ('arr' in l) throw new AwkRuntimeError(`can't assign to ${name}; it's an array name.`);
      l.v = v;
      return;
    }
    if (name === 'NF') return this.setNF(Math.trunc(typeof v === 'number' ? v : Number(this.toStr(v)) || 0));
    this.globals.set(name, v);
  }
  /** The array a name denotes (created on first use). */
  array(name: string): AwkArray {
    const l = this.local(name);
    if (l) {
      if ('arr' in l) return l.arr;
      if (l.v !== undefined) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
      const arr: AwkArray = l.ref ? l.ref() : new Map();
      const slot = l as Slot;
      delete (slot as { v?: Val }).v;
      delete (slot as { ref?: unknown }).ref;
      Object.assign(slot, { arr });
      return arr;
    }
    let a = this.arrays.get(name);
    if (!a) {
      if (this.globals.get(name) !== undefined) throw new AwkRuntimeError(`can't use scalar ${name} as array`);
      this.arrays.set(name, (a = new Map()));
    }
    return a;
  }
  /** For passing an unset variable to a function: makes it an array, in the caller's scope, when first used as one. */
  lazyArray(name: string): () => AwkArray {
    const frame = this.frames[this.frames.length - 1];
    return () => {
      const saved = this.frames.splice(0);
      if (frame) this.frames.push(frame);
      try {
        return this.array(name);
      } finally {
        this.frames.splice(0, this.frames.length, ...saved);
      }
    };
  }
  isArray(name: string): boolean {
    const l = this.local(name);
    return l ? 'arr' in l : this.arrays.has(name);
  }

  // ---- the record and its fields ----
  setRecord(text: string): void {
    this.record = text;
    this.fields = null;
  }
  private split(): string[] {
    if (!this.fields) {
      this.fields = this.splitText(this.record, this.toStr(this.globals.get('FS')));
      this.nf = this.fields.length;
    }
    return this.fields;
  }
  /** Splits text by a field separator as FS does: " " on runs of blanks, one character literally, else a regex. */
  splitText(text: string, fs: string): string[] {
    if (fs === ' ') return text.split(/[ \t\n]+/).filter((f, i, all) => f !== '' || (i > 0 && i < all.length - 1));
    if (text === '') return [];
    if (fs.length === 1 && fs !== '\\') return text.split(fs === '\t' ? '\t' : fs);
    return text.split(this.regex(fs));
  }
  getNF(): number {
    this.split();
    return this.nf;
  }
  private setNF(n: number): void {
    const f = this.split();
    f.length = Math.max(0, n);
    for (let i = 0; i < f.length; i++) f[i] ??= '';
    this.nf = f.length;
    this.rebuild();
  }
  getField(i: number): Val {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    if (i === 0) return new StrNum(this.record);
    const f = this.split();
    return i <= f.length ? new StrNum(f[i - 1]) : undefined;
  }
  setField(i: number, v: Val): void {
    if (i < 0) throw new AwkRuntimeError(`trying to access out of range field ${i}`);
    if (i === 0) return this.setRecord(this.toStr(v));
    const f = this.split();
    while (f.length < i) f.push('');
    f[i - 1] = this.toStr(v);
    this.nf = f.length;
    this.rebuild();
  }
  private rebuild(): void {
    this.record = (this.fields ?? []).join(this.toStr(this.globals.get('OFS')));
  }

  // ---- regexes, input files, output ----
  /** A regex from awk ERE text (cached); `.` matches newlines as in awk. */
  regex(src: string, flags = ''): RegExp {
    const key = flags + '/' + src;
    let re = this.regexes.get(key);
    if (!re) {
      try {
        re = new RegExp(posixToJs(src, true), 's' + flags);
      } catch {
        throw new AwkRuntimeError(`regular expression compile failed (${src})`);
      }
      this.regexes.set(key, re);
    }
    return re;
  }
  /** A reader for `getline < file` (undefined when it cannot be opened). */
  fileReader(name: string): RecordReader | undefined {
    let r = this.files.get(name);
    if (!r) {
      let text: string;
      try {
        text = name === '-' || name === '/dev/stdin' ? this.ctx.stdin : this.ctx.fs.readText(abs(this.ctx, name));
      } catch {
        return undefined;
      }
      this.files.set(name, (r = new RecordReader(text)));
    }
    return r;
  }
  /** close(NAME) of a file: 0, or undefined when no file of that name is open. */
  closeFile(name: string): number | undefined {
    return this.files.delete(name) || this.opened.delete(name) ? 0 : undefined;
  }
  private readonly opened = new Set<string>();
  /** Writes output for `print > file`, `>> file` (truncating a file on its first `>`), or stdout/stderr. */
  write(text: string, dest?: { mode: '>' | '>>'; name: string }): void {
    if (!dest || dest.name === '/dev/stdout' || dest.name === '-') {
      this.out += text;
      return;
    }
    if (dest.name === '/dev/stderr') {
      this.flush();
      this.ctx.stderr.write(text);
      return;
    }
    const p = abs(this.ctx, dest.name);
    const fresh = dest.mode === '>' && !this.opened.has(dest.name);
    this.opened.add(dest.name);
    let before = '';
    if (!fresh) {
      try {
        before = this.ctx.fs.readText(p);
      } catch {
        before = '';
      }
    }
    try {
      this.ctx.fs.writeFile(p, before + text);
    } catch {
      throw new AwkRuntimeError(`cannot open "${dest.name}" for output`);
    }
  }
  flush(): void {
    if (this.out) this.ctx.stdout.write(this.out);
    this.out = '';
  }
}
