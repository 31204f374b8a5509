// gzip, gunzip, zcat: compresses FILE to FILE.gz (and back) with real deflate (fflate), keeping the
// mode and mtime; -c and stdin write to stdout (bytes survive pipes and redirects: vfs/utf8.ts), never to a terminal.
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { gzipSync, inflateSync } from 'fflate';
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { readBytes, writeBytes } from './bytes-input.ts';
import { GzipError, gunzipMembers } from './gzip-stored.ts';
import { abs, errCode, parseFlags, type Flavour } from './util.ts';

type Mode = 'gzip' | 'gunzip' | 'zcat';

// GNU gzip names itself gzip whatever it was called as; busybox uses the applet's name.
function fail(ctx: ProgramContext, text: string, flavour: Flavour = 'gnu'): number {
  ctx.stderr.write(`${flavour === 'busybox' ? ctx.argv[0].replace(/^.*\//, '') : 'gzip'}: ${text}\n`);
  return 1;
}

// Every member of a gzip file (`gzip -c a b > ab.gz` concatenates two), or undefined when it is not gzip.
function inflate(bytes: Uint8Array): Uint8Array | undefined {
  try {
    return gunzipMembers(bytes, inflateSync);
  } catch (e) {
    if (e instanceof GzipError) return undefined;
    throw e;
  }
}

/** Makes `gzip`, `gunzip` or `zcat` (GNU or busybox wording). */
export function makeGzip(flavour: Flavour, mode: Mode): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'cdfkqtvn123456789', ctx, flavour, ['stdout:c', 'to-stdout:c', 'force:f', 'quiet:q', 'decompress:d', 'uncompress:d', 'test:t', 'keep:k', 'best:9', 'fast:1'], 'tvn');
    if (bad) return 1;
    const decompress = mode !== 'gzip' || flags.has('d');
    const toStdout = mode === 'zcat' || flags.has('c');
    const keep = flags.has('k') || toStdout;
    const level = Number([...'987654321'].find((d) => flags.has(d)) ?? 6) as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
    let code = 0;
    if (operands.length === 0 || operands.includes('-')) {
      if (!decompress) {
        if (refuseTerminal(ctx, flags.has('f'), flavour)) return 1;
        // A stream has no name and (GNU) no time stamp in its header.
        writeBytes(ctx, gzipSync(readBytes(ctx, '-'), { level, mtime: 0 }));
        return 0;
      }
      const out = inflate(readBytes(ctx, '-'));
      if (!out) return fail(ctx, flavour === 'gnu' ? 'stdin: not in gzip format' : 'invalid magic');
      ctx.stdout.write(decodeUtf8(out));
      return 0;
    }
    for (const name of operands) {
      const p = abs(ctx, name);
      let data: Uint8Array;
      try {
        data = readBytes(ctx, name);
      } catch (e) {
        code = fail(ctx, `${name}: ${strerror(String(e))}`, flavour);
        continue;
      }
      const node = ctx.fs.stat(p);
      if (decompress) {
        if (!toStdout && !name.endsWith('.gz')) {
          fail(ctx, flavour === 'gnu' ? `${name}: unknown suffix -- ignored` : `${name}: unknown suffix - ignored`, flavour);
          code = flavour === 'gnu' ? 2 : 1;
          continue;
        }
        const out = inflate(data);
        if (!out) {
          code = fail(ctx, flavour === 'gnu' ? `${name}: not in gzip format` : 'invalid magic');
          continue;
        }
        if (toStdout) {
          ctx.stdout.write(decodeUtf8(out));
          continue;
        }
        if (!write(ctx, p.slice(0, -3), out, node.mode, node.mtime, flags.has('f'), flavour)) code = 1;
        else if (!keep) ctx.fs.unlink(p);
        continue;
      }
      if (name.endsWith('.gz')) {
        ctx.stderr.write(`gzip: ${name} already has .gz suffix -- unchanged\n`);
        if (flavour === 'busybox') code = 1;
        continue;
      }
      if (toStdout) {
        if (refuseTerminal(ctx, flags.has('f'), flavour)) return 1;
        writeBytes(ctx, gzipSync(data, { level, mtime: node.mtime * 1000, filename: name.replace(/^.*\//, '') }));
        continue;
      }
      const gz = gzipSync(data, { level, mtime: node.mtime * 1000, filename: name.replace(/^.*\//, '') });
      if (!write(ctx, p + '.gz', gz, node.mode, node.mtime, flags.has('f'), flavour)) code = flavour === 'gnu' ? 2 : 1;
      else if (!keep) ctx.fs.unlink(p);
    }
    return code;
  };
}

// gzip will not write compressed data to a terminal unless forced (-f).
function refuseTerminal(ctx: ProgramContext, force: boolean, flavour: Flavour): boolean {
  if (!ctx.isTty || ctx.stdoutIsPipe || force) return false;
  ctx.stderr.write(flavour === 'gnu' ? 'gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n' : 'gzip: compressed data not written to a terminal. Use -f to force compression.\n');
  return true;
}

// Writes the result file unless it exists (gzip keeps both then and says so).
function write(ctx: ProgramContext, path: string, data: Uint8Array, mode: number, mtime: number, force: boolean, flavour: Flavour): boolean {
  if (ctx.fs.exists(path) && !force) {
    const shown = path.replace(`${ctx.cwd}/`, '');
    ctx.stderr.write(flavour === 'gnu' ? `gzip: ${shown} already exists;\tnot overwritten\n` : `gzip: can't open '${shown}': File exists\n`);
    return false;
  }
  try {
    ctx.fs.writeFile(path, data, { mode });
    ctx.fs.utimes(path, mtime);
  } catch (e) {
    ctx.stderr.write(`gzip: ${path}: ${strerror(errCode(e))}\n`);
    return false;
  }
  return true;
}
