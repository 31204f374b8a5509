// md5sum, sha1sum, sha256sum, sha512sum [-c] [FILE]…: prints or checks digests (GNU or busybox wording).
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { readBytes } from './bytes-input.ts';
import { progName, refusedLetter, splitLines, usageError, type Flavour } from './util.ts';

const HASHES = { md5sum: md5, sha1sum: sha1, sha256sum: sha256, sha512sum: sha512 } as const;

/** The digest programs' names. */
export type ChecksumName = keyof typeof HASHES;

function cantOpen(ctx: ProgramContext, flavour: Flavour, file: string, code: unknown): void {
  const name = progName(ctx, flavour);
  ctx.stderr.write(flavour === 'gnu' ? `${name}: ${file}: ${strerror(String(code))}\n` : `${name}: can't open '${file}': ${strerror(String(code))}\n`);
}

function check(ctx: ProgramContext, flavour: Flavour, program: ChecksumName, lists: string[]): number {
  const name = progName(ctx, flavour);
  let failed = 0;
  let missing = 0;
  let total = 0;
  for (const list of lists.length ? lists : ['-']) {
    let text: string;
    try {
      text = decodeUtf8(readBytes(ctx, list));
    } catch (code) {
      cantOpen(ctx, flavour, list, code);
      return 1;
    }
    for (const line of splitLines(text)) {
      const m = /^([0-9a-fA-F]+) [ *](.+)$/.exec(line);
      if (!m) continue;
      let ok: boolean;
      try {
        ok = bytesToHex(HASHES[program](readBytes(ctx, m[2]))) === m[1].toLowerCase();
      } catch (code) {
        cantOpen(ctx, flavour, m[2], code);
        ctx.stdout.write(`${m[2]}: FAILED open or read\n`);
        missing++;
        continue;
      }
      total++;
      ctx.stdout.write(`${m[2]}: ${ok ? 'OK' : 'FAILED'}\n`);
      if (!ok) failed++;
    }
  }
  if (flavour === 'gnu') {
    if (missing) ctx.stderr.write(`${name}: WARNING: ${missing} listed file${missing > 1 ? 's' : ''} could not be read\n`);
    if (failed) ctx.stderr.write(`${name}: WARNING: ${failed} computed checksum${failed > 1 ? 's' : ''} did NOT match\n`);
  } else if (failed) ctx.stderr.write(`${name}: WARNING: ${failed} of ${total} computed checksums did NOT match\n`);
  return failed || missing ? 1 : 0;
}

/** Makes a digest program (`md5sum`, `sha256sum` …) for a flavour. */
export function makeChecksum(program: ChecksumName, flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const checking = args.includes('-c') || args.includes('--check');
    const bad = args.find((a) => a.startsWith('-') && a !== '-' && !['-c', '--check', '-b', '-t', '--binary', '--text'].includes(a));
    if (bad && !bad.startsWith('--') && refusedLetter(ctx, flavour, bad[1])) return 1;
    if (bad) return usageError(ctx, flavour, bad.startsWith('--') ? `unrecognized option '${bad}'` : `invalid option -- '${bad[1]}'`);
    const files = args.filter((a) => !a.startsWith('-') || a === '-');
    if (checking) return check(ctx, flavour, program, files);
    let code = 0;
    for (const f of files.length ? files : ['-']) {
      try {
        ctx.stdout.write(`${bytesToHex(HASHES[program](readBytes(ctx, f)))}  ${f}\n`);
      } catch (e) {
        cantOpen(ctx, flavour, f, e);
        code = 1;
      }
    }
    return code;
  };
}
