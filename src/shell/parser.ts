// Recursive-descent parser for POSIX sh: lists, and-or chains, pipelines, compound commands,
// functions and redirections. Running out of input mid-construct throws Incomplete.
import type { Node, Redir, Assign } from './ast.ts';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import { Lexer, type Token, type UnterminatedHeredoc } from './lexer.ts';
import type { Dialect } from './messages.ts';
import { parseCond } from './parse-cond.ts';
import { arrayLiteral, assignmentWord, DECLARING } from './parse-assign.ts';

const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac', 'while', 'until', 'for', '{', '}', '!', 'in']);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const REDIR_OP = /^(<<<|<<-|<<|>>|>&|<&|>\||<>|<|>)$/;

/** Parses a whole source text into a list; `lenientEof` lets an unterminated heredoc end at EOF. */
export function parse(src: string, lenientEof = false, dialect: Dialect = 'bash'): Node {
  return parseScript(src, lenientEof, dialect).tree;
}

/** Parses a script in a dialect, and names the heredocs its end closed (bash warns about each). */
export function parseScript(src: string, lenientEof: boolean, dialect: Dialect): { tree: Node; unterminated: UnterminatedHeredoc[] } {
  const lx = new Lexer(src, lenientEof, dialect === 'bash', dialect !== 'dash');
  try {
    return { tree: new Parser(lx, dialect).program(), unterminated: lx.unterminated };
  } catch (e) {
    if (e instanceof ShellSyntaxError) e.line ??= lx.tokenLine;
    throw e;
  }
}

class Parser {
  constructor(
    private readonly lx: Lexer,
    private readonly dialect: Dialect,
  ) {}

  program(): Node {
    this.linebreak();
    const items: Node[] = [];
    const background: number[] = [];
    while (this.lx.peek().kind !== 'eof') {
      const list = this.listItems(new Set());
      for (const k of list.background ?? []) background.push(items.length + k);
      items.push(...list.items);
      const t = this.lx.peek();
      if (t.kind !== 'eof') throw new ShellSyntaxError(tokenText(t));
    }
    return { type: 'list', items, ...(background.length ? { background } : {}) };
  }

  private linebreak(): void {
    while (this.lx.peek().kind === 'newline') this.lx.next();
  }

  private isWord(t: Token, w: string): boolean {
    return t.kind === 'word' && t.text === w;
  }

  private atListEnd(stops: Set<string>): boolean {
    const t = this.lx.peek();
    if (t.kind === 'eof') return true;
    if (t.kind === 'op' && (t.text === ')' || t.text === ';;')) return true;
    return t.kind === 'word' && stops.has(t.text);
  }

  /** and_or ((; | & | newline) and_or)* up to a stop word. */
  private listItems(stops: Set<string>): { type: 'list'; items: Node[]; background?: number[] } {
    const items: Node[] = [];
    const background: number[] = [];
    this.linebreak();
    while (!this.atListEnd(stops)) {
      items.push(this.andOr());
      const t = this.lx.peek();
      if (t.kind === 'op' && (t.text === ';' || t.text === '&')) {
        if (t.text === '&') background.push(items.length - 1);
        this.lx.next();
        this.linebreak();
      } else if (t.kind === 'newline') this.linebreak();
      else break;
    }
    return { type: 'list', items, ...(background.length ? { background } : {}) };
  }

  /** A compound list that must be non-empty and end on one of `stops`. */
  private compound(stops: Set<string>, expecting: string): Node {
    const l = this.listItems(stops);
    const t = this.lx.peek();
    if (t.kind === 'eof') throw new Incomplete(expecting);
    if (l.items.length === 0) throw new ShellSyntaxError(tokenText(t));
    return l;
  }

  private expectWord(w: string): void {
    const t = this.lx.next();
    if (t.kind === 'eof') throw new Incomplete(w);
    if (!this.isWord(t, w)) throw new ShellSyntaxError(tokenText(t), w);
  }

