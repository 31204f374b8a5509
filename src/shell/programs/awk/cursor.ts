// The token cursor awk's parser reads with: lookahead, expectations and awk's syntax error.
import { AwkSyntaxError, type Token } from './lexer.ts';

/** A position in the token list, with the helpers both parser layers share. */
export class TokenCursor {
  protected pos = 0;
  /** Inside print's unparenthesized argument list, where `>` redirects. */
  protected noGt = false;
  constructor(protected readonly toks: Token[]) {}

  protected get t(): Token {
    return this.toks[this.pos];
  }
  protected is(kind: string): boolean {
    return this.t.kind === kind;
  }
  protected next(): Token {
    return this.toks[this.pos++];
  }
  protected fail(): never {
    const t = this.t;
    throw new AwkSyntaxError(t.line, t.kind === 'EOF' ? 'end of file' : t.kind === 'NEWLINE' ? 'end of line' : t.text);
  }
  protected expect(kind: string): Token {
    if (!this.is(kind)) this.fail();
    return this.next();
  }
  protected eat(kind: string): boolean {
    if (!this.is(kind)) return false;
    this.pos++;
    return true;
  }
  protected nls(): void {
    while (this.is('NEWLINE')) this.pos++;
  }

}
