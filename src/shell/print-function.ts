// bash's text of a function, as `type f`, `command -V f` and `declare -f f` print it: bash does not
// keep the source but prints the parsed command back (print_cmd.c), four spaces an indent, each
// command of a list on its own line ending in `;`, `elif` as a nested `else if`, heredoc bodies
// after the line that opens them. Every quirk here was checked against bash 5.2.
import type { CondExpr, Node, Redir } from './ast.ts';
import { scanBacktick, scanParen, unquoteDelimiter } from './lexer.ts';
import { parse } from './parser.ts';

const STEP = 4;

/** `NAME () \n{ \n    …\n}` for a function whose body is `body`. */
export function bashFunctionText(name: string, body: Node): string {
  const p = new Printer(true);
  p.functionDef(name, body, false);
  return p.out;
}

// One printing pass: the text so far, the indentation, and the heredocs waiting for the line's end.
class Printer {
  out = '';
  private indentation = 0;
  private skipIndent = 0;
  private deferred: Redir[] = [];
  private wasHeredoc = false;

  constructor(private insideFunction: boolean) {}

  functionDef(name: string, body: Node, nested: boolean): void {
    this.out += nested ? `function ${name} () \n${' '.repeat(this.indentation)}{ \n` : `${name} () \n{ \n`;
    const outer = this.insideFunction;
    this.insideFunction = true;
    this.indentation += STEP;
    const group = body.type === 'group' ? body : undefined;
    this.command(group ? group.body : body);
    this.flush('');
    this.indentation -= STEP;
    this.insideFunction = outer;
    if (group?.redirs.length) {
      this.newline('} ');
      this.redirects(group.redirs);
    } else this.newline('}');
  }

  /** Prints one command at the current indentation. */
  command(node: Node): void {
    if (this.skipIndent > 0) this.skipIndent--;
    else this.out += ' '.repeat(this.indentation);
    switch (node.type) {
      case 'simple': return this.simple(node);
      case 'list': return this.connection(node.items, node.items.map((_, i) => (node.background?.includes(i) ? '&' : ';')));
      case 'andor': return this.connection([node.first, ...node.rest.map((r) => r.cmd)], node.rest.map((r) => r.op));
      case 'pipeline':
        if (node.timed) this.out += node.timed === 'posix' ? 'time -p ' : 'time ';
        if (node.negate) this.out += '! ';
        if (node.cmds.length > 1) return this.connection(node.cmds, '|');
        this.skipIndent++;
        return this.command(node.cmds[0]);
      case 'group': return this.group(node.body, node.redirs);
      case 'subshell':
        this.out += '( ';
        this.skipIndent++;
        this.command(node.body);
        this.out += ' )';
        return this.redirects(node.redirs);
      case 'if': return this.ifCommand(node.clauses, node.otherwise, node.redirs);
      case 'for': return this.forCommand(node.name, node.items, node.body, node.redirs);
      case 'loop': return this.loop(node.until ? 'until' : 'while', node.cond, node.body, node.redirs);
      case 'case': return this.caseCommand(node.word, node.items, node.redirs);
      case 'cond':
        this.out += `[[ ${cond(node.expr)} ]]`;
        return this.redirects(node.redirs);
      case 'func': return this.functionDef(node.name, node.body, true);
    }
  }

  // bash's connections nest to the left ((a; b); c): each joint prints its connector, and heredocs
  // opened before it print after it; each inner connection flushes its own at its end.
  private connection(items: Node[], ops: string | string[]): void {
    this.skipIndent++;
    items.forEach((item, i) => {
      this.command(item);
      if (i >= 1 && this.deferred.length) this.flush('');
      const op = typeof ops === 'string' ? ops : ops[i];
      if (i === items.length - 1) {
        if (op === '&') this.flush(' &');
        return;
      }
      if (op === ';') {
        if (this.deferred.length) this.flush(this.insideFunction ? '' : ';');
        else if (!this.wasHeredoc) this.out += ';';
        else this.wasHeredoc = false;
        if (this.insideFunction) this.out += '\n';
        else {
          this.out += ' ';
          this.skipIndent++;
        }
      } else if (op === '|' || op === '&') {
        this.flush(` ${op}`);
        this.out += ' ';
        this.skipIndent++;
      } else {
        this.flush(` ${op} `);
        this.skipIndent++;
      }
    });
  }

  private simple(node: Extract<Node, { type: 'simple' }>): void {
    const assigns = node.assigns.map((a) => `${a.name}${a.index !== undefined ? `[${a.index}]` : ''}${a.append ? '+=' : '='}${a.array ? `(${a.array.join(' ')})` : substitutions(a.value)}`);
    const words = node.words.map((w, i) => {
      const a = node.arrayArgs?.get(i);
      return a ? `${a.name}${a.append ? '+=' : '='}(${(a.array ?? []).join(' ')})` : substitutions(w);
    });
    this.out += [...assigns, ...words].join(' ');
    this.redirects(node.redirs);
  }

  private group(body: Node, redirs: Redir[]): void {
    this.out += '{ ';
    if (!this.insideFunction) this.skipIndent++;
    else {
      this.out += '\n';
      this.indentation += STEP;
    }
    this.command(body);
    this.flush('');
    if (this.insideFunction) {
      this.indentation -= STEP;
      this.out += `\n${' '.repeat(this.indentation)}`;
    } else {
      this.semicolon();
      this.out += ' ';
    }
    this.out += '}';
    this.redirects(redirs);
  }

