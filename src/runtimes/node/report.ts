// How Node 22 reports an uncaught exception: the throwing line of the program with a caret, the
// error and its stack (the workbook's own frames left out), its extra properties, and the version.

/** An uncaught error as the worker describes it. */
export interface Uncaught {
  name?: string;
  message?: string;
  stack?: string;
  code?: string;
  value?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

const FRAME = /^\s*at (?:(.*) \()?([^()]+?):(\d+)(?::(\d+))?\)?$/;

/** The text Node prints to stderr for `error`; `source` reads a program file (or the -e text for [eval]). */
export function nodeUncaught(error: Uncaught, version: string, source: (file: string) => string | undefined): string {
  if (error.value !== undefined) return `\nnode:internal/process/execution:0\nUncaught ${error.value}\n\nNode.js v${version}\n`;
  const frames = (error.stack ?? '').split('\n').map((l) => FRAME.exec(l)).filter((m): m is RegExpExecArray => Boolean(m) && !String(m?.[2]).startsWith('node:') && m?.[2] !== '<input>');
  const lines: string[] = [];
  const top = frames[0];
  if (top) {
    const text = source(top[2])?.split('\n')[Number(top[3]) - 1];
    lines.push(`${top[2]}:${top[3]}`);
    if (text !== undefined) {
      lines.push(text);
      // Node points at the statement that threw (the `throw` before the error's column), else at the expression.
      const indent = text.length - text.trimStart().length;
      const at = top[4] ? Number(top[4]) - 1 : indent;
      const thrown = text.slice(0, at + 1).lastIndexOf('throw');
      const col = thrown >= 0 && /^throw\b/.test(text.slice(thrown)) ? thrown : at;
      lines.push(' '.repeat(Math.max(0, col)) + '^');
    }
    lines.push('');
  }
  lines.push(`${error.name ?? 'Error'}${error.message ? `: ${error.message}` : ''}`);
  for (const f of frames) lines.push(`    at ${f[1] ? `${f[1]} (` : ''}${f[2]}:${f[3]}${f[4] ? `:${f[4]}` : ''}${f[1] ? ')' : ''}`);
  const props = (['errno', 'code', 'syscall', 'path'] as const).filter((k) => error[k] !== undefined);
  if (props.length) lines[lines.length - 1] += ` {\n${props.map((k) => `  ${k}: ${typeof error[k] === 'string' ? `'${error[k]}'` : error[k]}`).join(',\n')}\n}`;
  return `${lines.join('\n')}\n\nNode.js v${version}\n`;
}

/** Node's report for a script that does not exist. */
export function moduleNotFound(path: string, version: string): string {
  return `node:internal/modules/cjs/loader:1228\n  throw err;\n  ^\n\nError: Cannot find module '${path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1225:15)\n    at Module._load (node:internal/modules/cjs/loader:1051:27)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:174:12)\n    at node:internal/main/run_main_module:28:49 {\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}\n\nNode.js v${version}\n`;
}
