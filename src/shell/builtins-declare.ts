// declare/typeset and local: bash's attributes (-a indexed array, -A associative, -x export, -p
// print, -g global), and `local` in each shell (bash takes declare's options; ash and dash do not).
import { arrayKeys, assignElements, declareArray, declareQuote, newArray } from './arrays.ts';
import type { ExecIo } from './io.ts';
import type { ShellState } from './state.ts';
import { bashFunctionText } from './print-function.ts';

/** A builtin over the shell's state (the type builtins.ts collects). */
type BuiltinFn = (sh: ShellState, argv: string[], io: ExecIo) => number | Promise<number>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `declare` / `typeset` (bash only). */
export const declare: BuiltinFn = (sh, argv, io) => declareNames(sh, argv, io, argv[0], sh.funcDepth > 0);

/** `local`: bash's declare inside a function; ash's and dash's plain `local name[=value]`. */
export const local: BuiltinFn = (sh, argv, io) => {
  if (sh.funcDepth === 0) {
    const bash = sh.dialect === 'bash';
    io.stderr.write(`${sh.builtinPrefix('local')}${bash ? 'can only be used in a function' : 'not in a function'}\n`);
    return bash ? 1 : 2;
  }
  if (sh.dialect === 'bash') return declareNames(sh, argv, io, 'local', true);
  for (const a of argv.slice(1)) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) {
      io.stderr.write(`${sh.builtinPrefix('local')}${name}: bad variable name\n`);
      return 2;
    }
    sh.makeLocal(name);
    // ash and dash: a local without a value keeps the value it had outside.
    if (eq >= 0) sh.setVar(name, a.slice(eq + 1));
  }
  return 0;
};

// `declare -f [name…]` prints functions back (all, sorted, when none is named); `-F` only their names.
function printFunctions(sh: ShellState, names: string[], io: ExecIo, namesOnly: boolean): number {
  const wanted = names.length ? names : [...sh.functions.keys()].sort();
  let code = 0;
  for (const name of wanted) {
    const body = sh.functions.get(name);
    if (!body) code = 1;
    else if (namesOnly) io.stdout.write(names.length ? `${name}\n` : `declare -f ${name}\n`);
    else io.stdout.write(`${bashFunctionText(name, body)}\n`);
  }
  return code;
}

function declareNames(sh: ShellState, argv: string[], io: ExecIo, cmd: string, localScope: boolean): number {
  const on = new Set<string>();
  const off = new Set<string>();
  let k = 1;
  for (; k < argv.length && /^[-+][a-zA-Z]+$/.test(argv[k]); k++) {
    for (const c of argv[k].slice(1)) {
      if (!'aAxrigpfFlntu'.includes(c)) {
        io.stderr.write(`${sh.builtinPrefix(cmd)}${argv[k][0]}${c}: invalid option\n${cmd}: usage: ${cmd} [-aAfFgiIlnrtux] [name[=value] ...] or ${cmd} -p [-aAfFilnrtux] [name ...]\n`);
        return 2;
      }
      (argv[k][0] === '-' ? on : off).add(c);
    }
  }
  if (argv[k] === '--') k++;
  const names = argv.slice(k);
  if (on.has('f') || on.has('F')) return printFunctions(sh, names, io, on.has('F'));
  if (on.has('p') || names.length === 0) return printDeclared(sh, names, io, cmd);
  let code = 0;
  for (const a of names) {
    const compound = sh.compoundArgs.get(a);
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(\+?=)?/.exec(a);
    const name = m?.[1] ?? a;
    if (!m || (m[0].length < a.length && !m[2])) {
      io.stderr.write(`${sh.builtinPrefix(cmd)}\`${a}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (localScope && !on.has('g')) sh.makeLocal(name);
    const existing = sh.arrays.get(name);
    if (on.has('A') && existing && !existing.assoc) {
      io.stderr.write(`${sh.builtinPrefix(cmd)}${name}: cannot convert indexed to associative array\n`);
      code = 1;
      continue;
    }
    if (on.has('a') || on.has('A') || compound) {
      let arr = existing;
      if (!arr) {
        arr = newArray(on.has('A'));
        const scalar = sh.env.get(name);
        if (scalar !== undefined && !on.has('A')) arr.items.set('0', scalar);
        sh.env.delete(name);
        sh.arrays.set(name, arr);
      }
      if (compound) assignElements(arr, compound.elements, compound.append);
      else if (m[2]) arr.items.set('0', (m[2] === '+=' ? (arr.items.get('0') ?? '') : '') + a.slice(m[0].length));
    } else if (m[2]) sh.setVar(name, (m[2] === '+=' ? (sh.getVar(name) ?? '') : '') + a.slice(m[0].length));
    else if (localScope && !sh.arrays.has(name)) sh.env.delete(name);
    if (on.has('x')) sh.exported.add(name);
    if (off.has('x')) sh.exported.delete(name);
  }
  return code;
}

// `declare -p [name…]`: each variable as a declare command that would recreate it.
function printDeclared(sh: ShellState, names: string[], io: ExecIo, cmd: string): number {
  const all = names.length === 0;
  const list = all ? [...new Set([...sh.env.keys(), ...sh.arrays.keys()])].filter((n) => NAME.test(n)).sort() : names;
  let code = 0;
  for (const name of list) {
    const arr = sh.arrays.get(name);
    const x = sh.exported.has(name) ? 'x' : '';
    if (arr) io.stdout.write(declareArray(name, arr, (arr.assoc ? 'A' : 'a') + x) + '\n');
    else if (sh.env.has(name)) io.stdout.write(`declare -${x || '-'} ${name}=${declareQuote(sh.env.get(name)!)}\n`);
    else {
      io.stderr.write(`${sh.builtinPrefix(cmd)}${name}: not found\n`);
      code = 1;
    }
  }
  return code;
}

/** `unset 'a[i]'` in bash: removes one element; false when `arg` is not a subscripted name. */
export function unsetElement(sh: ShellState, arg: string, index: (sub: string) => number): boolean {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/s.exec(arg);
  if (!m || sh.dialect !== 'bash') return false;
  const arr = sh.arrays.get(m[1]);
  if (!arr) {
    if (m[2] === '0' || m[2] === '@' || m[2] === '*') sh.unsetVar(m[1]);
    return true;
  }
  if (m[2] === '@' || m[2] === '*') sh.unsetVar(m[1]);
  else if (arr.assoc) arr.items.delete(m[2]);
  else {
    const i = index(m[2]);
    const key = i < 0 ? arrayKeys(arr).length + i : i;
    arr.items.delete(String(key));
  }
  return true;
}
