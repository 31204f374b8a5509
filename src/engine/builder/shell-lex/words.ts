// Word splitting of an expanded Dockerfile word: unquoted whitespace from `$VAR` values splits words.
import { isGoSpace } from '../go/unicode.ts';

/** Accumulates the words of one ProcessWords call, as BuildKit's wordsStruct does. */
export class WordCollector {
  private word = '';
  private readonly words: string[] = [];
  private inWord = false;

  /** A character subject to splitting: whitespace ends the current word. */
  addChar(ch: string): void {
    if (isGoSpace(ch)) {
      if (this.inWord && this.word.length !== 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else {
      this.addRawChar(ch);
    }
  }

  /** A character kept as-is (escaped or quoted). */
  addRawChar(ch: string): void {
    this.word += ch;
    this.inWord = true;
  }

  /** Text subject to splitting (the value of a `$VAR`). */
  addString(text: string): void {
    for (const ch of text) this.addChar(ch);
  }

  /** Text kept whole (a quoted section). */
  addRawString(text: string): void {
    this.word += text;
    this.inWord = true;
  }

  /** The words so far, flushing the current one. */
  getWords(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}
