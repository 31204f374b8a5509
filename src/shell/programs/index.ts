// Program tables for the machines: the host (GNU coreutils under bash), Alpine (busybox applets).
import type { Program } from '../../kernel/process.ts';
import { makeStty, makeTput } from './tty-size.ts';
import { makeReadlink } from './readlink.ts';
import { makeLs } from './ls.ts';
import { makeCat } from './cat.ts';
import { makeMkdir, makeRm, makeRmdir, makeTouch } from './fileops.ts';
import { clear } from './clear.ts';
import { makeHelp } from './help.ts';
import { echo } from './echo.ts';
import { falseProgram, trueProgram } from './truefalse.ts';
import { makeBasename, makeDirname } from './pathnames.ts';
import { makeSleep } from './sleep.ts';
import { makeTee } from './tee.ts';
import { makeHostname } from './hostname.ts';
import { makeUname } from './uname.ts';
import { makeId, makeWhoami } from './id.ts';
import { makeWc } from './wc.ts';
import { makePrintenv } from './printenv.ts';
import { makeYes } from './yes.ts';
import { makePs } from './ps.ts';
import { makeNproc, makeUptime } from './uptime.ts';
import { processTableOf, type ProcessTable } from './process-table.ts';
import { ImagePrograms } from '../lookup.ts';
import { makeEnv } from './env.ts';
import { makeWhich } from './which.ts';
import { lazyProgram } from './lazy.ts';
import { imagePrograms, type ImageProgramOptions } from './image-programs.ts';
import type { Flavour } from './util.ts';
import { answeringHelp, busyboxUsageShown, withFamilyHelp } from './family-help.ts';

// A program from the lazy userland chunk (lazy-userland.ts).
const more = (make: (m: typeof import('./lazy-userland.ts')) => Program) => lazyProgram('userland', make);

/** The userland shared by both flavours; `env`, `which` and `xargs` look other programs up in the finished table. */
function userland(flavour: Flavour, m = new Map<string, Program>()): Map<string, Program> {
  const table = () => m;
  const entries: [string, Program][] = [
    ['ls', makeLs(flavour)],
    ['cat', makeCat(flavour)],
    ['mkdir', makeMkdir(flavour)],
    ['touch', makeTouch(flavour)],
    ['rm', makeRm(flavour)],
    ['rmdir', makeRmdir(flavour)],
    ['cp', more((m) => m.makeCp(flavour))],
    ['mv', more((m) => m.makeMv(flavour))],
    ['clear', clear],
    ['printf', more((m) => m.makePrintf(flavour))],
    ['echo', echo],
    ['true', trueProgram],
    ['false', falseProgram],
    ['basename', makeBasename(flavour)],
    ['dirname', makeDirname(flavour)],
    ['sleep', makeSleep(flavour)],
    ['tee', makeTee(flavour)],
    ['hostname', makeHostname(flavour)],
    ['uname', makeUname(flavour)],
    ['id', makeId(flavour)],
    ['whoami', makeWhoami(flavour)],
    ['date', more((m) => m.makeDate(flavour))],
    ['seq', more((m) => m.makeSeq(flavour))],
    ['mktemp', more((m) => m.makeMktemp(flavour))],
    ['head', more((m) => m.makeHead(flavour))],
    ['tail', more((m) => m.makeTail(flavour))],
    ['wc', makeWc(flavour)],
    ['grep', more((m) => m.makeGrep(flavour))],
    ['sed', lazyProgram('sed', (m) => m.makeSed(flavour))],
    ['awk', lazyProgram('awk', (m) => m.makeAwk(flavour, table))],
    ['base64', more((m) => m.makeBase64(flavour))],
    ['md5sum', more((m) => m.makeChecksum('md5sum', flavour))],
    ['sha1sum', more((m) => m.makeChecksum('sha1sum', flavour))],
    ['sha256sum', more((m) => m.makeChecksum('sha256sum', flavour))],
    ['sha512sum', more((m) => m.makeChecksum('sha512sum', flavour))],
    ['printenv', makePrintenv()],
    ['yes', makeYes()],
    ['du', more((m) => m.makeDu(flavour))],
    ['gzip', more((m) => m.makeGzip(flavour, 'gzip'))],
    ['gunzip', more((m) => m.makeGzip(flavour, 'gunzip'))],
    ['zcat', more((m) => m.makeGzip(flavour, 'zcat'))],
    ['find', more((m) => m.makeFind(flavour, table))],
    ['tr', more((m) => m.makeTr(flavour))],
    ['sort', more((m) => m.makeSort(flavour))],
    ['uniq', more((m) => m.makeUniq(flavour))],
    ['cut', more((m) => m.makeCut(flavour))],
    ['ln', more((m) => m.makeLn(flavour))],
    ['chmod', more((m) => m.makeChmod(flavour))],
    ['chown', more((m) => m.makeChown(flavour))],
    ['stat', more((m) => m.makeStat(flavour))],
    ['env', makeEnv(flavour, table)],
    ['which', makeWhich(flavour, table)],
    ['xargs', more((m) => m.makeXargs(flavour, table))],
    ['stty', makeStty(flavour)],
    ['readlink', makeReadlink(flavour)],
    ['od', more((m) => m.makeOd(flavour))],
    ['dd', more((m) => m.makeDd(flavour, busyboxUsageShown))],
    ['realpath', more((m) => m.makeRealpath(flavour))],
    ['timeout', more((m) => m.makeTimeout(flavour, table))],
    ['tac', more((m) => m.makeTac(flavour))],
    ['paste', more((m) => m.makePaste(flavour))],
    ['fold', more((m) => m.makeFold(flavour))],
    ['truncate', more((m) => m.makeTruncate(flavour))],
    ['nl', more((m) => m.makeNl(flavour))],
    ['diff', more((m) => m.makeDiff(flavour))],
    ['cmp', more((m) => m.makeCmp(flavour))],
  ];
  for (const [k, v] of entries) m.set(k, v);
  // ncurses' tput: Debian and Ubuntu have it in every image (ncurses-bin is essential), alpine has none.
  if (flavour === 'gnu') m.set('tput', makeTput());
  // util-linux's rev is in no Debian image (bsdextrautils); busybox has the applet.
  if (flavour === 'busybox') m.set('rev', more((u) => u.makeRev(flavour)));
  return m;
}

