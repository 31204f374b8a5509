// The Dockerfile AST: one node per instruction, arguments chained through `next` (BuildKit's parser.Node).
import { goQuote, goQuoteList } from '../../model/go-quote.ts';
import { goTrimSpace } from '../go/unicode.ts';

/** A heredoc attached to RUN/COPY/ADD (`<<EOF`, `<<-EOF`, `3<<'EOF'`); content keeps its tabs and newlines. */
export interface Heredoc {
  name: string;
  fileDescriptor: number;
  /** False when any part of the delimiter was quoted: the body is then not expanded. */
  expand: boolean;
  /** `<<-`: leading tabs are stripped when the body is used (see chompHeredocContent). */
  chomp: boolean;
  content: string;
}

/** One AST node: an instruction (value = keyword as typed) or an argument in its `next` chain. */
export interface Node {
  value: string;
  next: Node | null;
  children: Node[];
  heredocs: Heredoc[];
  /** `json: true` when the arguments were written as a JSON array (exec form). */
  attributes: Record<string, boolean>;
  /** The logical line, continuations joined, before argument parsing. */
  original: string;
  /** Builder flags as written (`--from=build`), on the instruction node only. */
  flags: string[];
  startLine: number;
  endLine: number;
  /** Comment lines directly above the instruction, without `#`. */
  prevComment: string[];
}

/** A bare node with only a value. */
export function newNode(value = '', next: Node | null = null): Node {
  return {
    value,
    next,
    children: [],
    heredocs: [],
    attributes: {},
    original: '',
    flags: [],
    startLine: 0,
    endLine: 0,
    prevComment: [],
  };
}

/** The argument values of an instruction node (`node.next` chain; a sub-instruction contributes its keyword and args). */
export function nodeArgs(node: Node): string[] {
  const result: string[] = [];
  for (let arg = node.next; arg; arg = arg.next) {
    if (arg.children.length === 0) result.push(arg.value);
    else if (arg.children.length === 1) {
      result.push(arg.children[0].value, ...nodeArgs(arg.children[0]));
    }
  }
  return result;
}

/** AST.Dump(): `(cmd ["--flag"] "arg" …)` per child, exactly as BuildKit prints it. */
export function dump(node: Node): string {
  let str = node.value.toLowerCase();
  if (node.flags.length > 0) str += ' ' + goQuoteList(node.flags);
  for (const child of node.children) str += '(' + dump(child) + ')\n';
  for (let n = node.next; n; n = n.next) {
    str += ' ' + (n.children.length > 0 ? dump(n) : goQuote(n.value));
  }
  return goTrimSpace(str);
}
