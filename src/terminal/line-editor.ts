// The editable line under the prompt: a buffer and a cursor, edited like bash's readline (emacs keys).

/** Where a word starts at or before `pos`: skips spaces, then the word (Ctrl-W, Alt-B). */
function wordStartBefore(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && text[i - 1] === ' ') i--;
  while (i > 0 && text[i - 1] !== ' ') i--;
  return i;
}

/** Where a word ends at or after `pos` (Alt-F). */
function wordEndAfter(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && text[i] === ' ') i++;
  while (i < text.length && text[i] !== ' ') i++;
  return i;
}

/** A line being typed: every edit keeps the cursor inside the buffer. */
export class LineEditor {
  buffer = '';
  cursor = 0;

  /** Replaces the whole line and puts the cursor at its end (history recall). */
  set(text: string): void {
    this.buffer = text;
    this.cursor = text.length;
  }

  /** Typed or pasted characters go in at the cursor. */
  insert(text: string): void {
    this.buffer = this.buffer.slice(0, this.cursor) + text + this.buffer.slice(this.cursor);
    this.cursor += text.length;
  }

  /** Replaces buffer[start, end) with `text` and leaves the cursor after it (completion). */
  replace(start: number, end: number, text: string): void {
    this.buffer = this.buffer.slice(0, start) + text + this.buffer.slice(end);
    this.cursor = start + text.length;
  }

  /** Backspace: deletes the character before the cursor. Returns false when there is none. */
  backspace(): boolean {
    if (this.cursor === 0) return false;
    this.replace(this.cursor - 1, this.cursor, '');
    return true;
  }

  /** Delete (and Ctrl-D on a non-empty line): deletes the character under the cursor. */
  deleteForward(): boolean {
    if (this.cursor >= this.buffer.length) return false;
    this.buffer = this.buffer.slice(0, this.cursor) + this.buffer.slice(this.cursor + 1);
    return true;
  }

  /** ← */
  left(): boolean {
    if (this.cursor === 0) return false;
    this.cursor--;
    return true;
  }

  /** → */
  right(): boolean {
    if (this.cursor >= this.buffer.length) return false;
    this.cursor++;
    return true;
  }

  /** Home, Ctrl-A */
  home(): void {
    this.cursor = 0;
  }

  /** End, Ctrl-E */
  end(): void {
    this.cursor = this.buffer.length;
  }

  /** Alt-B, Ctrl-← */
  wordLeft(): void {
    this.cursor = wordStartBefore(this.buffer, this.cursor);
  }

  /** Alt-F, Ctrl-→ */
  wordRight(): void {
    this.cursor = wordEndAfter(this.buffer, this.cursor);
  }

  /** Ctrl-U: deletes from the start of the line to the cursor. */
  killToStart(): void {
    this.replace(0, this.cursor, '');
  }

  /** Ctrl-K: deletes from the cursor to the end of the line. */
  killToEnd(): void {
    this.buffer = this.buffer.slice(0, this.cursor);
  }

  /** Ctrl-W: deletes the word before the cursor (whitespace-delimited, like bash's unix-word-rubout). */
  deleteWordBack(): void {
    this.replace(wordStartBefore(this.buffer, this.cursor), this.cursor, '');
  }

  /** Empties the line (after Enter or Ctrl-C). */
  clear(): void {
    this.set('');
  }
}

/** Command history browsed with ↑/↓; the line being typed is kept as a draft while browsing. */
export class History {
  private index: number;
  private draft = '';

  constructor(
    readonly entries: string[] = [],
    private readonly limit = 500,
  ) {
    this.index = entries.length;
  }

  /** Puts entries saved earlier before those typed since the page loaded (history loads after the prompt). */
  prepend(older: readonly string[]): void {
    const fromEnd = this.entries.length - this.index;
    this.entries.unshift(...older);
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    this.index = Math.max(0, this.entries.length - fromEnd);
  }

  /** Records a submitted line (not blank lines, not a repeat of the previous one) and ends browsing. */
  push(line: string): void {
    if (line.trim() !== '' && this.entries[this.entries.length - 1] !== line) {
      this.entries.push(line);
      if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
    }
    this.index = this.entries.length;
    this.draft = '';
  }

  /** ↑: the previous entry, or undefined at the oldest. `current` is saved as the draft when leaving it. */
  previous(current: string): string | undefined {
    if (this.index === 0) return undefined;
    if (this.index === this.entries.length) this.draft = current;
    this.index--;
    return this.entries[this.index];
  }

  /** ↓: the next entry, the draft after the newest, or undefined when not browsing. */
  next(): string | undefined {
    if (this.index >= this.entries.length) return undefined;
    this.index++;
    return this.index === this.entries.length ? this.draft : this.entries[this.index];
  }

  /** Stops browsing without recording anything (Ctrl-C). */
  rewind(): void {
    this.index = this.entries.length;
    this.draft = '';
  }
}
