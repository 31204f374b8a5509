// tar: create (c), extract (x) and list (t) archives over the vfs, GNU tar 1.34 or busybox flavour.
// -z writes gzip made of stored deflate blocks (see gzip-stored.ts) and reads the same; `-f -` passes
// the archive through stdin/stdout as byte-valued characters, so `tar cf - d | tar xf -` works.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FileNode } from '../../vfs/types.ts';
import type { TarEntry } from '../../vfs/tar/entry.ts';
import { readTar, TarFormatError } from '../../vfs/tar/read.ts';
import { writeTar } from '../../vfs/tar/write.ts';
import { globMatch } from '../glob.ts';
import { resolve } from '../../vfs/path.ts';
import { abs, errCode, idName, modeString, refusedLetter, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { writeBytes } from './bytes-input.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import { inflateSync } from 'fflate';
import { GzipError, gunzipMembers, gzipStored, isGzip } from './gzip-stored.ts';

interface TarOpts {
  mode?: 'c' | 'x' | 't';
  file?: string;
  dir?: string;
  verbose: boolean;
  gzip: boolean;
  toStdout: boolean;
  strip: number;
  excludes: string[];
  operands: string[];
}

class Usage {
  /** `letter`: the option letter refused, which the real tar may have (then it is not supported here, not invalid). */
  constructor(readonly message: string, readonly code = 2, readonly letter?: string) {}
}

const GNU_TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";
const LONG_MODES: Record<string, 'c' | 'x' | 't'> = { '--create': 'c', '--extract': 'x', '--get': 'x', '--list': 't' };

/** Makes `tar c|x|t [-zvO] [-f FILE] [-C DIR] [--exclude PAT] [--strip-components N] [FILE]…`. */
export function makeTar(flavour: Flavour): Program {
  return (ctx) => {
    let o: TarOpts;
    try {
      o = parse(ctx.argv.slice(1), flavour);
    } catch (e) {
      if (!(e instanceof Usage)) throw e;
      if (e.letter !== undefined && refusedLetter(ctx, flavour, e.letter)) return e.code;
      ctx.stderr.write(flavour === 'gnu' ? `tar: ${e.message}\n${GNU_TRY}` : `tar: ${e.message}\n`);
      return e.code;
    }
    const run = new TarRun(ctx, flavour, o);
    return run.main();
  };
}

class TarRun {
  private failed = false;
  // busybox dies at the first file it cannot create (xopen3 in data_extract_all.c): no further entries, no delayed-exit line.
  private died = false;
  constructor(
    private readonly ctx: ProgramContext,
    private readonly flavour: Flavour,
    private readonly o: TarOpts,
  ) {}

  main(): number {
    const { o, ctx } = this;
    if (o.mode === 'c' && o.operands.length === 0) {
      if (this.flavour === 'gnu') {
        ctx.stderr.write(`tar: Cowardly refusing to create an empty archive\n${GNU_TRY}`);
        return 2;
      }
      ctx.stderr.write('tar: empty archive\n');
      return 1;
    }
    const base = o.dir === undefined ? ctx.cwd : abs(ctx, o.dir);
    if (o.dir !== undefined && !this.isDir(base)) {
      if (this.flavour === 'gnu') return this.fatal(`${o.dir}: Cannot open: No such file or directory`);
      ctx.stderr.write(`tar: can't change directory to '${o.dir}': No such file or directory\n`);
      return 1;
    }
    const file = o.file ?? '-';
    if (o.mode === 'c') return this.create(base, file);
    return this.readArchive(base, file);
  }

  private isDir(p: string): boolean {
    try {
      return this.ctx.fs.stat(p).type === 'dir';
    } catch {
      return false;
    }
  }

  // GNU's unrecoverable error: the message, then "Error is not recoverable", exit 2.
  private fatal(message: string): number {
    this.ctx.stderr.write(`tar: ${message}\ntar: Error is not recoverable: exiting now\n`);
    return 2;
  }

  private finish(): number {
    if (!this.failed) return 0;
    this.ctx.stderr.write(this.flavour === 'gnu' ? 'tar: Exiting with failure status due to previous errors\n' : 'tar: error exit delayed from previous errors\n');
    return this.flavour === 'gnu' ? 2 : 1;
  }

  private create(base: string, file: string): number {
    const { ctx, o } = this;
    if (file === '-' && ctx.isTty) return this.fatal('Refusing to write archive contents to terminal (missing -f option?)');
    const archivePath = file === '-' ? undefined : abs(ctx, file);
    const entries: TarEntry[] = [];
    let warnedSlash = false;
    for (const operand of o.operands) {
      let name = operand.replace(/\/+$/, '') || '/';
      if (name.startsWith('/')) {
        if (!warnedSlash) ctx.stderr.write(this.flavour === 'gnu' ? "tar: Removing leading `/' from member names\n" : "tar: removing leading '/' from member names\n");
        warnedSlash = true;
        name = name.replace(/^\/+/, '') || '.';
      }
      const p = resolve(base, operand);
      try {
        ctx.fs.lstat(p);
      } catch (e) {
        ctx.stderr.write(this.flavour === 'gnu' ? `tar: ${operand}: Cannot stat: ${strerror(errCode(e))}\n` : `tar: ${operand}: ${strerror(errCode(e))}\n`);
        this.failed = true;
        continue;
      }
      this.walk(p, name, entries, archivePath);
    }
    let bytes = writeTar(entries);
    if (o.gzip) bytes = gzipStored(bytes);
    if (archivePath === undefined) writeBytes(ctx, bytes);
    else {
      try {
        ctx.fs.writeFile(archivePath, bytes);
      } catch (e) {
        return this.fatal(`${file}: Cannot open: ${strerror(errCode(e))}`);
      }
    }
    return this.finish();
  }

  private excluded(name: string): boolean {
    const parts = name.split('/');
    return this.o.excludes.some((pat) => parts.some((_, k) => globMatch(pat, parts.slice(k).join('/'))));
  }

  private walk(p: string, name: string, out: TarEntry[], archivePath: string | undefined): void {
    const { ctx } = this;
    if (this.excluded(name)) return;
    if (p === archivePath) {
      ctx.stderr.write(this.flavour === 'gnu' ? `tar: ${name}: file is the archive; not dumped\n` : `tar: ${name}: file is the archive; skipping\n`);
      return;
    }
    const node = ctx.fs.lstat(p);
    const meta = { path: name, mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime };
    if (this.o.verbose) ctx.stdout.write(`${name}${node.type === 'dir' ? '/' : ''}\n`);
    if (node.type === 'symlink') out.push({ ...meta, type: 'symlink', linkTarget: node.target });
    else if (node.type === 'file') out.push({ ...meta, type: 'file', data: node.data, ...(node.size !== undefined ? { declaredSize: node.size } : {}) });
    else {
      out.push({ ...meta, type: 'dir' });
      for (const child of ctx.fs.readdir(p)) this.walk(`${p === '/' ? '' : p}/${child}`, name === '.' ? `./${child}` : `${name}/${child}`, out, archivePath);
    }
  }

  private load(file: string): TarEntry[] | number {
    const { ctx, o } = this;
    let bytes: Uint8Array;
    if (file === '-') {
      const input = ctx.stdin; // reading stdin consumes it: read it once
      if (input === '') return this.fatal('Refusing to read archive contents from terminal (missing -f option?)');
      bytes = encodeUtf8(input);
    } else {
      try {
        bytes = ctx.fs.readFile(abs(ctx, file));
      } catch (e) {
        if (this.flavour === 'gnu') return this.fatal(`${file}: Cannot open: ${strerror(errCode(e))}`);
        ctx.stderr.write(`tar: can't open '${file}': ${strerror(errCode(e))}\n`);
        return 1;
      }
    }
    if (isGzip(bytes)) {
      try {
        // Any gzip: tar's own (stored blocks) or gzip's (`tar cf - d | gzip > d.tgz`), members one after another.
        bytes = gunzipMembers(bytes, inflateSync);
      } catch (e) {
        if (!(e instanceof GzipError)) throw e;
        const what = e.kind === 'crc' ? 'invalid compressed data--crc error' : e.kind === 'eof' ? 'unexpected end of file' : 'invalid compressed data--format violated';
        if (this.flavour === 'gnu') {
          ctx.stderr.write(`\ngzip: stdin: ${what}\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n`);
          return 2;
        }
        ctx.stderr.write('tar: corrupted data\n');
        return 1;
      }
    } else if (o.gzip) {
      if (this.flavour === 'gnu') {
        ctx.stderr.write('\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n');
        return 2;
      }
      ctx.stderr.write('tar: invalid magic\n');
      return 1;
    }
    try {
      if (bytes.length < 512) throw new TarFormatError();
      return readTar(bytes);
    } catch (e) {
      if (!(e instanceof TarFormatError)) throw e;
      if (this.flavour === 'gnu') {
        ctx.stderr.write('tar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n');
        return 2;
      }
      ctx.stderr.write(bytes.length < 512 ? 'tar: short read\n' : 'tar: invalid tar magic\n');
      return 1;
    }
  }

  private readArchive(base: string, file: string): number {
    const { ctx, o } = this;
    const loaded = this.load(file);
    if (typeof loaded === 'number') return loaded;
    const wanted = o.operands.map((n) => n.replace(/^\/+/, '').replace(/\/+$/, ''));
    const hits = new Set<string>();
    for (const e of loaded) {
      const match = wanted.find((w) => e.path === w || e.path.startsWith(w + '/') || globMatch(w, e.path));
      if (wanted.length > 0 && match === undefined) continue;
      if (match !== undefined) hits.add(match);
      if (this.excluded(e.path)) continue;
      const shown = e.path + (e.type === 'dir' ? '/' : '');
      if (o.mode === 't') {
        ctx.stdout.write(o.verbose ? `${this.longLine(e, shown)}\n` : `${shown}\n`);
        continue;
      }
      const parts = e.path.split('/');
      if (parts.length <= o.strip) continue;
      const rel = parts.slice(o.strip).join('/');
      if (o.verbose) ctx.stdout.write(`${shown}\n`);
      if (o.toStdout) {
        if (e.type === 'file') writeBytes(ctx, e.data ?? new Uint8Array());
        continue;
      }
      this.extract(e, resolve(base, rel), base);
      if (this.died) return 1;
    }
    for (const w of wanted) {
      if (hits.has(w)) continue;
      ctx.stderr.write(this.flavour === 'gnu' ? `tar: ${w}: Not found in archive\n` : `tar: ${w}: not found in archive\n`);
      this.failed = true;
    }
    return this.finish();
  }

  private extract(e: TarEntry, target: string, base: string): void {
    const fs = this.ctx.fs;
    // Only root extracts as the archive's owners; anyone else gets their own files, and GNU tar
    // masks their modes with the umask (--no-same-owner, --no-same-permissions for ordinary users).
    const root = !fs.identity || fs.identity.uid === 0;
    const owner = root ? { uid: e.uid, gid: e.gid } : {};
    const mode = root || this.flavour !== 'gnu' ? e.mode : e.mode & ~fs.umask;
    try {
      fs.mkdir(target.slice(0, target.lastIndexOf('/')) || '/', { recursive: true });
      if (e.type === 'dir') {
        if (!this.isDir(target)) {
          if (fs.lexists(target)) fs.unlink(target);
          fs.mkdir(target, { mode, ...owner });
        } else fs.chmod(target, mode);
        fs.utimes(target, e.mtime);
        return;
      }
      if (fs.lexists(target) && fs.lstat(target).type !== 'dir') fs.unlink(target);
      if (e.type === 'symlink') {
        fs.symlink(e.linkTarget ?? '', target, owner);
        return;
      }
      const data = e.type === 'hardlink' ? fs.readFile(resolve(base, e.linkTarget ?? '')) : (e.data ?? new Uint8Array());
      fs.writeFile(target, data, { mode, ...owner });
      const node = fs.lstat(target) as FileNode;
      node.mode = mode;
      if (e.declaredSize !== undefined) node.size = e.declaredSize;
      fs.utimes(target, e.mtime);
    } catch (err) {
      const msg = strerror(errCode(err));
      this.ctx.stderr.write(this.flavour === 'gnu' ? `tar: ${e.path}: Cannot open: ${msg}\n` : `tar: can't open '${e.path}': ${msg}\n`);
      this.failed = true;
      this.died = this.flavour === 'busybox';
    }
  }

  // `-rw-r--r-- root/root         3 2026-11-22 05:32 a.txt` (busybox adds seconds).
  private longLine(e: TarEntry, shown: string): string {
    const type = e.type === 'hardlink' ? 'file' : e.type;
    let mode = modeString(type, e.mode);
    if (e.type === 'hardlink') mode = 'h' + mode.slice(1);
    const owner = `${e.uid === 0 ? 'root' : idName(this.ctx, e.uid, '/etc/passwd')}/${e.gid === 0 ? 'root' : idName(this.ctx, e.gid, '/etc/group')}`;
    const size = String(e.type === 'file' ? (e.data?.length ?? 0) : 0);
    const d = new Date(e.mtime * 1000);
    const p2 = (n: number) => String(n).padStart(2, '0');
    const date = `${d.getUTCFullYear()}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}${this.flavour === 'busybox' ? ':' + p2(d.getUTCSeconds()) : ''}`;
    const link = e.type === 'symlink' ? ` -> ${e.linkTarget}` : e.type === 'hardlink' ? ` link to ${e.linkTarget}` : '';
    return `${mode} ${owner} ${size.padStart(Math.max(1, 18 - owner.length))} ${date} ${shown}${link}`;
  }
}

function parse(args: string[], flavour: Flavour): TarOpts {
  const o: TarOpts = { verbose: false, gzip: false, toStdout: false, strip: 0, excludes: [], operands: [] };
  const setMode = (m: 'c' | 'x' | 't') => {
    if (o.mode && o.mode !== m) throw new Usage(flavour === 'gnu' ? "You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option" : 'exactly one of \'c\', \'x\' or \'t\' must be specified', flavour === 'gnu' ? 2 : 1);
    o.mode = m;
  };
  const letter = (c: string, takeArg: () => string | undefined, old: boolean) => {
    switch (c) {
      case 'c': case 'x': case 't': setMode(c); break;
      case 'v': o.verbose = true; break;
      case 'z': o.gzip = true; break;
      case 'O': o.toStdout = true; break;
      case 'p': case 'o': case 'm': case 'h': case 'k': break;
      case 'f': case 'C': {
        const v = takeArg();
        if (v === undefined) throw new Usage(flavour === 'gnu' ? (old ? `Old option '${c}' requires an argument.` : `option requires an argument -- '${c}'`) : `option requires an argument -- '${c}'`, flavour === 'gnu' ? (old ? 2 : 64) : 1);
        if (c === 'f') o.file = v;
        else o.dir = v;
        break;
      }
      default:
        throw new Usage(flavour === 'gnu' ? `invalid option -- '${c}'` : `unrecognized option: ${c}`, flavour === 'gnu' ? 64 : 1, c);
    }
  };
  let i = 0;
  if (args.length > 0 && !args[0].startsWith('-')) {
    // Old style: `tar cvf x.tar d` — letters first, their arguments next in order.
    const letters = args[0];
    i = 1;
    for (const c of letters) letter(c, () => (i < args.length ? args[i++] : undefined), true);
  }
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      const value = () => (eq >= 0 ? a.slice(eq + 1) : args[++i]);
      if (LONG_MODES[name]) setMode(LONG_MODES[name]);
      else if (name === '--file') o.file = value();
      else if (name === '--directory') o.dir = value();
      else if (name === '--gzip' || name === '--gunzip') o.gzip = true;
      else if (name === '--verbose') o.verbose = true;
      else if (name === '--to-stdout') o.toStdout = true;
      else if (name === '--exclude') o.excludes.push(value() ?? '');
      else if (name === '--strip-components') o.strip = Number(value() ?? 0) || 0;
      else if (['--no-same-owner', '--same-owner', '--no-same-permissions', '--overwrite', '--numeric-owner', '--preserve-permissions', '--no-recursion'].includes(name)) continue;
      else throw new Usage(flavour === 'gnu' ? `unrecognized option '${a}'` : `unrecognized option '${a}'`, flavour === 'gnu' ? 64 : 1);
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let k = 1; k < a.length; k++) {
        const c = a[k];
        let used = false;
        letter(c, () => {
          used = true;
          return k + 1 < a.length ? a.slice(k + 1) : args[++i];
        }, false);
        if (used) break;
      }
      continue;
    }
    o.operands.push(a);
  }
  if (!o.mode) throw new Usage(flavour === 'gnu' ? "You must specify one of the '-Acdtrux', '--delete' or '--test-label' options" : "exactly one of 'c', 'x' or 't' must be specified", flavour === 'gnu' ? 2 : 1);
  return o;
}