  private andOr(): Node {
    const first = this.pipeline();
    const rest: { op: '&&' | '||'; cmd: Node }[] = [];
    for (;;) {
      const t = this.lx.peek();
      if (t.kind !== 'op' || (t.text !== '&&' && t.text !== '||')) break;
      this.lx.next();
      this.linebreak();
      if (this.lx.peek().kind === 'eof') throw new Incomplete(t.text);
      rest.push({ op: t.text, cmd: this.pipeline() });
    }
    return rest.length ? { type: 'andor', first, rest } : first;
  }

  private pipeline(): Node {
    // bash's reserved word `time [-p]` times the whole pipeline after it (ash and dash have no such word).
    let timed: 'bash' | 'posix' | undefined;
    if (this.dialect === 'bash' && this.isWord(this.lx.peek(), 'time')) {
      this.lx.next();
      timed = 'bash';
      if (this.isWord(this.lx.peek(), '-p')) {
        this.lx.next();
        timed = 'posix';
      }
      const t = this.lx.peek();
      if (t.kind === 'eof' || t.kind === 'newline' || (t.kind === 'op' && [';', '&', '&&', '||', ')'].includes(t.text))) return { type: 'pipeline', cmds: [], negate: false, timed };
    }
    let negate = false;
    if (this.isWord(this.lx.peek(), '!')) {
      this.lx.next();
      negate = true;
    }
    const cmds = [this.command()];
    while (this.lx.peek().kind === 'op' && (this.lx.peek() as { text: string }).text === '|') {
      this.lx.next();
      this.linebreak();
      if (this.lx.peek().kind === 'eof') throw new Incomplete('|');
      cmds.push(this.command());
    }
    return cmds.length > 1 || negate || timed ? { type: 'pipeline', cmds, negate, timed } : cmds[0];
  }

  private command(): Node {
    const t = this.lx.peek();
    if (t.kind === 'eof') throw new Incomplete('command');
    if (t.kind === 'op' && t.text === '(') {
      this.lx.next();
      const body = this.compound(new Set(), ')');
      const close = this.lx.next();
      if (!(close.kind === 'op' && close.text === ')')) throw new ShellSyntaxError(tokenText(close));
      return { type: 'subshell', body, redirs: this.redirs() };
    }
    if (t.kind === 'word' && t.text === 'function' && this.dialect !== 'dash') return this.functionKeyword();
    if (t.kind === 'word' && t.text === '[[' && this.dialect === 'bash') {
      this.lx.next();
      return { type: 'cond', expr: parseCond(this.lx), redirs: this.redirs(), line: t.line };
    }
    if (t.kind === 'word' && RESERVED.has(t.text)) {
      switch (t.text) {
        case '{': {
          this.lx.next();
          const body = this.compound(new Set(['}']), '}');
          this.expectWord('}');
          return { type: 'group', body, redirs: this.redirs() };
        }
        case 'if':
          return this.ifClause();
        case 'while':
        case 'until': {
          this.lx.next();
          const cond = this.compound(new Set(['do']), 'do');
          this.expectWord('do');
          const body = this.compound(new Set(['done']), 'done');
          this.expectWord('done');
          return { type: 'loop', until: t.text === 'until', cond, body, redirs: this.redirs() };
        }
        case 'for':
          return this.forClause();
        case 'case':
          return this.caseClause();
        default:
          throw new ShellSyntaxError(t.text);
      }
    }
    return this.simple();
  }

  // `function NAME [()] BODY` (bash and busybox ash; dash reads `function` as a command name).
  private functionKeyword(): Node {
    this.lx.next();
    const name = this.lx.next();
    if (name.kind === 'eof') throw new Incomplete('function');
    if (name.kind !== 'word') throw new ShellSyntaxError(tokenText(name));
    const p = this.lx.peek();
    if (p.kind === 'op' && p.text === '(') {
      this.lx.next();
      const close = this.lx.next();
      if (!(close.kind === 'op' && close.text === ')')) throw new ShellSyntaxError(tokenText(close));
    }
    this.linebreak();
    if (this.lx.peek().kind === 'eof') throw new Incomplete('function body');
    const body = this.command();
    if (body.type === 'simple') throw new ShellSyntaxError(body.words[0] ?? 'newline');
    return { type: 'func', name: name.text, body };
  }

