// The terminal's output for assistive technology and tests: a role="log" named "Terminal output" that
// holds each command line and what it printed, as plain text (xterm's canvas of rows is not readable).

// CSI and OSC sequences, and the carriage-return redraws of progress lines, are not text to read.
const ANSI = /\x1b\[[0-9;?]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]/g;

/** Keeps at most this many lines, so a chatty command cannot grow the page without end. */
const MAX_LINES = 400;
/** A line longer than this keeps its end only (`cat /dev/zero` is one line of megabytes). */
const MAX_LINE_CHARS = 4096;
/** Text waiting for a frame keeps at most its end (a hidden tab runs no frames until it is shown). */
const MAX_PENDING_CHARS = MAX_LINES * MAX_LINE_CHARS;

/** A transcript over `element` (which carries role="log" and its accessible name). */
export class Transcript {
  private partial = '';
  private pending = '';
  private frame: number | undefined;

  constructor(private readonly element: HTMLElement) {}

  /**
   * Adds text as the terminal received it; only whole lines are shown (the last one when it ends). Text
   * is gathered and added once per animation frame, and only the lines the log keeps become elements,
   * so a flood of output costs the page one small update a frame.
   */
  append(text: string): void {
    this.pending += text;
    if (this.pending.length > MAX_PENDING_CHARS) {
      // What is dropped held the start of the partial line too.
      this.pending = this.pending.slice(-MAX_PENDING_CHARS);
      this.partial = '';
    }
    this.frame ??= requestAnimationFrame(() => this.flushPending());
  }

  /** Ends a partial line (a command finished without a final newline). */
  flush(): void {
    if (this.partial || this.pending) this.append('\n');
  }

  /** Empties the log (lesson reset). */
  clear(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.partial = this.pending = '';
    this.element.replaceChildren();
  }

  private flushPending(): void {
    this.frame = undefined;
    const plain = (this.partial + this.pending.replace(ANSI, '')).replace(/\r\n/g, '\n');
    this.pending = '';
    const lines = plain.split('\n');
    this.partial = (lines.pop() ?? '').slice(-MAX_LINE_CHARS);
    const rows = lines.slice(-MAX_LINES).map((raw) => {
      // A line redrawn with \r (progress) reads as its final state.
      const row = document.createElement('div');
      row.textContent = raw.slice(raw.lastIndexOf('\r') + 1).slice(-MAX_LINE_CHARS);
      return row;
    });
    if (rows.length === 0) return;
    const keep = MAX_LINES - rows.length;
    while (this.element.childElementCount > keep) this.element.firstElementChild!.remove();
    this.element.append(...rows);
  }
}
