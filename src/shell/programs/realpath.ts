// realpath FILE…: the absolute path of each FILE with every symlink, `.` and `..` resolved. GNU lets the last
// component be missing (-e none, -m any), can keep links (-s), resolve `..` first (-L) and print paths
// relative to a directory (--relative-to, --relative-base); busybox takes no options and words a few cases its own way.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, parseFlags, progName, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { joined, lexical, resolvePath, type Mode, type Resolved } from './canonical-path.ts';

/** `path` relative to the directory `from` (both canonical). */
function relative(path: string, from: string): string {
  const p = path.split('/').filter(Boolean);
  const f = from.split('/').filter(Boolean);
  let k = 0;
  while (k < p.length && k < f.length && p[k] === f[k]) k++;
  const rel = [...f.slice(k).map(() => '..'), ...p.slice(k)];
  return rel.length ? rel.join('/') : '.';
}

/** Whether `path` is `dir` or under it. */
function under(path: string, dir: string): boolean {
  return dir === '/' || path === dir || path.startsWith(dir + '/');
}

/** busybox's xmalloc_realpath_coreutils: realpath(3), else a dangling link's target (taken from the working directory), else a missing last component under an existing directory. */
function busyboxResolve(ctx: ProgramContext, path: string, depth = 0): Resolved {
  const full = resolvePath(ctx, path, 'e', false);
  if ('path' in full || full.error !== 'ENOENT' || depth > 40) return full;
  let link: string | undefined;
  try {
    const node = ctx.fs.lstat(abs(ctx, path));
    if (node.type === 'symlink') link = node.target;
  } catch {
    link = undefined;
  }
  if (link !== undefined) return busyboxResolve(ctx, joined(ctx, link), depth + 1);
  const trimmed = path.replace(/^\/+/, '/').replace(/(.)\/+$/, '$1');
  const slash = trimmed.lastIndexOf('/');
  if (slash === 0) return { path: trimmed };
  if (slash < 0) return full;
  const dir = resolvePath(ctx, trimmed.slice(0, slash), 'e', false);
  return 'path' in dir ? { path: `${dir.path === '/' ? '' : dir.path}/${trimmed.slice(slash + 1)}` } : dir;
}

/** Makes `realpath`; status 1 when any FILE cannot be resolved. */
export function makeRealpath(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    if (flavour === 'busybox') {
      // busybox's realpath has no options: every argument, `--` and `-e` too, is a FILE.
      const files = ctx.argv.slice(1);
      if (files.length === 0) return busyboxUsage(ctx, 'FILE...');
      let code = 0;
      for (const f of files) {
        const r = f === '' ? { error: 'ENOENT' } : busyboxResolve(ctx, f);
        if ('path' in r) ctx.stdout.write(r.path + '\n');
        else {
          ctx.stderr.write(`${name}: ${f}: ${strerror(r.error)}\n`);
          code = 1;
        }
      }
      return code;
    }
    const { flags, operands, values, order, bad } = parseFlags(ctx.argv.slice(1), 'emLPqsz', ctx, flavour, [
      'canonicalize-existing:e',
      'canonicalize-missing:m',
      'logical:L',
      'physical:P',
      'quiet:q',
      'strip:s',
      'no-symlinks:s',
      'zero:z',
      '+relative-to=',
      '+relative-base=',
    ]);
    if (bad) return 1;
    if (operands.length === 0) {
      ctx.stderr.write(`${name}: missing operand\nTry '${name} --help' for more information.\n`);
      return 1;
    }
    const modes = order.filter((o) => o === 'e' || o === 'm');
    const mode: Mode = modes.length ? (modes[modes.length - 1] as Mode) : 'E';
    const logical = order.filter((o) => o === 'L' || o === 'P').pop() === 'L';
    const strip = flags.has('s');
    const end = flags.has('z') ? '\0' : '\n';
    const resolve = (f: string): Resolved => {
      if (f === '') return { error: 'ENOENT' };
      if (!strip) return resolvePath(ctx, f, mode, logical);
      const path = '/' + lexical(abs(ctx, f)).join('/');
      if (mode !== 'e') return { path };
      // Without following links, -e still wants each component to exist.
      const checked = resolvePath(ctx, path, mode, false);
      return 'error' in checked ? checked : { path };
    };
    // GNU quotes a name for the shell where it needs it (quotef): an empty one as ''.
    const fail = (f: string, error: string) => {
      if (!flags.has('q')) ctx.stderr.write(`${name}: ${f === '' ? "''" : f}: ${strerror(error)}\n`);
    };
    let to: string | undefined;
    let base: string | undefined;
    for (const [key, given] of [['relative-to', values.get('relative-to')], ['relative-base', values.get('relative-base')]] as const) {
      if (given === undefined) continue;
      const r = resolve(given);
      if ('error' in r) {
        fail(given, r.error);
        return 1;
      }
      if (key === 'relative-to') to = r.path;
      else base = r.path;
    }
    if (base !== undefined && to === undefined) to = base;
    // A --relative-to outside --relative-base makes every name absolute.
    if (base !== undefined && to !== undefined && !under(to, base)) to = undefined;
    let code = 0;
    for (const f of operands) {
      const r = resolve(f);
      if ('error' in r) {
        fail(f, r.error);
        code = 1;
        continue;
      }
      const shown = to !== undefined && (base === undefined || under(r.path, base)) ? relative(r.path, to) : r.path;
      ctx.stdout.write(shown + end);
    }
    return code;
  };
}
