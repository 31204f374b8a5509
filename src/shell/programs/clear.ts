// clear: the terminfo clear sequence for xterm (home, erase screen, erase scrollback).
import type { Program } from '../../kernel/process.ts';

/** `clear` */
export const clear: Program = (ctx) => {
  ctx.stdout.write('\x1b[H\x1b[2J\x1b[3J');
  return 0;
};
