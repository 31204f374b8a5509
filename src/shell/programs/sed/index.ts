// sed [-nEirsu] [-e SCRIPT]… [-f SCRIPT-FILE]… [-l N] [SCRIPT] [FILE]…: the stream editor's common commands
// (s d p q = y a i c { } and # comments), addresses (N, $, /re/, ranges, !) and in-place editing.
import type { Program } from '../../../kernel/process.ts';
import { abs, errCode, progName, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { run, toStream } from './execute.ts';
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
    const quiet = o.quiet || compiled.quiet;
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
        const r = run(ctx, cmds, toStream(text), quiet);
        const p = abs(ctx, f);
        if (inPlace) ctx.fs.writeFile(p + inPlace, text);
        ctx.fs.writeFile(p, r.text);
      }
      return code;
    }
    const inputs = files.length ? files : ['-'];
    if (separate) {
      for (const f of inputs) {
        const text = read(f);
        if (text === null) continue;
        const r = run(ctx, cmds, toStream(text), quiet);
        ctx.stdout.write(r.text);
        if (r.quit) break;
      }
      return code;
    }
    let all = '';
    for (const f of inputs) {
      const text = read(f);
      if (text === null) continue;
      if (all !== '' && !all.endsWith('\n')) all += '\n';
      all += text;
    }
    ctx.stdout.write(run(ctx, cmds, toStream(all), quiet).text);
    return code;
  };
}
