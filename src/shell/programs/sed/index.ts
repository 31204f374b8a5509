// sed [-nEi] [-e SCRIPT]… [SCRIPT] [FILE]…: the stream editor's common commands (s d p q = y a i c { }),
// addresses (N, $, /re/, ranges, !) and in-place editing.
import type { Program } from '../../../kernel/process.ts';
import { abs, errCode, progName, refusedLetter, type Flavour } from '../util.ts';
import { strerror } from '../../messages.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { parse, SedError, type Command } from './script.ts';
import { run, toStream } from './execute.ts';

/** Makes `sed` (GNU `-e expression #1, char 5: …` or busybox's short messages). */
export function makeSed(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    const scripts: string[] = [];
    const files: string[] = [];
    let quiet = false;
    let extended = false;
    let inPlace: string | undefined;
    let separate = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        files.push(...args.slice(i + 1));
        break;
      }
      if (a === '--quiet' || a === '--silent') quiet = true;
      else if (a === '--regexp-extended') extended = true;
      else if (a.startsWith('--expression=')) scripts.push(a.slice(13));
      else if (a === '--in-place' || a.startsWith('--in-place=')) inPlace = a.slice(11);
      else if (a.startsWith('-') && a !== '-' && !a.startsWith('--')) {
        for (let j = 1; j < a.length; j++) {
          const c = a[j];
          if (c === 'n') quiet = true;
          else if (c === 'E' || c === 'r') extended = true;
          else if (c === 's') separate = true;
          else if (c === 'i') {
            inPlace = a.slice(j + 1);
            break;
          } else if (c === 'e') {
            const v = a.slice(j + 1) || args[++i];
            if (v === undefined) {
              ctx.stderr.write(flavour === 'gnu' ? `${name}: option requires an argument -- 'e'\nUsage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `${name}: option requires an argument -- 'e'\n`);
              return 1;
            }
            scripts.push(v);
            break;
          } else {
            if (refusedLetter(ctx, flavour, c)) return 1;
            ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${c}'\nUsage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `${name}: unrecognized option: ${c}\n`);
            return 1;
          }
        }
      } else files.push(a);
    }
    if (scripts.length === 0) {
      if (files.length === 0) {
        ctx.stderr.write(flavour === 'gnu' ? `Usage: ${name} [OPTION]... {script-only-if-no-other-script} [input-file]...\n` : `Usage: ${name} [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n`);
        return 1;
      }
      scripts.push(files.shift()!);
    }
    let cmds: Command[] = [];
    for (let k = 0; k < scripts.length; k++) {
      try {
        cmds = cmds.concat(parse(scripts[k], extended, flavour === 'gnu'));
      } catch (e) {
        if (!(e instanceof SedError)) throw e;
        const at = e.at < 0 ? scripts[k].length : e.at;
        ctx.stderr.write(flavour === 'gnu' ? `${name}: -e expression #${k + 1}, char ${at}: ${e.gnu}\n` : `${name}: ${e.busybox}\n`);
        return 1;
      }
    }
    let code = 0;
    const read = (f: string): string | null => {
      if (f === '-') return ctx.stdin;
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
        ctx.stderr.write(`${name}: no input files\n`);
        return flavour === 'gnu' ? 1 : 1;
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
