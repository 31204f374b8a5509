// mkdir, touch, rm and rmdir with GNU coreutils or busybox messages (cp and mv: cp-mv.ts).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsageWanted, errCode, parseFlags, quote, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { FsError } from '../../vfs/types.ts';
import { parseDateOperand } from './date.ts';
import { applyMode } from '../file-mode.ts';
import { busyboxStamp, gnuStamp } from './touch-stamp.ts';


function missing(ctx: ProgramContext, flavour: Flavour): number {
  const n = ctx.argv[0];
  ctx.stderr.write(flavour === 'gnu' ? `${n}: missing operand\nTry '${n} --help' for more information.\n` : `BusyBox: ${n}: missing operand\n`);
  return 1;
}

/** The prefixes of `d` (as typed) that do not exist yet, outermost first. */
function missingDirs(ctx: ProgramContext, d: string): string[] {
  const parts = d.split('/');
  const out: string[] = [];
  for (let k = 1; k <= parts.length; k++) {
    const prefix = parts.slice(0, k).join('/');
    if (parts[k - 1] === '' || parts[k - 1] === '.' || parts[k - 1] === '..') continue;
    if (!ctx.fs.lexists(abs(ctx, prefix))) out.push(prefix);
  }
  return out;
}

/** `mkdir [-p] [-v] DIR…` */
export function makeMkdir(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, values, bad } = parseFlags(ctx.argv.slice(1), 'pvm:', ctx, flavour, flavour === 'gnu' ? ['mode=:m', 'parents:p', 'verbose:v', 'context?:Z'] : ['mode=:m', 'parents:p', 'verbose:v']);
    if (bad) return 1;
    // -m MODE: as chmod reads it, from a=rwx; set exactly (the umask does not take from it), on the last directory only.
    const given = values.get('mode');
    const mode = given === undefined ? undefined : applyMode(given, 0o777, true, ctx.fs.umask, flavour === 'busybox');
    if (mode === null) {
      ctx.stderr.write(`mkdir: invalid mode ${flavour === 'gnu' ? quote(ctx, given!) : `'${given}'`}\n`);
      return 1;
    }
    if (!operands.length) return missing(ctx, flavour);
    let code = 0;
    for (const d of operands) {
      try {
        // -v names each directory made: with -p, the missing parents first.
        const made = flags.has('p') ? missingDirs(ctx, d) : [d];
        const existed = ctx.fs.exists(abs(ctx, d));
        ctx.fs.mkdir(abs(ctx, d), { recursive: flags.has('p') });
        if (mode !== undefined && !existed) ctx.fs.chmod(abs(ctx, d), mode);
        // busybox names each parent as it makes it, with its slash.
        if (flags.has('v')) made.forEach((m, k) => ctx.stdout.write(flavour === 'gnu' ? `mkdir: created directory ${quote(ctx, m)}\n` : `created directory: '${m}${k < made.length - 1 ? '/' : ''}'\n`));
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `mkdir: cannot create directory ${quote(ctx, d)}: ${strerror(c)}\n` : `mkdir: can't create directory '${d}': ${strerror(c)}\n`);
        code = 1;
      }
    }
    return code;
  };
}

/** Splits touch's `-d DATE`/`-r FILE`/`-t STAMP` (and --date=/--reference=) out of argv; `missing` names a letter left without its value. */
function takeTouchTimes(args: string[], flavour: Flavour): { rest: string[]; date?: string; ref?: string; stamp?: string; missing?: string } {
  const rest: string[] = [];
  const got: { date?: string; ref?: string; stamp?: string } = {};
  // GNU's --date and --reference (any abbreviation) are parseFlags'.
  const bb = flavour === 'busybox';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const long = bb ? /^--(date|reference)=(.*)$/s.exec(a) : null;
    const short = /^-([camf]*)([drt])(.*)$/s.exec(a);
    if (long) got[long[1] === 'date' ? 'date' : 'ref'] = long[2];
    else if ((bb && (a === '--date' || a === '--reference')) || (short && !a.startsWith('--'))) {
      const letter = a === '--date' ? 'd' : a === '--reference' ? 'r' : short![2];
      if (short?.[1]) rest.push('-' + short[1]);
      const v = short?.[3] || args[++i];
      if (v === undefined) return { rest, missing: letter };
      if (letter === 'r') got.ref = v;
      else {
        if (letter === 't') got.stamp = v;
        // busybox reads -d and -t alike, into one date: the last given is the one used.
        if (letter === 'd' || bb) got.date = v;
      }
    } else rest.push(a);
  }
  return { rest, ...got };
}

