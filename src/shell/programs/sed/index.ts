// sed [-nEirsuz] [-e SCRIPT]… [-f SCRIPT-FILE]… [-l N] [SCRIPT] [FILE]…: the stream editor's common commands
// (s d p q = y a i c l n N P D h H g G x { } and # comments), addresses (N, $, /re/, ranges, !), in-place
// editing and GNU's NUL-separated lines (-z).
import type { Program } from '../../../kernel/process.ts';
import { abs, errCode, progName, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { run } from './execute.ts';
import { defaultWidth } from './list.ts';
import { makeOutput } from './output.ts';
import { toStream } from './stream.ts';
import { parseSedOptions, refuse, type Chunk } from './options.ts';
import { compileChunk, emptyCompiled } from './program.ts';

/** Makes `sed` (GNU `-e expression #1, char 5: …` or busybox's short messages). */
export function makeSed(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const compiled = emptyCompiled();
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
    const { cmds } = compiled;
    const { files, inPlace, separate } = o;
    // busybox has no -z; its reader ends lines at NULs too (stream.ts), but it joins and prints with newlines.
    const sep = o.nullData ? '\0' : '\n';
    const opts = { flavour, quiet: o.quiet || compiled.quiet, sep, width: defaultWidth(o.lineLength, ctx.env.get('COLS')) };
    let code = 0;
    const read = (f: string): string | null => {
      if (f === '-') return compiled.stdinTaken ? '' : ctx.stdin;
      try {
        return decodeUtf8(ctx.fs.readFile(abs(ctx, f)));
      } catch (e) {
        const c = errCode(e);
        if (flavour === 'gnu') ctx.stderr.write(c === 'EISDIR' ? `${name}: couldn't edit ${f}: not a regular file\n` : `${name}: can't read ${f}: ${strerror(c)}\n`);
        else ctx.stderr.write(`${name}: ${f}: ${strerror(c)}\n`);
        code = flavour === 'gnu' ? 2 : 1;
        return null;
      }
    };
    if (inPlace !== undefined) {
      if (files.length === 0) {
        // GNU's panic() exits 4.
        ctx.stderr.write(flavour === 'gnu' ? `${name}: no input files\n` : `${name}: -i requires an argument\n`);
        return flavour === 'gnu' ? 4 : 1;
      }
      for (const f of files) {
        const text = read(f);
        if (text === null) continue;
        // Each file is its own output. GNU's q leaves the files after it as they were; busybox's leaves its
        // input file half read for the next file's run to read on, a muddle not imitated here.
        const out = makeOutput(flavour, sep);
        const quit = run(ctx, cmds, toStream([text], flavour, sep), opts, out);
        const p = abs(ctx, f);
        if (inPlace) ctx.fs.writeFile(p + inPlace, text);
        ctx.fs.writeFile(p, out.take());
        if (quit && flavour === 'gnu') break;
      }
      return code;
    }
    const inputs = files.length ? files : ['-'];
    // One output for every file, -s or not: a delimiter the last line of one lacked is owed to the next.
    const out = makeOutput(flavour, sep);
    if (separate) {
      for (const f of inputs) {
        const text = read(f);
        if (text === null) continue;
        const quit = run(ctx, cmds, toStream([text], flavour, sep), opts, out);
        ctx.stdout.write(out.take());
        if (quit) break;
      }
      return code;
    }
    const texts = inputs.map(read).filter((t): t is string => t !== null);
    run(ctx, cmds, toStream(texts, flavour, sep), opts, out);
    ctx.stdout.write(out.take());
    return code;
  };
}
