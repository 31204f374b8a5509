// The terminal's output for assistive technology and tests: a role="log" named "Terminal output" that
// holds each command line and what it printed, as plain text (xterm's canvas of rows is not readable).

// CSI and OSC sequences, and the carriage-return redraws of progress lines, are not text to read.
const ANSI = /\x1b\[[0-9;?]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]/g;

/** Keeps at most this many lines, so a chatty command cannot grow the page without end. */
const MAX_LINES = 400;

/** A transcript over `element` (which carries role="log" and its accessible name). */
export class Transcript {
  private partial = '';

  constructor(private readonly element: HTMLElement) {}

  /** Adds text as the terminal received it; only whole lines are shown (the last one when it ends). */
  append(text: string): void {
    const plain = (this.partial + text.replace(ANSI, '')).replace(/\r\n/g, '\n');
    const lines = plain.split('\n');
    this.partial = lines.pop() ?? '';
    for (const raw of lines) {
      // A line redrawn with \r (progress) reads as its final state.
      const line = raw.slice(raw.lastIndexOf('\r') + 1);
      const row = document.createElement('div');
      row.textContent = line;
      this.element.append(row);
    }
    while (this.element.childElementCount > MAX_LINES) this.element.firstElementChild!.remove();
  }

  /** Ends a partial line (a command finished without a final newline). */
  flush(): void {
    if (this.partial) this.append('\n');
  }

  /** Empties the log (lesson reset). */
  clear(): void {
    this.partial = '';
    this.element.replaceChildren();
  }
}