const lazyTar = (flavour: Flavour) => lazyProgram('tar', (m) => m.makeTar(flavour));

// A container's table: the userland, then what images install; each runs only where the image has its file (shell/lookup.ts).
function containerTable(flavour: Flavour, opts: ImageProgramOptions): Map<string, Program> {
  const m = userland(flavour, new ImagePrograms());
  m.set('tar', lazyTar(flavour));
  if (flavour === 'busybox') m.set('wget', lazyProgram('wget', (w) => w.makeWget()));
  if (flavour === 'busybox') m.set('nc', more((l) => l.makeNc()));
  if (flavour === 'busybox') m.set('busybox', more((u) => u.makeBusybox(() => m)));
  if (flavour === 'busybox') m.set('time', more((u) => u.makeTime(() => m)));
  for (const [name, program] of imagePrograms(flavour, () => m, opts)) m.set(name, program);
  return withFamilyHelp(m, flavour);
}

/** GNU coreutils programs with GNU tar, and the image binaries and package managers (Debian/Ubuntu images). */
export function coreutilsPrograms(opts: ImageProgramOptions): Map<string, Program> {
  return containerTable('gnu', opts);
}

/** busybox applets (with tar and wget) with busybox's messages, and the image binaries and apk (Alpine images). */
export function busyboxPrograms(opts: ImageProgramOptions): Map<string, Program> {
  return containerTable('busybox', opts);
}

/** ps, top and kill over a container's process table, and free, df, uptime and nproc (found where the image has their files: procps is in no Debian image). */
export function processPrograms(flavour: Flavour, table: ProcessTable): Map<string, Program> {
  const m = new Map<string, Program>();
  const at = (name: string, program: Program) => m.set(name, answeringHelp(flavour, name, program));
  at('ps', makePs(flavour, table));
  at('top', more((l) => l.makeTop(flavour, table)));
  at('free', more((l) => l.makeFree(flavour)));
  at('df', more((l) => l.makeDf(flavour)));
  at('uptime', makeUptime(flavour));
  at('nproc', makeNproc());
  // Every shell here has kill built in (shell/lookup.ts), so it is there even without procps.
  at('kill', more((l) => l.makeKill(flavour, table)));
  return m;
}

/** The learner's host machine: coreutils, GNU tar, curl and `help`; the lead adds `docker` to this table. */
export function hostPrograms(): Map<string, Program> {
  const m = userland('gnu');
  m.set('tar', lazyTar('gnu'));
  // bash's kill, over the host's process table (the jobs started with `&`).
  m.set('kill', more((l) => (ctx) => l.makeKill('gnu', processTableOf(ctx.fs))(ctx)));
  m.set('curl', lazyProgram('curl', (c) => c.makeCurl('gnu')));
  m.set('free', more((l) => l.makeFree('gnu')));
  m.set('uptime', makeUptime('gnu'));
  m.set('nproc', makeNproc());
  m.set('help', makeHelp(() => m.keys()));
  return withFamilyHelp(m, 'gnu');
}
