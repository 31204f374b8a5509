// Ctrl-R: bash's incremental reverse history search, `(reverse-i-search)`query': match`.

/** One search session over the history entries (oldest first), started by Ctrl-R. */
export class ReverseSearch {
  query = '';
  /** The index of the entry shown, or -1 when nothing matched yet. */
  private index: number;
  /** Where the query sits in the entry shown (the cursor goes there, as in bash). */
  position = 0;
  failed = false;

  constructor(
    private readonly entries: readonly string[],
    /** The line as it was before Ctrl-R: shown while the query matches nothing yet, restored on Ctrl-G. */
    readonly original: string,
  ) {
    this.index = entries.length;
  }

  /** The text on the line: the match, or the original line before anything matched. */
  get line(): string {
    return this.index < this.entries.length ? this.entries[this.index] : this.original;
  }

  /** The prompt bash shows in place of PS1 while searching. */
  get prompt(): string {
    return `(${this.failed ? 'failed ' : ''}reverse-i-search)\`${this.query}': `;
  }

  /** A typed character: extends the query and searches again from the entry shown (it may still match). */
  type(text: string): void {
    this.query += text;
    this.search(this.index < this.entries.length ? this.index : this.entries.length - 1);
  }

  /** Backspace: shortens the query and searches again from the newest entry. */
  erase(): void {
    this.query = this.query.slice(0, -1);
    this.search(this.entries.length - 1);
  }

  /** Ctrl-R again: the next older match of the same query. */
  older(): void {
    this.search(this.index - 1);
  }

  /** Searches backwards from `from`; a miss keeps the previous match shown and marks the search failed. */
  private search(from: number): void {
    if (this.query === '') {
      this.failed = false;
      return;
    }
    for (let i = Math.min(from, this.entries.length - 1); i >= 0; i--) {
      const at = this.entries[i].lastIndexOf(this.query);
      if (at !== -1) {
        this.index = i;
        this.position = at;
        this.failed = false;
        return;
      }
    }
    this.failed = true;
  }
}