  private ifClause(): Node {
    this.lx.next();
    const clauses: { cond: Node; body: Node }[] = [];
    let otherwise: Node | undefined;
    for (;;) {
      const cond = this.compound(new Set(['then']), 'then');
      this.expectWord('then');
      const body = this.compound(new Set(['elif', 'else', 'fi']), 'fi');
      clauses.push({ cond, body });
      const t = this.lx.next();
      if (this.isWord(t, 'elif')) continue;
      if (this.isWord(t, 'else')) {
        otherwise = this.compound(new Set(['fi']), 'fi');
        this.expectWord('fi');
      } else if (!this.isWord(t, 'fi')) throw new ShellSyntaxError(tokenText(t));
      break;
    }
    return { type: 'if', clauses, otherwise, redirs: this.redirs() };
  }

  private forClause(): Node {
    this.lx.next();
    const nameTok = this.lx.next();
    if (nameTok.kind === 'eof') throw new Incomplete('for');
    if (nameTok.kind !== 'word' || !NAME.test(nameTok.text)) throw new ShellSyntaxError(tokenText(nameTok));
    let items: string[] | null = null;
    this.linebreak();
    let t = this.lx.peek();
    if (this.isWord(t, 'in')) {
      this.lx.next();
      items = [];
      for (;;) {
        t = this.lx.peek();
        if (t.kind !== 'word') break;
        items.push(t.text);
        this.lx.next();
      }
      t = this.lx.next();
      if (t.kind === 'eof') throw new Incomplete('do');
      // A redirection in the word list: ash and dash name it as one (`unexpected redirection`).
      const redirection = t.kind === 'io' || (t.kind === 'op' && REDIR_OP.test(t.text));
      if (!(t.kind === 'newline' || (t.kind === 'op' && t.text === ';'))) throw new ShellSyntaxError(tokenText(t), undefined, undefined, redirection);
    } else if (t.kind === 'op' && t.text === ';') this.lx.next();
    this.linebreak();
    this.expectWord('do');
    const body = this.compound(new Set(['done']), 'done');
    this.expectWord('done');
    return { type: 'for', name: nameTok.text, items, body, redirs: this.redirs() };
  }

  private caseClause(): Node {
    this.lx.next();
    const w = this.lx.next();
    if (w.kind === 'eof') throw new Incomplete('case');
    if (w.kind !== 'word') throw new ShellSyntaxError(tokenText(w));
    this.linebreak();
    this.expectWord('in');
    const items: { patterns: string[]; body: Node | null }[] = [];
    for (;;) {
      this.linebreak();
      let t = this.lx.next();
      if (t.kind === 'eof') throw new Incomplete('esac');
      if (this.isWord(t, 'esac')) break;
      if (t.kind === 'op' && t.text === '(') t = this.lx.next();
      const patterns: string[] = [];
      for (;;) {
        if (t.kind === 'eof') throw new Incomplete('esac');
        if (t.kind !== 'word') throw new ShellSyntaxError(tokenText(t));
        patterns.push(t.text);
        t = this.lx.next();
        if (t.kind === 'op' && t.text === '|') {
          t = this.lx.next();
          continue;
        }
        if (t.kind === 'op' && t.text === ')') break;
        if (t.kind === 'eof') throw new Incomplete('esac');
        throw new ShellSyntaxError(tokenText(t));
      }
      const l = this.listItems(new Set(['esac']));
      items.push({ patterns, body: l.items.length ? l : null });
      const e = this.lx.peek();
      if (e.kind === 'eof') throw new Incomplete('esac');
      if (e.kind === 'op' && e.text === ';;') {
        this.lx.next();
        continue;
      }
      if (this.isWord(e, 'esac')) {
        this.lx.next();
        break;
      }
      throw new ShellSyntaxError(tokenText(e));
    }
    return { type: 'case', word: w.text, items, redirs: this.redirs() };
  }

