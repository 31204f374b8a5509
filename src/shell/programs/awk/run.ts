// One awk run: BEGIN, then each record of the operands (files, `-`, or var=value assignments) through
// the pattern-action items, then END; exit status from `exit`.
import type { AwkProgram, Item } from './ast.ts';
import { Evaluator } from './evaluate.ts';
import { unescape } from './lexer.ts';
import { AwkRuntimeError, RecordReader, type AwkMachine } from './machine.ts';
import { attempt, andThen, type Maybe } from './maybe.ts';
import { ExitRun, NextFile, NextRecord } from './signals.ts';
import { num, StrNum, truthy } from './values.ts';

/** An operand names a file that cannot be read: awk stops with the given message. */
export class InputError extends Error {}

/** Sets awk's built-in variables, ENVIRON and ARGV. */
export function initGlobals(m: AwkMachine, argv: string[]): void {
  const g = m.globals;
  for (const [k, v] of Object.entries({ FS: ' ', OFS: ' ', ORS: '\n', RS: '\n', SUBSEP: '\x1c', CONVFMT: '%.6g', OFMT: '%.6g', FILENAME: '' })) g.set(k, v);
  for (const k of ['NR', 'FNR', 'RSTART']) g.set(k, 0);
  g.set('RLENGTH', -1);
  const env = m.array('ENVIRON');
  for (const [k, v] of m.ctx.env) env.set(k, new StrNum(v));
  const args = m.array('ARGV');
  argv.forEach((a, i) => args.set(String(i), new StrNum(a)));
  g.set('ARGC', argv.length);
}

/** Applies a `var=value` operand or -v assignment (escapes in the value are processed); false when `text` is not one. */
export function assignOperand(m: AwkMachine, text: string): boolean {
  const a = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(text);
  if (!a) return false;
  m.setVar(a[1], new StrNum(unescape(a[2])));
  return true;
}

/** The main input: the ARGV operands in order (read when reached, so BEGIN may change ARGV), or stdin. */
class MainInput {
  private index = 1;
  private reader: RecordReader | undefined;
  private sawFile = false;
  constructor(private readonly m: AwkMachine) {}

  private open(): boolean {
    const m = this.m;
    const argc = num(m.globals.get('ARGC'));
    while (this.index < argc) {
      const arg = m.toStr(m.array('ARGV').get(String(this.index++)));
      if (arg === '' || assignOperand(m, arg)) continue;
      this.sawFile = true;
      let text: string;
      try {
        text = arg === '-' || arg === '/dev/stdin' ? m.ctx.stdin : m.ctx.fs.readText(arg.startsWith('/') ? arg : `${m.ctx.cwd}/${arg}`);
      } catch {
        throw new InputError(m.flavour === 'gnu' ? `cannot open ${arg} (No such file or directory)` : `${arg}: No such file or directory`);
      }
      this.start(arg, text);
      return true;
    }
    if (this.sawFile) return false;
    this.sawFile = true;
    this.start('', m.ctx.stdin);
    return true;
  }
  private start(name: string, text: string): void {
    this.m.globals.set('FILENAME', name);
    this.m.globals.set('FNR', 0);
    this.reader = new RecordReader(text);
  }
  /** The next record, or undefined at the end of all input. */
  next(): string | undefined {
    for (;;) {
      if (!this.reader && !this.open()) return undefined;
      const rec = this.reader!.next(this.m.toStr(this.m.globals.get('RS')));
      if (rec !== undefined) return rec;
      this.reader = undefined;
    }
  }
  skipFile(): void {
    this.reader = undefined;
  }
}

function matches(ev: Evaluator, item: Item, inRange: Map<Item, boolean>): Maybe<boolean> {
  const p = item.pattern;
  if (p.k === 'always') return true;
  if (p.k === 'expr') return andThen(ev.value(p.e), truthy);
  if (p.k !== 'range') return false;
  if (inRange.get(item))
    return andThen(ev.value(p.to), (to) => {
      if (truthy(to)) inRange.set(item, false);
      return true;
    });
  return andThen(ev.value(p.from), (from) =>
    truthy(from)
      ? andThen(ev.value(p.to), (to) => {
          inRange.set(item, !truthy(to));
          return true;
        })
      : false,
  );
}

/** Runs the program; returns the exit status. Runtime errors propagate as AwkRuntimeError/InputError. */
export async function runAwk(m: AwkMachine, prog: AwkProgram): Promise<number> {
  const ev = new Evaluator(m, prog);
  const input = new MainInput(m);
  const read = (): string | undefined => input.next();
  ev.mainInput = read;
  let code = 0;
  let exiting = false;
  const actions = (kind: 'begin' | 'end') => prog.items.filter((i) => i.pattern.k === kind).flatMap((i) => i.action ?? []);
  try {
    await ev.block(actions('begin'));
  } catch (e) {
    if (!(e instanceof ExitRun)) throw e;
    code = e.code ?? 0;
    exiting = true;
  }
  const main = prog.items.filter((i) => i.pattern.k !== 'begin' && i.pattern.k !== 'end');
  const hasEnd = prog.items.some((i) => i.pattern.k === 'end');
  // An item's action when its pattern matched (no action prints the record).
  const act = (item: Item, hit: boolean): Maybe<void> => {
    if (!hit) return;
    if (item.action) return ev.block(item.action);
    m.write(m.toStr(m.getField(0)) + m.toStr(m.globals.get('ORS')));
  };
  // Runs the main items from main[i] on against the record; a promise only when a command ran.
  const items = (i: number): Maybe<void> => {
    for (; i < main.length; i++) {
      const item = main[i];
      const at = i;
      const hit = matches(ev, item, inRange);
      const done = hit instanceof Promise ? hit.then((hit) => act(item, hit)) : act(item, hit);
      if (done instanceof Promise) return done.then(() => items(at + 1));
    }
  };
  const inRange = new Map<Item, boolean>();
  const record = () => items(0);
  const signal = (e: unknown) => {
    if (e instanceof NextFile) input.skipFile();
    else if (!(e instanceof NextRecord)) throw e;
  };
  if (!exiting && (main.length || hasEnd)) {
    try {
      for (let rec = read(); rec !== undefined; rec = read()) {
        m.globals.set('NR', num(m.globals.get('NR')) + 1);
        m.globals.set('FNR', num(m.globals.get('FNR')) + 1);
        m.setRecord(rec);
        const done = attempt(record, signal);
        if (done instanceof Promise) await done; // only a record whose actions ran a command waits
      }
    } catch (e) {
      if (!(e instanceof ExitRun)) throw e;
      code = e.code ?? 0;
    }
  }
  try {
    await ev.block(actions('end'));
  } catch (e) {
    if (!(e instanceof ExitRun)) throw e;
    code = e.code ?? code;
  }
  return code;
}

export { AwkRuntimeError };
