// Whether a command line asks a program for its family's --help or --version (the rules are in family-help.ts).
import { BUSYBOX_HELP_NAMES, GNU_HELP_NAMES } from './help-texts/names.ts';
import type { Flavour } from './util.ts';

// ash's builtins of the same name answer for the applets in a busybox shell (`printf --help` prints "--help").
const ASH_BUILTINS = new Set(['printf', 'echo']);
// GNU programs that take --help only as their one argument.
const SOLE = new Set(['echo', 'printf', 'true', 'false']);
// GNU programs whose options end at the first operand (getopt "+…", or their own parsing).
const UP_TO_OPERAND = new Set(['env', 'xargs', 'printenv', 'seq', 'tr', 'nice', 'nohup', 'timeout', 'stdbuf', 'chroot']);

/** What a command line asks of the family's help: '--help', '--version', or nothing. */
export function helpAsked(flavour: Flavour, name: string, argv: string[]): '--help' | '--version' | undefined {
  if (flavour === 'busybox') return BUSYBOX_HELP_NAMES.has(name) && !ASH_BUILTINS.has(name) && argv.length === 2 && argv[1] === '--help' ? '--help' : undefined;
  if (!GNU_HELP_NAMES.has(name)) return undefined;
  if (SOLE.has(name)) return argv.length === 2 && (argv[1] === '--help' || argv[1] === '--version') ? argv[1] : undefined;
  for (const a of argv.slice(1)) {
    if (a === '--') return undefined;
    if (a === '--help' || a === '--version') return a;
    if (UP_TO_OPERAND.has(name) && (!a.startsWith('-') || a === '-')) return undefined;
  }
  return undefined;
}
