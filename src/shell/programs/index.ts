// Program tables for the machines: the host (GNU coreutils under bash), Alpine (busybox applets).
import type { Program } from '../program.ts';
import { makeLs } from './ls.ts';
import { makeCat } from './cat.ts';
import { makeCp, makeMkdir, makeMv, makeRm, makeRmdir, makeTouch } from './fileops.ts';
import { clear } from './clear.ts';
import { makeHelp } from './help.ts';
import type { Flavour } from './util.ts';

function fileUtilities(flavour: Flavour): Map<string, Program> {
  return new Map<string, Program>([
    ['ls', makeLs(flavour)],
    ['cat', makeCat(flavour)],
    ['mkdir', makeMkdir(flavour)],
    ['touch', makeTouch(flavour)],
    ['rm', makeRm(flavour)],
    ['rmdir', makeRmdir(flavour)],
    ['cp', makeCp(flavour)],
    ['mv', makeMv(flavour)],
    ['clear', clear],
  ]);
}

/** GNU coreutils programs (Debian/Ubuntu images and the host). */
export function coreutilsPrograms(): Map<string, Program> {
  return fileUtilities('gnu');
}

/** busybox applets with busybox's messages (Alpine images). */
export function busyboxPrograms(): Map<string, Program> {
  return fileUtilities('busybox');
}

/** The learner's host machine: coreutils plus `help`; the lead adds `docker` to this table. */
export function hostPrograms(): Map<string, Program> {
  const m = coreutilsPrograms();
  m.set('help', makeHelp(() => m.keys()));
  return m;
}
