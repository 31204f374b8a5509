// What xargs's parts share: how a run ends early (a fatal message and status 1, as both tools' die()), and
// the C-string view of the words it reads (the -s budget counts bytes; a NUL read into a word ends it).
import { encodeUtf8 } from '../../vfs/utf8.ts';

/** xargs giving up: the message (after `xargs: `) on stderr and the status, 1 as both tools' die() exits. */
export class XargsExit extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

/** A string's length in bytes, as C's strlen counts it. */
export function byteLength(s: string): number {
  return encodeUtf8(s).length;
}

/** A word as the command gets it: argv strings are C strings, so a NUL read into one ends it. */
export function cString(raw: string): string {
  const nul = raw.indexOf('\0');
  return nul < 0 ? raw : raw.slice(0, nul);
}
