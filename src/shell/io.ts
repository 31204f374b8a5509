// Writers the interpreter plugs together for pipes and redirections.
import type { Writer } from '../kernel/process.ts';
import type { Vfs } from '../vfs/vfs.ts';
import { checkSize } from './limits.ts';

/**
 * A command's standard input, shared by reference: `read` in a `while` loop takes one line per turn
 * and a program takes what is left when it reads, as with a real pipe.
 */
export class InputStream {
  constructor(
    public rest: string,
    /** Whether this is the learner's keyboard (the prompt's own stdin), not a pipe, file or heredoc. */
    readonly terminal = false,
  ) {}

  /** Everything not read yet (a program reading its input). */
  readAll(): string {
    const text = this.rest;
    this.rest = '';
    return text;
  }

  /** The next line without its newline, and whether it ended with one; null at end of input. */
  readLine(): { line: string; terminated: boolean } | null {
    if (this.rest === '') return null;
    const nl = this.rest.indexOf('\n');
    const line = nl < 0 ? this.rest : this.rest.slice(0, nl);
    this.rest = nl < 0 ? '' : this.rest.slice(nl + 1);
    return { line, terminated: nl >= 0 };
  }
}

/** The streams a command runs with; `tty` says stdout is still the learner's terminal. */
export interface ExecIo {
  stdin: InputStream;
  stdout: Writer;
  stderr: Writer;
  signal: AbortSignal;
  tty: boolean;
}

/** A writer that collects text (pipes, `$(…)`), up to the memory cap. */
export class BufferWriter implements Writer {
  text = '';
  write(t: string): void {
    checkSize(this.text.length + t.length);
    this.text += t;
  }
}

/** A pipe between two commands of a pipeline: buffered whole, like every pipe here, but a writer can tell it is one. */
export class PipeWriter extends BufferWriter {}

/** Discards everything (`>/dev/null`). */
export const nullWriter: Writer = { write() {} };

/** Appends each write to a file, as a redirected file descriptor does. */
export class FileWriter implements Writer {
  constructor(
    private readonly fs: Vfs,
    private readonly path: string,
  ) {}
  private written = 0;
  write(t: string): void {
    if (!t) return;
    this.written += t.length;
    checkSize(this.written);
    this.fs.writeFile(this.path, t, { append: true });
  }
}
