// type [-tpP] NAME… and `command -v/-V`: what a name would run as — a function (bash prints it back),
// a keyword, a builtin or a file on PATH — in each shell's words.
import type { ExecIo } from './io.ts';
import type { Dialect } from './messages.ts';
import type { ShellState } from './state.ts';
import { bashFunctionText } from './print-function.ts';
import { BUILTIN_PROGRAMS } from './lookup.ts';

/** Whether the shell of a dialect has a builtin of that name (builtins.ts answers; passed in to keep imports one way). */
export type HasBuiltin = (dialect: Dialect, name: string) => boolean;

const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'while', 'until', 'do', 'done', '{', '}', '!', 'in']);

type Kind = { kind: 'function' | 'keyword' | 'builtin' } | { kind: 'file'; path: string };

// What `name` runs as, searched as the shell does: functions, keywords, builtins, then PATH.
function kindOf(sh: ShellState, name: string, hasBuiltin: HasBuiltin, pathOnly = false): Kind | null {
  if (!pathOnly) {
    if (sh.functions.has(name)) return { kind: 'function' };
    if (KEYWORDS.has(name)) return { kind: 'keyword' };
    if (hasBuiltin(sh.dialect, name)) return { kind: 'builtin' };
  }
  // The shell's own lookup (shell/lookup.ts): in a container, only what the image has on PATH.
  const found = sh.locate(name);
  if (!found || found.kind === 'error') return null;
  // bash, dash and ash all have kill built in, whether or not procps put /bin/kill there.
  if (!pathOnly && found.kind === 'program' && BUILTIN_PROGRAMS.has(name)) return { kind: 'builtin' };
  return { kind: 'file', path: found.path };
}

/** `type`'s line for a name (`command -V`), or the word `command -v` prints; null when not found. */
export function describe(sh: ShellState, name: string, mode: 'type' | 'v', hasBuiltin: HasBuiltin): string | null {
  const k = kindOf(sh, name, hasBuiltin);
  if (!k) return null;
  if (k.kind === 'file') return mode === 'v' ? k.path : `${name} is ${k.path}`;
  if (mode === 'v') return name;
  if (k.kind === 'keyword') return `${name} is a shell keyword`;
  if (k.kind === 'builtin') return `${name} is a shell builtin`;
  // bash prints the function back; dash says `shell function`, busybox ash `function`.
  if (sh.dialect === 'bash') return `${name} is a function\n${bashFunctionText(name, sh.functions.get(name)!)}`;
  return `${name} is a ${sh.dialect === 'dash' ? 'shell ' : ''}function`;
}

/** The `type` builtin: bash's -t (the kind's word), -p (a file's path), -P (PATH even over a builtin). */
export function typeBuiltin(hasBuiltin: HasBuiltin): (sh: ShellState, argv: string[], io: ExecIo) => number {
  return (sh, argv, io) => {
    const names = argv.slice(1);
    let form = '';
    while (sh.dialect === 'bash' && /^-[a-zA-Z]+$/.test(names[0] ?? '')) {
      const opt = names.shift()!;
      const bad = [...opt.slice(1)].find((c) => !'tpP'.includes(c));
      if (bad) {
        io.stderr.write(`${sh.builtinPrefix('type')}-${bad}: invalid option\ntype: usage: type [-afptP] name [name ...]\n`);
        return 2;
      }
      form = opt.includes('P') ? 'P' : opt.includes('p') && form !== 'P' ? 'p' : form || 't';
    }
    if (names[0] === '--' && sh.dialect === 'bash') names.shift();
    let code = 0;
    for (const n of names) {
      const k = kindOf(sh, n, hasBuiltin, form === 'P');
      if (form === '') {
        const d = describe(sh, n, 'type', hasBuiltin);
        if (d) io.stdout.write(d + '\n');
        else if (sh.dialect === 'bash') io.stderr.write(`${sh.builtinPrefix('type')}${n}: not found\n`);
        else io.stdout.write(`${n}: not found\n`);
      } else if (k) io.stdout.write(form === 't' ? `${k.kind}\n` : k.kind === 'file' ? `${k.path}\n` : '');
      if (!k) code = sh.dialect === 'bash' ? 1 : 127;
    }
    return code;
  };
}