/** `touch [-cf] [-d DATE | -r FILE | -t STAMP] FILE…`: creates empty files or sets mtimes (now, DATE, STAMP, or FILE's). */
export function makeTouch(flavour: Flavour): Program {
  return (ctx) => {
    const times = takeTouchTimes(ctx.argv.slice(1), flavour);
    if (times.missing) {
      // busybox: musl getopt's words, then the applet's usage (Alpine's build).
      ctx.stderr.write(flavour === 'gnu' ? `touch: option requires an argument -- '${times.missing}'\nTry 'touch --help' for more information.\n` : `touch: option requires an argument: ${times.missing}\n`);
      if (flavour === 'busybox') busyboxUsageWanted.add(ctx);
      return 1;
    }
    // -f is ignored by both (BSD's); -h is refused: the vfs sets a time through a symlink only, never on it.
    const { flags, operands, values, bad } = parseFlags(times.rest, 'camfh', ctx, flavour, flavour === 'gnu' ? ['no-create:c', '+date=:d', 'no-dereference:h', '+reference=:r', 'time='] : ['no-create:c', 'no-dereference:h']);
    if (bad) return 1;
    times.date ??= values.get('date');
    times.ref ??= values.get('reference');
    // busybox wants a file, and no -r with -t, before anything (getopt32's checks: its usage).
    if (flavour === 'busybox' && (!operands.length || (times.ref !== undefined && times.stamp !== undefined))) {
      busyboxUsageWanted.add(ctx);
      return 1;
    }
    let when = ctx.fs.now();
    if (flavour === 'gnu' && times.stamp !== undefined) {
      const ms = gnuStamp(times.stamp, ctx.fs.clock());
      if (ms === undefined) {
        ctx.stderr.write(`touch: invalid date format ${quote(ctx, times.stamp)}\n`);
        return 1;
      }
      if (times.ref !== undefined || times.date !== undefined) return usageError(ctx, flavour, 'cannot specify times from more than one source');
      when = Math.floor(ms / 1000);
    }
    // GNU reads the reference, then a date relative to it; busybox's date replaces the reference's time.
    if (times.ref !== undefined) {
      try {
        // An empty name names no file (stat("") is ENOENT), not the working directory.
        if (times.ref === '') throw new FsError('ENOENT', '');
        // GNU's -h reads a symlink reference's own time too; busybox follows it.
        when = (flags.has('h') && flavour === 'gnu' ? ctx.fs.lstat(abs(ctx, times.ref)) : ctx.fs.stat(abs(ctx, times.ref))).mtime;
      } catch (e) {
        const why = strerror(errCode(e));
        ctx.stderr.write(flavour === 'gnu' ? `touch: failed to get attributes of ${quote(ctx, times.ref)}: ${why}\n` : `touch: can't stat '${times.ref}': ${why}\n`);
        return 1;
      }
    }
    if (times.date !== undefined) {
      const clock = ctx.fs.clock();
      const ms = flavour === 'gnu' ? parseDateOperand(times.date, times.ref !== undefined ? when * 1000 : clock, flavour) : (parseDateOperand(times.date, clock, flavour) ?? busyboxStamp(times.date, clock));
      if (ms === undefined) {
        ctx.stderr.write(flavour === 'gnu' ? `touch: invalid date format ${quote(ctx, times.date)}\n` : `touch: invalid date '${times.date}'\n`);
        return 1;
      }
      when = Math.floor(ms / 1000);
    }
    if (!operands.length) return usageError(ctx, flavour, 'missing file operand');
    let code = 0;
    for (const f of operands) {
      const p = abs(ctx, f);
      const own = flags.has('h');
      try {
        if (own ? !ctx.fs.lexists(p) : !ctx.fs.exists(p)) {
          if (flags.has('c')) continue;
          // GNU's -h creates nothing (lutimes on a missing name); busybox's still makes the file.
          if (own && flavour === 'gnu') {
            ctx.stderr.write(`touch: setting times of ${quote(ctx, f)}: ${strerror('ENOENT')}\n`);
            code = 1;
            continue;
          }
          ctx.fs.writeFile(p, '');
        }
        // -h: the symlink's own time, not its target's.
        ctx.fs.utimes(p, when, { follow: !own });
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `touch: cannot touch '${f}': ${strerror(c)}\n` : `touch: ${f}: ${strerror(c)}\n`);
        code = 1;
      }
    }
    return code;
  };
}

