// Writers the interpreter plugs together for pipes and redirections.
import type { Writer } from './program.ts';
import type { Vfs } from '../vfs/vfs.ts';

/** The streams a command runs with; `tty` says stdout is still the learner's terminal. */
export interface ExecIo {
  stdin: string;
  stdout: Writer;
  stderr: Writer;
  signal: AbortSignal;
  tty: boolean;
}

/** A writer that collects text (pipes, `$(…)`). */
export class BufferWriter implements Writer {
  text = '';
  write(t: string): void {
    this.text += t;
  }
}

/** Discards everything (`>/dev/null`). */
export const nullWriter: Writer = { write() {} };

/** Appends each write to a file, as a redirected file descriptor does. */
export class FileWriter implements Writer {
  constructor(
    private readonly fs: Vfs,
    private readonly path: string,
  ) {}
  write(t: string): void {
    if (t) this.fs.writeFile(this.path, t, { append: true });
  }
}