  private tryRedir(): Redir | null {
    const t = this.lx.peek();
    let fd: number | undefined;
    if (t.kind === 'io') {
      this.lx.next();
      fd = t.fd;
    } else if (!(t.kind === 'op' && REDIR_OP.test(t.text))) return null;
    const opTok = this.lx.next() as { kind: 'op'; text: Redir['op']; line: number };
    const op = opTok.text;
    const target = this.lx.next();
    if (target.kind === 'eof') throw new ShellSyntaxError('newline');
    if (target.kind === 'op' && REDIR_OP.test(target.text)) throw new ShellSyntaxError(target.text, undefined, undefined, true);
    if (target.kind !== 'word') throw new ShellSyntaxError(tokenText(target));
    const r: Redir = { fd: fd ?? (op.startsWith('<') ? 0 : 1), op, target: target.text };
    if (op === '<<' || op === '<<-') {
      r.heredoc = { body: '', expand: !/['"\\]/.test(target.text) };
      this.lx.addHeredoc(r, opTok.line);
    }
    return r;
  }

  private redirs(): Redir[] {
    const out: Redir[] = [];
    for (let r = this.tryRedir(); r; r = this.tryRedir()) out.push(r);
    return out;
  }

  private simple(): Node {
    const assigns: Assign[] = [];
    const words: string[] = [];
    const redirs: Redir[] = [];
    const arrayArgs = new Map<number, Assign>();
    const line = this.lx.peek().line;
    const bash = this.dialect === 'bash';
    for (;;) {
      const r = this.tryRedir();
      if (r) {
        redirs.push(r);
        continue;
      }
      const t = this.lx.peek();
      // busybox's `[[ … ]]` is a command whose `&&` and `||` are its own words.
      if (t.kind === 'op' && (t.text === '&&' || t.text === '||') && this.dialect === 'ash' && words[0] === '[[' && !words.includes(']]')) {
        this.lx.next();
        words.push(t.text);
        continue;
      }
      if (t.kind !== 'word') break;
      const assign = words.length === 0 || (bash && DECLARING.has(words[0])) ? assignmentWord(t.text, bash) : null;
      if (assign) {
        this.lx.next();
        if (bash && assign.value === '' && !assign.index) assign.array = arrayLiteral(this.lx);
        if (words.length === 0) assigns.push(assign);
        else {
          if (assign.array) arrayArgs.set(words.length, assign);
          words.push(t.text);
        }
        continue;
      }
      this.lx.next();
      words.push(t.text);
      if (words.length === 1 && assigns.length === 0 && redirs.length === 0) {
        const p = this.lx.peek();
        // ash and dash read any word before `(` as a function's name.
        if (p.kind === 'op' && p.text === '(' && (NAME.test(t.text) || !bash)) {
          this.lx.next();
          const close = this.lx.next();
          if (close.kind === 'eof') throw new Incomplete(')');
          if (!(close.kind === 'op' && close.text === ')')) throw new ShellSyntaxError(tokenText(close), ')');
          this.linebreak();
          if (this.lx.peek().kind === 'eof') throw new Incomplete('function body');
          return { type: 'func', name: t.text, body: this.command() };
        }
      }
    }
    if (words.length === 0 && assigns.length === 0 && redirs.length === 0) {
      throw new ShellSyntaxError(tokenText(this.lx.peek()));
    }
    return { type: 'simple', assigns, words, redirs, line, ...(arrayArgs.size ? { arrayArgs } : {}) };
  }
}

/** How an error message names a token: `newline`, `;;`, or the word itself. */
export function tokenText(t: Token): string {
  if (t.kind === 'newline') return 'newline';
  if (t.kind === 'eof') return 'end of file';
  if (t.kind === 'io') return String(t.fd);
  return t.text;
}
