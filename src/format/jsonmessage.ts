// Renders a daemon's jsonmessage stream (pull, push, load …) as docker/cli does: on a terminal each
// layer keeps its own line, redrawn in place with cursor moves; elsewhere progress bars are dropped.
import type { JsonMessage } from '../engine/index.ts';
import type { Writer } from '../kernel/process.ts';
import { renderProgress } from './progress-bar.ts';

const ESC = '\x1b';

/** Raised when the stream carries an error: the CLI prints its message and exits 1. */
export class JsonMessageError extends Error {}

/** Displays messages one at a time (DisplayJSONMessagesStream), keeping the per-ID line bookkeeping. */
export class JsonMessageDisplay {
  private ids = new Map<string, number>();

  constructor(
    private readonly out: Writer,
    private readonly isTerminal: boolean,
    private readonly columns: number,
    private readonly nowMs: () => number = () => 0,
  ) {}

  /** Shows one message; throws JsonMessageError for an error message. */
  show(message: JsonMessage): void {
    if (message.error || message.errorDetail) throw new JsonMessageError(message.errorDetail?.message ?? message.error ?? '');
    if (message.aux !== undefined) return; // for the caller's callback (push's digest, build's image ID), never shown
    const hasProgress = message.progressDetail !== undefined;
    let diff = 0;
    if (message.id && hasProgress) {
      let line = this.ids.get(message.id);
      if (line === undefined) {
        line = this.ids.size;
        this.ids.set(message.id, line);
        if (this.isTerminal) this.out.write('\n');
      }
      diff = this.ids.size - line;
      if (this.isTerminal) this.out.write(`${ESC}[${diff}A`);
    } else {
      // Output that is not per-layer progress starts a new block (pull -a moves on to the next tag).
      this.ids.clear();
    }
    this.display(message, hasProgress);
    if (message.id && this.isTerminal && diff > 0) this.out.write(`${ESC}[${diff}B`);
  }

  private display(message: JsonMessage, hasProgress: boolean): void {
    const progress = hasProgress ? renderProgress(message.progressDetail ?? {}, { width: this.isTerminal ? this.columns : 0, nowMs: this.nowMs() }) : '';
    let endl = '';
    if (this.isTerminal && hasProgress) {
      endl = '\r';
      this.out.write(`${ESC}[2K\r`);
    } else if (hasProgress && progress !== '') {
      return; // no progress bars when not on a terminal
    }
    let text = message.id ? `${message.id}: ` : '';
    if (hasProgress && this.isTerminal) text = fitRow(`${text}${message.status ?? ''} ${progress}`, this.columns) + endl;
    else text += `${message.status ?? ''}${endl}\n`;
    this.out.write(text);
  }
}

/** A redrawn line must stay on one row: a wrapped one would throw the cursor moves off and repeat
 *  lines down the screen (narrow terminals, phones). Cut it to one column less than the width. */
function fitRow(text: string, columns: number): string {
  const chars = Array.from(text);
  return columns > 1 && chars.length >= columns ? chars.slice(0, columns - 1).join('') : text;
}
