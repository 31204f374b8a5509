// The text `NAME --help` / `NAME --version` prints, from the recorded help of the real tools
// (help-texts/), with busybox's banner for the image's own busybox (its package in the apk database).
import type { ProgramContext } from '../../kernel/process.ts';
import { BUSYBOX_USAGE } from './help-texts/busybox-usage.ts';
import { GNU_HELP } from './help-texts/gnu-help.ts';
import { helpAsked } from './help-asked.ts';
import type { Flavour } from './util.ts';

/** The banner of busybox images that have no apk database (busybox:latest): its 1.37.0 build. */
export const BUSYBOX_BANNER = 'BusyBox v1.37.0 (2025-01-17 18:12:01 UTC) multi-call binary.';

/** busybox's first line: its version and build time, from the image's apk database where it has one. */
export function busyboxBanner(ctx: ProgramContext): string {
  try {
    const db = ctx.fs.readText('/lib/apk/db/installed');
    const entry = /(?:^|\n)P:busybox\n(?:[^\n]+\n)*?V:([^\n-]+)-r\d+\n(?:[^\n]+\n)*?t:(\d+)\n/.exec(db);
    if (entry) {
      const built = new Date(Number(entry[2]) * 1000).toISOString().replace('T', ' ').slice(0, 19);
      return `BusyBox v${entry[1]} (${built} UTC) multi-call binary.`;
    }
  } catch {
    // No apk database: a plain busybox image.
  }
  return BUSYBOX_BANNER;
}

/** Prints the recorded help (or version) the command line asks for; returns the status the real tool does. */
export function answerHelp(ctx: ProgramContext, flavour: Flavour, program: string): number {
  const called = ctx.argv[0];
  if (flavour === 'busybox') {
    ctx.stderr.write(`${busyboxBanner(ctx)}\n${BUSYBOX_USAGE[program] ?? ''}`);
    return 0;
  }
  const recorded = GNU_HELP[program];
  if (helpAsked(flavour, program, ctx.argv) === '--version') {
    ctx.stdout.write(recorded.version);
    return 0;
  }
  // GNU names itself as called in the usage lines (`/bin/ls --help` says "Usage: /bin/ls …").
  const usage = new RegExp(`^(Usage: |  or:  )${program.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?= |$)`, 'gm');
  ctx.stdout.write(recorded.help.replace(usage, (_m, lead: string) => lead + called));
  return recorded.status ?? 0;
}

/** busybox's bb_show_usage for a command line it refuses: the banner and the applet's usage on stderr, exit 1. */
export function showBusyboxUsage(ctx: ProgramContext): number {
  answerHelp(ctx, 'busybox', ctx.argv[0].slice(ctx.argv[0].lastIndexOf('/') + 1));
  return 1;
}
