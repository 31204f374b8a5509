// What grep searches: standard input and the files named, directories read, skipped or walked (-d, -r, -R),
// devices read or skipped (-D), each file with what binary-file detection and -T's alignment need.
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { abs, checkSignal, errCode, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { globMatch } from '../glob.ts';
import type { GrepOptions } from './grep-options.ts';

/** One input to search. */
export interface Source {
  label: string;
  text: string;
  /** A NUL byte, or an image binary (a sized stand-in or ELF magic, as the shell's lookup tells them). */
  binary: boolean;
  /** The file's size in bytes, whose digits -T aligns numbers to; undefined for standard input (a pipe). */
  size?: number;
  /** Reported when the search reaches it (-q stops at the first match before that). */
  error?: string;
  /** With `error`: the file opened and its read failed (GNU reading a directory), so it counts as a file with no match. */
  readFailed?: boolean;
}

/** The sources the operands name, in order (a directory walked in sorted order: real grep follows directory order). */
export function gatherSources(ctx: ProgramContext, flavour: Flavour, o: GrepOptions): Source[] {
  const sources: Source[] = [];
  const wanted = (base: string) => (!o.select.include.length || o.select.include.some((g) => globMatch(g, base))) && !o.select.exclude.some((g) => globMatch(g, base));
  for (const f of searched(flavour, o)) {
    if (f === '-') {
      const text = o.stdinTaken ? '' : ctx.stdin;
      sources.push({ label: o.label, text, binary: text.includes('\0') });
      continue;
    }
    const p = abs(ctx, f);
    const node = ctx.fs.exists(p) ? ctx.fs.stat(p) : undefined;
    if (node?.type === 'dir') {
      if (o.directories === 'recurse') walk(ctx, o, f, p, sources, wanted);
      // GNU opens a directory and its read fails; busybox's getline takes the failure for the end of an empty file.
      else if (o.directories === 'read') sources.push(flavour === 'gnu' ? { label: f, text: '', binary: false, error: strerror('EISDIR'), readFailed: true } : { label: f, text: '', binary: false });
      continue;
    }
    if (node?.type === 'file' && node.device && o.devices === 'skip') continue;
    if (wanted(f.replace(/^.*\//, ''))) sources.push(read(ctx, f, p));
  }
  return sources;
}

/** Whether grep -r prefixes file names when no -H or -h says: GNU when its one operand (or `.`) is a directory, busybox when any operand is. */
export function recursivePrefix(ctx: ProgramContext, flavour: Flavour, o: GrepOptions): boolean {
  const isDir = (f: string) => f !== '-' && ctx.fs.exists(abs(ctx, f)) && ctx.fs.stat(abs(ctx, f)).type === 'dir';
  return flavour === 'gnu' ? isDir(searched(flavour, o)[0]) : o.operands.some(isDir);
}

// The operands, or what grep reads without any: `.` for GNU's recursion (named without `./`), else standard input.
function searched(flavour: Flavour, o: GrepOptions): string[] {
  if (o.operands.length) return o.operands;
  return flavour === 'gnu' && o.recursed && o.directories === 'recurse' ? ['.'] : ['-'];
}

// Walks a directory operand: files (and with -R links to them), less --exclude-dir's directories and,
// unless -D read (or -R) says otherwise, devices.
function walk(ctx: ProgramContext, o: GrepOptions, f: string, p: string, sources: Source[], wanted: (base: string) => boolean): void {
  const follow = o.flags.has('R');
  const devices = o.devices === 'read' || (o.devices === 'command-line' && follow);
  const implicitDot = o.operands.length === 0;
  const skipped: string[] = [];
  for (const e of ctx.fs.walkTree(p)) {
    checkSignal(ctx);
    if (skipped.some((d) => e.path.startsWith(d + '/'))) continue;
    const base = e.path.replace(/^.*\//, '');
    if (e.node.type === 'dir' && e.path !== p && o.select.excludeDir.some((g) => globMatch(g, base))) skipped.push(e.path);
    if (e.node.type !== 'file' && !(e.node.type === 'symlink' && follow)) continue;
    if (!wanted(base)) continue;
    if (e.node.type === 'symlink' && ctx.fs.exists(e.path) && ctx.fs.stat(e.path).type === 'dir') continue;
    const target: FsNode | undefined = ctx.fs.exists(e.path) ? ctx.fs.stat(e.path) : undefined;
    if (target?.type === 'file' && target.device && !devices) continue;
    const rel = e.path.slice(p === '/' ? 1 : p.length + 1);
    sources.push(read(ctx, implicitDot ? rel : (f.endsWith('/') ? f : f + '/') + rel, e.path));
  }
}

// A file's text, or the error reading it.
function read(ctx: ProgramContext, label: string, p: string): Source {
  try {
    const bytes = ctx.fs.readFile(p);
    const node = ctx.fs.stat(p);
    const size = node.type === 'file' && node.size !== undefined ? node.size : bytes.length;
    const binary = (node.type === 'file' && node.size !== undefined) || bytes[0] === 0x7f || bytes.includes(0);
    return { label, text: decodeUtf8(bytes), binary, size };
  } catch (e) {
    return { label, text: '', binary: false, error: strerror(errCode(e)) };
  }
}