/** What `rm -rv` prints removing `node` (named `name` as given): each file, then each directory after what it held, in listing order. */
function removedLines(ctx: ProgramContext, flavour: Flavour, name: string, path: string): string {
  const n = ctx.fs.lstat(path);
  if (n.type !== 'dir') return `removed '${name}'\n`;
  let out = '';
  for (const child of ctx.fs.readdir(path)) out += removedLines(ctx, flavour, `${name.replace(/\/+$/, '')}/${child}`, `${path}/${child}`);
  // busybox names the directory without the operand's trailing slash; GNU as given.
  return out + (flavour === 'gnu' ? `removed directory '${name}'\n` : `removed directory: '${name.replace(/(.)\/+$/, '$1')}'\n`);
}

/** `rm [-rfRdv] PATH…` */
export function makeRm(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'rfRivd' : 'rfRiv', ctx, flavour, flavour === 'gnu' ? ['force:f', 'interactive?', 'one-file-system', 'no-preserve-root', '+preserve-root?', 'recursive:r', 'dir:d', 'verbose:v'] : [], 'i');
    if (bad) return 1;
    const force = flags.has('f');
    const recursive = flags.has('r') || flags.has('R');
    if (!operands.length) return force ? 0 : missing(ctx, flavour);
    let code = 0;
    for (const f of operands) {
      const p = abs(ctx, f);
      if (/(^|\/)\.\.?\/*$/.test(f)) {
        ctx.stderr.write(flavour === 'gnu' ? `rm: refusing to remove '.' or '..' directory: skipping '${f}'\n` : `rm: can't remove '.' or '..'\n`);
        code = 1;
        continue;
      }
      if (p === '/' && recursive) {
        ctx.stderr.write(flavour === 'gnu' ? `rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n` : `rm: can't remove '/'\n`);
        code = 1;
        continue;
      }
      try {
        if (!ctx.fs.lexists(p)) {
          if (force) continue;
          ctx.fs.lstat(p);
        }
        const n = ctx.fs.lstat(p);
        if (n.type === 'dir' && !recursive && flags.has('d')) {
          // GNU's -d removes an empty directory, as rmdir does.
          ctx.fs.rmdir(p);
          if (flags.has('v')) ctx.stdout.write(`removed directory '${f}'\n`);
          continue;
        }
        if (n.type === 'dir' && !recursive) {
          ctx.stderr.write(flavour === 'gnu' ? `rm: cannot remove '${f}': Is a directory\n` : `rm: '${f}' is a directory\n`);
          code = 1;
          continue;
        }
        const said = flags.has('v') ? removedLines(ctx, flavour, f, p) : '';
        ctx.fs.rm(p, { recursive, force });
        ctx.stdout.write(said);
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `rm: cannot remove '${f}': ${strerror(c)}\n` : `rm: can't remove '${f}': ${strerror(c)}\n`);
        code = 1;
      }
    }
    return code;
  };
}

/** The directories `rmdir -p DIR` removes after DIR, as given: `a/b/c` → `a/b`, `a`. */
function parentsOf(d: string): string[] {
  const out: string[] = [];
  let rest = d.replace(/\/+$/, '');
  for (let slash = rest.lastIndexOf('/'); slash > 0; slash = rest.lastIndexOf('/')) {
    rest = rest.slice(0, slash).replace(/\/+$/, '');
    if (rest === '') break;
    out.push(rest);
  }
  return out;
}

/** `rmdir [-pv] DIR…`: with -p each parent named in DIR too, stopping at the first that cannot go. */
export function makeRmdir(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'pv' : 'p', ctx, flavour, flavour === 'gnu' ? ['ignore-fail-on-non-empty', 'parents:p', 'verbose:v'] : []);
    if (bad) return 1;
    if (!operands.length) return missing(ctx, flavour);
    let code = 0;
    // GNU says "failed to remove directory" of a parent, "failed to remove" of the operand.
    const remove = (d: string, parent: boolean): boolean => {
      if (flags.has('v')) ctx.stdout.write(`rmdir: removing directory, '${d}'\n`);
      try {
        ctx.fs.rmdir(abs(ctx, d));
        return true;
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `rmdir: failed to remove ${parent ? 'directory ' : ''}'${d}': ${strerror(c)}\n` : `rmdir: '${d}': ${strerror(c)}\n`);
        code = 1;
        return false;
      }
    };
    for (const d of operands) {
      if (!remove(d, false) || !flags.has('p')) continue;
      for (const parent of parentsOf(d)) if (!remove(parent, true)) break;
    }
    return code;
  };
}