  private ifCommand(clauses: { cond: Node; body: Node }[], otherwise: Node | undefined, redirs: Redir[]): void {
    const [first, ...rest] = clauses;
    this.out += 'if ';
    this.skipIndent++;
    this.command(first.cond);
    this.semicolon();
    this.out += ' then\n';
    this.nested(first.body);
    if (rest.length || otherwise) {
      this.semicolon();
      this.newline('else\n');
      this.indentation += STEP;
      // `elif` is an `if` inside `else`, as bash's parser builds it.
      if (rest.length) this.command({ type: 'if', clauses: rest, otherwise, redirs: [] });
      else this.command(otherwise!);
      this.indentation -= STEP;
    }
    this.semicolon();
    this.newline('fi');
    this.redirects(redirs);
  }

  private forCommand(name: string, items: string[] | null, body: Node, redirs: Redir[]): void {
    this.out += `for ${name} in ${items ? items.map(substitutions).join(' ') : '"$@"'};`;
    this.newline('do\n');
    this.indentation += STEP;
    this.command(body);
    this.semicolon();
    this.indentation -= STEP;
    this.newline('done');
    this.redirects(redirs);
  }

  private loop(which: string, test: Node, body: Node, redirs: Redir[]): void {
    this.out += `${which} `;
    this.skipIndent++;
    this.command(test);
    this.semicolon();
    this.out += ' do\n';
    this.nested(body);
    this.semicolon();
    this.newline('done');
    this.redirects(redirs);
  }

  private caseCommand(word: string, items: { patterns: string[]; body: Node | null }[], redirs: Redir[]): void {
    this.out += `case ${word} in `;
    this.indentation += STEP;
    for (const item of items) {
      this.newline('');
      this.out += `${item.patterns.join(' | ')})\n`;
      if (item.body) this.nested(item.body);
      this.newline(';;');
    }
    this.indentation -= STEP;
    this.newline('esac');
    this.redirects(redirs);
  }

  private nested(body: Node): void {
    this.indentation += STEP;
    this.command(body);
    this.indentation -= STEP;
  }

  // ` >> f 2> /dev/null 2>&1 <<EOF`: a heredoc's header prints here, its body after the line.
  private redirects(redirs: Redir[]): void {
    if (redirs.length === 0) return;
    this.wasHeredoc = false;
    const parts = redirs.map((r) => {
      if (r.op === '<<' || r.op === '<<-') {
        this.deferred.push(r);
        const delim = r.heredoc?.expand === false ? `'${unquoteDelimiter(r.target)}'` : r.target;
        return `${r.fd === 0 ? '' : r.fd}${r.op}${delim}`;
      }
      const input = r.op === '<' || r.op === '<>' || r.op === '<<<' || r.op === '<&';
      if (r.op === '>&' || r.op === '<&') return `${r.fd}${r.op}${r.target}`;
      return `${r.fd === (input ? 0 : 1) ? '' : r.fd}${r.op} ${r.target}`;
    });
    this.out += ` ${parts.join(' ')}`;
  }

  // Heredoc bodies waiting for the end of their line, after the connector `text`.
  private flush(text: string): void {
    if (text !== '' && text !== ';') this.out += text;
    if (this.deferred.length === 0) return;
    this.out += '\n';
    for (const r of this.deferred) this.out += `${r.heredoc?.body ?? ''}${unquoteDelimiter(r.target)}\n`;
    if (text !== '' && text !== ';') this.out += ' ';
    this.deferred = [];
    this.wasHeredoc = true;
  }

  private newline(text: string): void {
    this.out += `\n${' '.repeat(this.indentation)}${text}`;
  }

  private semicolon(): void {
    if (!this.out.endsWith('&') && !this.out.endsWith('\n')) this.out += ';';
  }
}

// A `[[ ]]` expression, with the parentheses it was written with.
function cond(e: CondExpr): string {
  const text = ((): string => {
    switch (e.k) {
      case 'word': return `-n ${e.w}`;
      case 'unary': return `${e.op} ${e.arg}`;
      case 'binary': return `${e.l} ${e.op} ${e.r}`;
      case 'not': return `! ${cond(e.e)}`;
      default: return `${cond(e.a)} ${e.k === 'and' ? '&&' : '||'} ${cond(e.b)}`;
    }
  })();
  return e.paren ? `( ${text} )` : text;
}

// A word with each `$(…)` in it printed back on one line, as bash does (`$(a;b)` is `$(a; b)`).
function substitutions(word: string): string {
  if (!word.includes('$(') || word.length > 4096) return word;
  let out = '';
  let i = 0;
  let quoted = false;
  while (i < word.length) {
    const c = word[i];
    if (c === '"') {
      quoted = !quoted;
      out += c;
      i++;
    } else if (c === '\\' || (c === "'" && !quoted)) {
      const end = c === '\\' ? i + 2 : word.indexOf("'", i + 1) + 1 || word.length;
      out += word.slice(i, end);
      i = end;
    } else if (c === '`') {
      const end = scanBacktick(word, i + 1);
      out += word.slice(i, end);
      i = end;
    } else if (c === '$' && word[i + 1] === '(' && word[i + 2] !== '(') {
      const end = scanParen(word, i + 2);
      out += `$(${oneLine(word.slice(i + 2, end - 1))})`;
      i = end;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

// The source of a command substitution printed back as bash prints it outside a function.
function oneLine(src: string): string {
  try {
    const p = new Printer(false);
    p.command(parse(src));
    return p.out;
  } catch {
    return src;
  }
}
