// MicroPython's tracebacks told as CPython 3.12 tells them: the workbook's own frames dropped, each
// frame of a file followed by its source line, repeated frames folded, and the messages that differ
// between the two (NameError, ZeroDivisionError, ModuleNotFoundError …) in CPython's words.

import { diagnose } from './syntax.ts';
import { caretLine, type CaretHint } from './carets.ts';

const OPS: Record<string, string> = { __add__: '+', __sub__: '-', __mul__: '*', __truediv__: '/', __floordiv__: '//', __mod__: '%', __pow__: '** or pow()', __lt__: '<', __gt__: '>', __le__: '<=', __ge__: '>=' };

const MESSAGES: [RegExp, (...m: string[]) => string][] = [
  [/^NameError: name '(.*)' isn't defined$/, (_, n) => `NameError: name '${n}' is not defined`],
  [/^ZeroDivisionError: divide by zero$/, () => 'ZeroDivisionError: division by zero'],
  [/^ImportError: no module named '(.*)'$/, (_, n) => `ModuleNotFoundError: No module named '${n}'`],
  [/^RuntimeError: maximum recursion depth exceeded$/, () => 'RecursionError: maximum recursion depth exceeded'],
  [/^TypeError: unsupported types for __add__: '(str|list|tuple|bytes)', '(.*)'$/, (_, a, b) => `TypeError: can only concatenate ${a} (not "${b}") to ${a}`],
  [/^TypeError: unsupported types for (__\w+__): '(.*)', '(.*)'$/, (_, op, a, b) => (OPS[op] ? `TypeError: unsupported operand type(s) for ${OPS[op]}: '${a}' and '${b}'` : `TypeError: unsupported types for ${op}: '${a}', '${b}'`)],
  [/^TypeError: can't convert '(.*)' object to str implicitly$/, (_, t) => `TypeError: can only concatenate str (not "${t}") to str`],
  [/^ValueError: invalid syntax for integer with base (\d+): (.*)$/, (_, b, v) => `ValueError: invalid literal for int() with base ${b}: ${v}`],
  [/^ValueError: could not convert string to float: (.*)$/, (_, v) => `ValueError: could not convert string to float: ${v}`],
  [/^KeyError: (.*)$/, (_, k) => `KeyError: ${k}`],
  [/^TypeError: '(.*)' object isn't subscriptable$/, (_, t) => `TypeError: '${t}' object is not subscriptable`],
  [/^TypeError: '(.*)' object isn't callable$/, (_, t) => `TypeError: '${t}' object is not callable`],
  [/^TypeError: '(.*)' object isn't iterable$/, (_, t) => `TypeError: '${t}' object is not iterable`],
  [/^IndentationError: unexpected indent$/, () => 'IndentationError: unexpected indent'],
];

/** Reads a file's source for frame lines (and `<string>`'s, `<stdin>`'s for syntax errors); undefined when there is none. */
export type SourceReader = (filename: string) => string | undefined;

const FRAME = /^ {2}File "(.*)", line (\d+)(?:, in (.*))?$/;

/** Rewrites a MicroPython traceback as CPython's. */
export function cpythonTraceback(raw: string, source: SourceReader): string {
  const lines = raw.replace(/\n$/, '').split('\n');
  const frames: { file: string; line: number; fn?: string }[] = [];
  const rest: string[] = [];
  for (const line of lines.slice(1)) {
    const m = FRAME.exec(line);
    if (m && !rest.length) frames.push({ file: m[1], line: Number(m[2]), fn: m[3] });
    else rest.push(line);
  }
  const own = frames.filter((f) => f.file !== '<workbook>');
  const out: string[] = [];
  const syntax = rest.some((l) => /^(Syntax|Indentation)Error\b/.test(l));
  if (!syntax || own.length > 1) out.push('Traceback (most recent call last):');
  const messages = rest.map(rewrite);
  const last = messages[messages.length - 1] ?? '';
  let repeated = 0;
  own.forEach((f, i) => {
    const prev = own[i - 1];
    if (prev && prev.file === f.file && prev.line === f.line && prev.fn === f.fn) {
      repeated++;
      if (repeated >= 3) return;
    } else if (repeated >= 3) {
      out.push(`  [Previous line repeated ${repeated - 2} more time${repeated - 2 === 1 ? '' : 's'}]`);
      repeated = 0;
    } else repeated = 0;
    if (syntax && i === own.length - 1) {
      out.push(...syntaxError(f.file, f.line, rest[0], source(f.file)));
      rest.shift();
      return;
    }
    out.push(`  File "${f.file}", line ${f.line}, in ${f.fn ?? '<module>'}`);
    // CPython 3.12 has no source lines for -c or stdin programs' frames.
    const raw = f.file.startsWith('<') ? undefined : source(f.file)?.split('\n')[f.line - 1];
    if (!raw?.trim()) return;
    out.push(`    ${raw.trim()}`);
    const next = own[i + 1];
    const hint: CaretHint | undefined = next ? (next.fn && /^\w+$/.test(next.fn) && next.fn !== '<module>' ? { kind: 'call', fn: next.fn } : undefined) : lastHint(last);
    const carets = hint && caretLine(raw, hint);
    if (carets) out.push(carets);
  });
  if (repeated >= 3) out.push(`  [Previous line repeated ${repeated - 2} more time${repeated - 2 === 1 ? '' : 's'}]`);
  out.push(...(syntax ? rest.map(rewrite) : messages));
  return out.join('\n') + '\n';
}

// A message line in CPython's words.
function rewrite(line: string): string {
  const rule = MESSAGES.find(([re]) => re.test(line));
  return rule ? rule[1](...(rule[0].exec(line) as RegExpExecArray)) : line;
}

// What the last frame's line failed at, told by the exception's line.
function lastHint(message: string): CaretHint | undefined {
  const name = /^NameError: name '(\w+)' is not defined$/.exec(message);
  if (name) return { kind: 'name', name: name[1] };
  if (/^(KeyError|IndexError):|^TypeError: '.*' object is not subscriptable$/.test(message)) return { kind: 'subscript' };
  if (/^ZeroDivisionError:|^TypeError: (unsupported operand type|can only concatenate)/.test(message)) return { kind: 'binop' };
  return undefined;
}

// A syntax error's frame, source line, caret and message, found again in the source (syntax.ts).
function syntaxError(file: string, line: number, raw: string, source: string | undefined): string[] {
  const message = /^\w+: (.*)$/.exec(raw)?.[1] ?? 'invalid syntax';
  if (source === undefined) return [`  File "${file}", line ${line}`, raw];
  const report = diagnose(source, line, message);
  const out = [`  File "${file}", line ${report.line}`];
  const text = source.split('\n')[report.line - 1] ?? '';
  if (report.showText && text.trim()) {
    const indent = text.length - text.trimStart().length;
    out.push(`    ${text.trim()}`);
    if (report.col !== undefined) {
      const col = Math.max(0, report.col - indent);
      const end = Math.max(col + 1, (report.end ?? text.trimEnd().length) - indent);
      out.push(`    ${' '.repeat(col)}${'^'.repeat(end - col)}`);
    }
  }
  out.push(`${report.kind}: ${report.message}`);
  return out;
}
