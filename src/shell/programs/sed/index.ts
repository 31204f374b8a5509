// sed [-nEirsuz] [-e SCRIPT]… [-f SCRIPT-FILE]… [-l N] [SCRIPT] [FILE]…: the stream editor's commands
// (s d p q Q = y a i c l n N P D h H g G x z F b t T : r R w W { } and # comments), addresses (N, $, /re/,
// first~step, ranges with +N and ~N, 0,/re/, !), in-place editing and GNU's NUL-separated lines (-z).
import type { Program, ProgramContext } from '../../../kernel/process.ts';
import { abs, errCode, progName, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { run, SED_STEP_BUDGET, SedDie, SedStopped, type RunOptions } from './execute.ts';
import { defaultWidth } from './list.ts';
import { makeOutput, type Output } from './output.ts';
import { toStream } from './stream.ts';
import { parseSedOptions, refuse, type Chunk } from './options.ts';
import { compileChunk, emptyCompiled, finishScript, type Compiled } from './program.ts';

/** Makes `sed` (GNU `-e expression #1, char 5: …` or busybox's short messages). */
export function makeSed(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const compiled = emptyCompiled(ctx, flavour);
    const compile = (c: Chunk, extended: boolean) => compileChunk(ctx, flavour, name, compiled, c, extended);
    const o = parseSedOptions(ctx, flavour, name, compile);
    if (typeof o === 'number') return o;
    // GNU compiled its pieces as it met them; busybox compiles them now.
    let pending = flavour === 'gnu' ? [] : o.chunks;
    if (o.chunks.length === 0) {
      if (o.files.length === 0) return refuse(ctx, flavour, name, null);
      pending = [{ kind: 'e', text: o.files.shift()! }];
    }
    for (const c of pending) {
      const status = compile(c, o.extended);
      if (status !== undefined) return status;
    }
    const finished = finishScript(ctx, flavour, name, compiled);
    if (finished !== undefined) return finished;
    // busybox has no -z; its reader ends lines at NULs too (stream.ts), but it joins and prints with newlines.
    const sep = o.nullData ? '\0' : '\n';
    compiled.files.sep = sep;
    const opts = { flavour, quiet: o.quiet || compiled.quiet, sep, width: defaultWidth(o.lineLength, ctx.env.get('COLS')) };
    const runner = new Runner(ctx, flavour, name, compiled, opts);
    try {
      return o.inPlace !== undefined ? runner.inPlace(o.files, o.inPlace) : runner.streams(o.files, o.separate);
    } catch (e) {
      if (!(e instanceof SedDie || e instanceof SedStopped)) throw e;
      // busybox dies there, and a stopped run ends: what it wrote so far goes out first.
      runner.flush();
      if (e instanceof SedDie) ctx.stderr.write(`${name}: ${e.message}\n`);
      // GNU's panic when its buffer cannot grow, busybox's; or the workbook's limit on a loop.
      else if (e.memory) ctx.stderr.write(flavour === 'gnu' ? `${name}: couldn't re-allocate memory\n` : `${name}: out of memory\n`);
      else ctx.stderr.write(`${name}: stopped after ${SED_STEP_BUDGET} steps (a loop that never ends?)\n`);
      return e instanceof SedStopped ? (e.memory ? (flavour === 'gnu' ? 4 : 1) : 124) : 1;
    }
  };
}

// The runs over the input files: one stream, one per file (-s), or each file into itself (-i).
class Runner {
  private code = 0;
  private out: Output | null = null;

  constructor(
    private readonly ctx: ProgramContext,
    private readonly flavour: Flavour,
    private readonly name: string,
    private readonly compiled: Compiled,
    private readonly opts: RunOptions,
  ) {}

  // A file's text, or null after its complaint.
  private read(f: string): string | null {
    if (f === '-') return this.compiled.stdinTaken ? '' : this.ctx.stdin;
    try {
      return decodeUtf8(this.ctx.fs.readFile(abs(this.ctx, f)));
    } catch (e) {
      const c = errCode(e);
      if (this.flavour === 'gnu') this.ctx.stderr.write(c === 'EISDIR' ? `${this.name}: couldn't edit ${f}: not a regular file\n` : `${this.name}: can't read ${f}: ${strerror(c)}\n`);
      else this.ctx.stderr.write(`${this.name}: ${f}: ${strerror(c)}\n`);
      this.code = this.flavour === 'gnu' ? 2 : 1;
      return null;
    }
  }

  // One run over some texts into `out`; the q or Q status, or undefined if the input ran out.
  private run(texts: string[], names: string[], out: Output): number | undefined {
    this.compiled.files.stdout = this.out ?? out;
    const end = run(this.ctx, this.compiled.cmds, toStream(texts, this.flavour, this.opts.sep, names), this.opts, out, this.compiled.files);
    return end.quit ? end.status : undefined;
  }

  /** What was written so far: standard output's, then the w files'. */
  flush(): void {
    if (this.out) this.ctx.stdout.write(this.out.take());
    this.compiled.files.flush();
  }

  /** -i: each file is its own output (a q leaves GNU's later files as they were). */
  inPlace(files: string[], suffix: string): number {
    if (files.length === 0) {
      // GNU's panic() exits 4.
      this.ctx.stderr.write(this.flavour === 'gnu' ? `${this.name}: no input files\n` : `${this.name}: -i requires an argument\n`);
      return this.flavour === 'gnu' ? 4 : 1;
    }
    // GNU's w /dev/stdout is the real standard output under -i.
    this.out = makeOutput(this.flavour, this.opts.sep);
    for (const f of files) {
      const text = this.read(f);
      if (text === null) continue;
      // busybox's q leaves its input file half read for the next file's run to read on, a muddle not imitated here.
      const out = makeOutput(this.flavour, this.opts.sep);
      const status = this.run([text], [f], out);
      const p = abs(this.ctx, f);
      if (suffix) this.ctx.fs.writeFile(p + suffix, text);
      this.ctx.fs.writeFile(p, out.take());
      if (status !== undefined && this.flavour === 'gnu') return (this.flush(), status);
    }
    this.flush();
    return this.code;
  }

  /** One stream of every file, or one per file with -s; one output throughout, as a delimiter the last line of one lacked is owed to the next. */
  streams(files: string[], separate: boolean): number {
    const inputs = files.length ? files : ['-'];
    this.out = makeOutput(this.flavour, this.opts.sep);
    let status: number | undefined;
    if (separate) {
      for (const f of inputs) {
        const text = this.read(f);
        if (text === null) continue;
        status = this.run([text], [f], this.out);
        if (status !== undefined) break;
      }
    } else {
      const read = inputs.map((f) => [f, this.read(f)] as const).filter((r): r is [string, string] => r[1] !== null);
      status = this.run(read.map((r) => r[1]), read.map((r) => r[0]), this.out);
    }
    this.flush();
    return status ?? this.code;
  }
}
