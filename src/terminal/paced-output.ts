// Output reaches xterm in pieces, with only a little of it waiting inside xterm at a time: xterm parses
// each write whole but yields to the page between writes, so a flood (`seq 1 100000`, `cat /dev/zero`)
// is drawn over many frames instead of holding the main thread, and Ctrl-C can throw away what is not
// drawn yet, as a tty flushes its output queue on SIGINT.

/** The part of an xterm Terminal this needs: writes that call back once parsed. */
export interface XtermOutput {
  readonly cols: number;
  readonly rows: number;
  write(data: string, parsed?: () => void): void;
}

/** The most characters one write to xterm carries (a few milliseconds of parsing). */
const PIECE_CHARS = 8192;
/** The most characters handed to xterm and not parsed yet; the rest waits here, where Ctrl-C can drop it. */
const IN_XTERM_CHARS = 65536;

/** A terminal whose writes are paced into xterm; `discardOutput` drops what xterm has not been given. */
export class PacedOutput {
  private readonly waiting: string[] = [];
  private next = 0;
  private inXterm = 0;

  constructor(private readonly term: XtermOutput) {}

  get cols(): number {
    return this.term.cols;
  }

  get rows(): number {
    return this.term.rows;
  }

  /** Queues `data` behind everything written before it. */
  write(data: string): void {
    for (let i = 0; i < data.length; i += PIECE_CHARS) this.waiting.push(data.slice(i, i + PIECE_CHARS));
    this.pump();
  }

  /** Drops the output not handed to xterm yet (Ctrl-C while a command floods the screen). */
  discardOutput(): void {
    this.waiting.length = 0;
    this.next = 0;
  }

  private pump(): void {
    while (this.inXterm < IN_XTERM_CHARS && this.next < this.waiting.length) {
      const piece = this.waiting[this.next++];
      this.inXterm += piece.length;
      this.term.write(piece, () => {
        this.inXterm -= piece.length;
        this.pump();
      });
    }
    if (this.next === this.waiting.length) this.discardOutput();
  }
}
