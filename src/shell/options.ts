// Shell option letters and names, as `sh -eux`, `sh -ec 'cmd'`, `set -eux`, `set -o errexit`,
// `set +e` and `set -o pipefail` take them. Letters the simulator does not act on are accepted, as
// both shells accept them, so scripts that set them run.
import type { Dialect } from './messages.ts';

/** The options the simulator acts on. */
export interface ShellOptionFlags {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
}

const BY_LETTER: Record<string, keyof ShellOptionFlags> = { e: 'errexit', u: 'nounset', x: 'xtrace' };

/** Letters each shell accepts after `set -` (and at invocation). */
const LETTERS: Record<Dialect, string> = { bash: 'abefhkmnptuvxBCEHPT', ash: 'efIimnsuvxCab', dash: 'abCefIimnpsuvxEV' };

const DASH_NAMES = ['errexit', 'noglob', 'ignoreeof', 'interactive', 'monitor', 'noexec', 'stdin', 'xtrace', 'verbose', 'vi', 'emacs', 'noclobber', 'allexport', 'notify', 'nounset', 'privileged', 'nolog', 'debug'];

/** Every `-o` name, in the order `set -o` lists them, with its letter where it has one. */
const NAMES: Record<Dialect, string[]> = {
  bash: ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify', 'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace'],
  ash: ['errexit', 'noglob', 'ignoreeof', 'monitor', 'noexec', 'xtrace', 'verbose', 'noclobber', 'allexport', 'notify', 'nounset', 'errtrace', 'vi', 'pipefail'],
  dash: DASH_NAMES,
};
// Options bash has on by default in a non-interactive shell (shown by `set -o`).
const BASH_ON = new Set(['braceexpand', 'hashall', 'interactive-comments']);

/** bash's GNU-style long options, accepted at invocation. */
export const BASH_LONG = ['debug', 'debugger', 'dump-po-strings', 'dump-strings', 'help', 'init-file', 'login', 'noediting', 'noprofile', 'norc', 'posix', 'pretty-print', 'rcfile', 'restricted', 'verbose', 'version'];

/** `$-`: the letters of the options in effect, in the order each shell lists them. */
export function optionLetters(dialect: Dialect, flags: ShellOptionFlags, mode: { interactive: boolean; command: boolean }): string {
  const on = (c: string, f: boolean) => (f ? c : '');
  if (dialect === 'bash') return on('e', flags.errexit) + 'h' + on('i', mode.interactive) + on('m', mode.interactive) + on('u', flags.nounset) + on('x', flags.xtrace) + 'B' + on('H', mode.interactive) + on('c', mode.command) + on('s', mode.interactive);
  if (dialect === 'dash') return on('i', mode.interactive) + on('u', flags.nounset) + on('x', flags.xtrace) + on('e', flags.errexit);
  return on('c', mode.command) + on('e', flags.errexit) + on('i', mode.interactive) + on('x', flags.xtrace) + on('u', flags.nounset);
}

/** One parsed option change, or why it is refused. */
export type OptionChange = { kind: 'set'; name: string; on: boolean } | { kind: 'bad-letter'; letter: string; on: boolean } | { kind: 'bad-name'; name: string; on: boolean } | { kind: 'list'; on: boolean };

/**
 * Reads option words from `args` starting at `from`: `-eux`, `+e`, `-o name`, `+o name`. Stops at the
 * first word that is not an option (or after `--`/`-`); `extra` letters (`c`, `s`, `i` at invocation) are
 * reported as `letters`. Returns the changes and where the operands start.
 */
export function readOptions(dialect: Dialect, args: string[], from: number, extra = ''): { changes: OptionChange[]; letters: string; next: number; endMarker: boolean } {
  const changes: OptionChange[] = [];
  let letters = '';
  let k = from;
  for (; k < args.length; k++) {
    const a = args[k];
    if (a === '--' || a === '-') return { changes, letters, next: k + 1, endMarker: true };
    // bash's long options at invocation (`bash --norc --noprofile -c …`) change nothing here.
    if (extra && dialect === 'bash' && BASH_LONG.includes(a.slice(2)) && a.startsWith('--')) continue;
    if (!/^[-+]./.test(a)) break;
    const on = a[0] === '-';
    for (const c of a.slice(1)) {
      if (c === 'o') {
        const name = args[k + 1];
        if (name === undefined || /^[-+]/.test(name)) {
          changes.push({ kind: 'list', on });
          continue;
        }
        k++;
        changes.push(NAMES[dialect].includes(name) ? { kind: 'set', name, on } : { kind: 'bad-name', name, on });
      } else if (extra.includes(c)) letters += c;
      else if (LETTERS[dialect].includes(c)) changes.push({ kind: 'set', name: BY_LETTER[c] ?? c, on });
      else {
        changes.push({ kind: 'bad-letter', letter: c, on });
        return { changes, letters, next: k + 1, endMarker: false };
      }
    }
  }
  return { changes, letters, next: k, endMarker: false };
}

/** Applies a `set` change to the flags the simulator keeps (others are accepted and ignored). */
export function applyOption(flags: ShellOptionFlags, name: string, on: boolean): void {
  if (name === 'errexit' || name === 'nounset' || name === 'xtrace' || name === 'pipefail') flags[name] = on;
}

/** `set -o` (a table) or `set +o` (commands that restore the settings), as each shell prints it. */
export function listOptions(dialect: Dialect, flags: ShellOptionFlags, asCommands: boolean): string {
  const isOn = (n: string) => (n in flags ? flags[n as keyof ShellOptionFlags] : dialect === 'bash' && BASH_ON.has(n));
  const head = dialect === 'dash' && !asCommands ? 'Current option settings\n' : '';
  return head + NAMES[dialect]
    .map((n) => (asCommands ? `set ${isOn(n) ? '-' : '+'}o ${n}\n` : dialect === 'bash' ? `${n.padEnd(15)}\t${isOn(n) ? 'on' : 'off'}\n` : `${n.padEnd(16)}${isOn(n) ? 'on' : 'off'}\n`))
    .join('');
}
