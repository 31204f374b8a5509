// The interactive interpreter (`python3` on a terminal): CPython's banner and `>>> ` / `... ` prompts,
// a block continues until a blank line, expression values are echoed, and one process keeps the
// names between entries. exit(), quit() or an EOF end it.
import type { InteractiveShell, ProgramContext, Writer } from '../../kernel/process.ts';
import { runProcess, type LiveProcess, type StartRequest } from '../process-host.ts';
import { evalCall } from './prelude.ts';
import { cpythonTraceback } from './traceback.ts';
import { loadFailure, runtimeStopped } from '../lazy.ts';

/** Whether the entry so far needs more lines: an open bracket or string, a trailing `:` or `\`, or an indented block. */
export function needsMore(lines: string[]): boolean {
  const text = lines.join('\n');
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (text.startsWith(quote, i)) {
        i += quote.length - 1;
        quote = '';
      }
    } else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '"' || c === "'") quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
  }
  if (quote.length === 3 || depth > 0) return true;
  const last = lines[lines.length - 1];
  if (lines.length > 1) return last.trim() !== '';
  return /:\s*(#.*)?$/.test(last) || /\\$/.test(last);
}

/** The REPL as an interactive shell over one live Python process. */
export function replShell(ctx: ProgramContext, version: string, request: (main: string) => StartRequest): InteractiveShell {
  let out: Writer = ctx.stdout;
  let err: Writer = ctx.stderr;
  const forward = (to: () => Writer): Writer => ({ write: (t) => to().write(t) });
  const pending: string[] = [];
  let live: LiveProcess | undefined;
  let finished = false;
  let started: Promise<void> | undefined;
  ctx.stdout.write(`Python ${version} (main, Feb  4 2025, 22:32:06) [GCC 12.2.0] on linux\nType "help", "copyright", "credits" or "license" for more information.\n`);
  const start = () =>
    (started ??= new Promise<void>((ready) => {
      const processCtx: ProgramContext = { ...ctx, stdout: forward(() => out), stderr: forward(() => err), signal: new AbortController().signal, stdinTty: true };
      void runProcess(processCtx, 'python', request('pass'), (p) => {
        live = p;
        ready();
      }).then((end) => {
        finished = true;
        // A runtime that could not be loaded (or crashed) says so; the REPL then ends, the shell goes on.
        if (end.kind === 'failed') err.write(end.loading ? loadFailure(ctx.argv[0], 'python', end.message) : runtimeStopped(ctx.argv[0], 'python', end.message));
        ready();
      });
    }));
  return {
    prompt: () => (pending.length ? '... ' : '>>> '),
    async feed(line, io) {
      out = io.stdout;
      err = io.stderr;
      pending.push(line);
      if (needsMore(pending)) return { kind: 'incomplete' };
      const source = pending.splice(0).join('\n');
      if (!source.trim()) return { kind: 'ran', exitCode: 0, exited: false };
      await start();
      if (!live || finished) return { kind: 'ran', exitCode: 1, exited: true };
      const stop = () => live?.end();
      io.signal.addEventListener('abort', stop, { once: true });
      const result = await live.evaluate(evalCall(source + '\n'));
      io.signal.removeEventListener('abort', stop);
      if ('kind' in result) {
        if (result.kind === 'interrupted' || io.signal.aborted) {
          io.stderr.write('KeyboardInterrupt\n');
          finished = false;
          started = undefined;
          live = undefined;
          return { kind: 'ran', exitCode: 130, exited: false };
        }
        return { kind: 'ran', exitCode: 1, exited: true };
      }
      if (result.traceback) io.stderr.write(cpythonTraceback(result.traceback, () => undefined));
      if (result.code !== null) {
        live.end();
        return { kind: 'ran', exitCode: result.code, exited: true };
      }
      return { kind: 'ran', exitCode: result.traceback ? 1 : 0, exited: false };
    },
  };
}
