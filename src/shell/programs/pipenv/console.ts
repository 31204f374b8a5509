// How pipenv's text reaches the terminal: most of it through rich consoles, which fold a line at the
// console's width (80 columns when the output is not a terminal, as in `docker build`) between words,
// and the rest through click.echo, which never folds.
import type { ProgramContext, Writer } from '../../../kernel/process.ts';

/** Folds `text` between words at `width` columns, as rich's Console.print does (a longer word gets a line of its own, cut at the width). */
export function fold(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // Leading spaces stay with the first word, as rich's divide_line keeps them.
    const indent = /^ */.exec(line)?.[0] ?? '';
    let current = indent;
    for (const word of line.slice(indent.length).split(' ')) {
      const next = current.trim() ? `${current} ${word}` : current + word;
      if (next.length <= width || !current.trim()) {
        current = next;
      } else {
        out.push(current);
        current = word;
      }
      while (current.length > width) {
        out.push(current.slice(0, width));
        current = current.slice(width);
      }
    }
    out.push(current);
  }
  return out.join('\n');
}

/** pipenv's two rich consoles (stdout and stderr) and click.echo, for one run. */
export interface PipenvOutput {
  /** pipenv's `console.print` (stdout, folded). */
  out(text: string): void;
  /** pipenv's `err.print` (stderr, folded). */
  err(text: string): void;
  /** `click.echo(..., err=True)`: stderr as it is. */
  echoErr(text: string): void;
  /** `click.echo(...)` and print(): stdout as it is. */
  echo(text: string): void;
}

/** The consoles for `ctx`: rich takes its width from the terminal, else from $COLUMNS, else 80. */
export function pipenvOutput(ctx: ProgramContext): PipenvOutput {
  const columns = Number(ctx.env.get('COLUMNS'));
  const width = ctx.isTty ? ctx.columns : columns > 0 ? columns : 80;
  const line = (w: Writer, folded: boolean) => (text: string) => w.write(`${folded ? fold(text, width) : text}\n`);
  return { out: line(ctx.stdout, true), err: line(ctx.stderr, true), echoErr: line(ctx.stderr, false), echo: line(ctx.stdout, false) };
}
