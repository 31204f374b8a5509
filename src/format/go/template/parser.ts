// The parser of Go text/template (text/template/parse): builds the tree and reports errors in Go's
// words (`template: :1: unexpected "}" in operand`, `function "x" not defined`, `unexpected EOF`).
import type {
  ChainNode, CommandNode, ControlNode, FieldNode, ListNode, Node, NumberNode, PipeNode, VariableNode,
} from './ast.ts';
import { nodeString } from './ast.ts';
import { TemplateError } from './errors.ts';
import { itemString, lex, type Item } from './lexer.ts';
import { UnquoteError, unquoteChar, unquoteString } from './unquote.ts';

/** Parses `text` as template `name`, knowing which function names exist; throws TemplateError. */
export function parseTemplate(text: string, name: string, functions: ReadonlySet<string>): ListNode {
  const items = lex(text);
  let index = 0;
  let last: Item = items[0]!;
  let vars: string[] = ['$'];
  let rangeDepth = 0;
  let actionLine = 0;

  const errorf = (msg: string): never => {
    throw new TemplateError(`template: ${name}:${last.line}: ${msg}`, 'TEMPLATE_PARSE');
  };
  const fetch = (i: number): Item => {
    const it = items[Math.min(i, items.length - 1)]!;
    last = it;
    return it;
  };
  const next = (): Item => fetch(index++);
  const backup = (n = 1) => {
    index -= n;
  };
  const peek = (): Item => fetch(index);
  const nextNonSpace = (): Item => {
    let t = next();
    while (t.type === 'space') t = next();
    return t;
  };
  const peekNonSpace = (): Item => {
    const t = nextNonSpace();
    backup();
    return t;
  };
  const unexpected = (token: Item, context: string): never => {
    if (token.type === 'error') {
      let extra = '';
      if (actionLine !== 0 && actionLine !== token.line) {
        extra = ` in ${context}`;
        if (token.val.endsWith(' action')) extra = extra.slice(' in action'.length);
      }
      return errorf(`${itemString(token)}${extra}`);
    }
    return errorf(`unexpected ${itemString(token)} in ${context}`);
  };
  const expect = (type: Item['type'], context: string): Item => {
    const t = nextNonSpace();
    if (t.type !== type) unexpected(t, context);
    return t;
  };

  const parseAll = (): ListNode => {
    const root: ListNode = { type: 'list', pos: peek().pos, nodes: [] };
    while (peek().type !== 'EOF') {
      const n = textOrAction();
      if (n.type === 'end' || n.type === 'else') errorf(`unexpected {{${n.type}}}`);
      root.nodes.push(n as Node);
    }
    return root;
  };

  type Marker = { type: 'end' | 'else'; pos: number; line: number };

  const textOrAction = (): Node | Marker => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'text':
        return { type: 'text', pos: t.pos, text: t.val };
      case 'leftDelim': {
        actionLine = t.line;
        try {
          return action();
        } finally {
          actionLine = 0;
        }
      }
      default:
        return unexpected(t, 'input');
    }
  };

  const itemList = (): [ListNode, Marker] => {
    const list: ListNode = { type: 'list', pos: peekNonSpace().pos, nodes: [] };
    while (peekNonSpace().type !== 'EOF') {
      const n = textOrAction();
      if (n.type === 'end' || n.type === 'else') return [list, n as Marker];
      list.nodes.push(n as Node);
    }
    return errorf('unexpected EOF');
  };

  const action = (): Node | Marker => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'block': case 'define': case 'template':
        return errorf(`{{${t.val}}} is not supported here`);
      case 'break': case 'continue': {
        const tok = nextNonSpace();
        if (tok.type !== 'rightDelim') unexpected(tok, `{{${t.type}}}`);
        if (rangeDepth === 0) errorf(`{{${t.type}}} outside {{range}}`);
        return { type: t.type, pos: t.pos, line: t.line };
      }
      case 'else': {
        const p = peekNonSpace();
        if (p.type === 'if' || p.type === 'with') return { type: 'else', pos: p.pos, line: p.line };
        const tok = expect('rightDelim', 'else');
        return { type: 'else', pos: tok.pos, line: tok.line };
      }
      case 'end':
        return { type: 'end', pos: expect('rightDelim', 'end').pos, line: t.line };
      case 'if': case 'range': case 'with':
        return control(t.type);
    }
    backup();
    const tok = peek();
    return { type: 'action', pos: tok.pos, line: tok.line, pipe: pipeline('command', 'rightDelim') };
  };

  const control = (context: 'if' | 'range' | 'with'): ControlNode => {
    const saved = vars.length;
    try {
      const pipe = pipeline(context, 'rightDelim');
      if (context === 'range') rangeDepth++;
      let list: ListNode;
      let next: Marker;
      try {
        [list, next] = itemList();
      } finally {
        if (context === 'range') rangeDepth--;
      }
      let elseList: ListNode | null = null;
      if (next.type === 'else') {
        if ((context === 'if' && peek().type === 'if') || (context === 'with' && peek().type === 'with')) {
          nextFetch();
          elseList = { type: 'list', pos: next.pos, nodes: [control(context)] };
        } else {
          const [l, n2] = itemList();
          if (n2.type !== 'end') errorf(`expected end; found {{${n2.type}}}`);
          elseList = l;
        }
      }
      return { type: context, pos: pipe.pos, line: pipe.line, pipe, list, elseList };
    } finally {
      vars = vars.slice(0, saved);
    }
  };
  const nextFetch = () => next();

  const pipeline = (context: string, end: 'rightDelim' | 'rightParen'): PipeNode => {
    const token = peekNonSpace();
    const pipe: PipeNode = { type: 'pipe', pos: token.pos, line: token.line, isAssign: false, decl: [], cmds: [] };
    decls: for (;;) {
      const v = peekNonSpace();
      if (v.type !== 'variable') break;
      nextNonSpace();
      const afterVar = peek();
      const n = peekNonSpace();
      if (n.type === 'assign' || n.type === 'declare') {
        pipe.isAssign = n.type === 'assign';
        nextNonSpace();
        pipe.decl.push(newVariable(v));
        vars.push(v.val);
      } else if (n.type === 'char' && n.val === ',') {
        nextNonSpace();
        pipe.decl.push(newVariable(v));
        vars.push(v.val);
        if (context === 'range' && pipe.decl.length < 2) {
          const p = peekNonSpace().type;
          if (p === 'variable' || p === 'rightDelim' || p === 'rightParen') continue decls;
          errorf('range can only initialize variables');
        }
        errorf(`too many declarations in ${context}`);
      } else {
        // Not a declaration: put the variable back (and the space after it).
        index = items.indexOf(v);
        void afterVar;
      }
      break;
    }
    for (;;) {
      const t = nextNonSpace();
      if (t.type === end) {
        checkPipeline(pipe, context);
        return pipe;
      }
      switch (t.type) {
        case 'bool': case 'charConstant': case 'dot': case 'field': case 'identifier': case 'number':
        case 'nil': case 'rawString': case 'string': case 'variable': case 'leftParen':
          backup();
          pipe.cmds.push(command());
          break;
        default:
          unexpected(t, context);
      }
    }
  };

  const checkPipeline = (pipe: PipeNode, context: string) => {
    if (pipe.cmds.length === 0) errorf(`missing value for ${context}`);
    pipe.cmds.slice(1).forEach((c, i) => {
      const t = c.args[0]!.type;
      if (t === 'bool' || t === 'dot' || t === 'nil' || t === 'number' || t === 'string') {
        errorf(`non executable command in pipeline stage ${i + 2}`);
      }
    });
  };

  const command = (): CommandNode => {
    const cmd: CommandNode = { type: 'command', pos: peekNonSpace().pos, args: [] };
    for (;;) {
      peekNonSpace();
      const op = operand();
      if (op) cmd.args.push(op);
      const t = next();
      if (t.type === 'space') continue;
      if (t.type === 'rightDelim' || t.type === 'rightParen') backup();
      else if (t.type !== 'pipe') unexpected(t, 'operand');
      break;
    }
    if (cmd.args.length === 0) errorf('empty command');
    return cmd;
  };

  const operand = (): Node | null => {
    let node = term();
    if (!node) return null;
    if (peek().type === 'field') {
      const chain: ChainNode = { type: 'chain', pos: peek().pos, node, field: [] };
      while (peek().type === 'field') chain.field.push(next().val.slice(1));
      switch (node.type) {
        case 'field':
          node = { type: 'field', pos: chain.pos, ident: [...node.ident, ...chain.field] } satisfies FieldNode;
          break;
        case 'variable':
          node = { type: 'variable', pos: chain.pos, ident: [...node.ident, ...chain.field] } satisfies VariableNode;
          break;
        case 'bool': case 'string': case 'number': case 'nil': case 'dot':
          errorf(`unexpected . after term ${JSON.stringify(nodeString(node))}`);
          break;
        default:
          node = chain;
      }
    }
    return node;
  };

  const term = (): Node | null => {
    const t = nextNonSpace();
    switch (t.type) {
      case 'identifier':
        if (!functions.has(t.val)) errorf(`function ${JSON.stringify(t.val)} not defined`);
        return { type: 'identifier', pos: t.pos, name: t.val };
      case 'dot':
        return { type: 'dot', pos: t.pos };
      case 'nil':
        return { type: 'nil', pos: t.pos };
      case 'variable':
        return useVar(t);
      case 'field':
        return { type: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool':
        return { type: 'bool', pos: t.pos, value: t.val === 'true' };
      case 'charConstant': case 'number':
        return newNumber(t);
      case 'leftParen':
        return pipeline('parenthesized pipeline', 'rightParen');
      case 'string': case 'rawString':
        try {
          return { type: 'string', pos: t.pos, quoted: t.val, text: unquoteString(t.val) };
        } catch (e) {
          if (e instanceof UnquoteError) errorf(e.message);
          throw e;
        }
    }
    backup();
    return null;
  };

  const newVariable = (t: Item): VariableNode => ({ type: 'variable', pos: t.pos, ident: t.val.split('.') });

  const useVar = (t: Item): VariableNode => {
    const v = newVariable(t);
    if (!vars.includes(v.ident[0]!)) errorf(`undefined variable ${JSON.stringify(v.ident[0])}`);
    return v;
  };

  const newNumber = (t: Item): NumberNode => {
    const text = t.val;
    if (t.type === 'charConstant') {
      try {
        const r = unquoteChar(text);
        return { type: 'number', pos: t.pos, text, isInt: true, isFloat: true, value: r, isChar: true };
      } catch {
        return errorf(`malformed character constant: ${text}`);
      }
    }
    if (text.endsWith('i')) return errorf(`illegal number syntax: ${JSON.stringify(text)}`);
    const int = parseGoInt(text);
    if (int !== null) return { type: 'number', pos: t.pos, text, isInt: true, isFloat: true, value: int, isChar: false };
    const f = parseGoFloat(text);
    if (f !== null) {
      if (!/[.eEpP]/.test(text)) errorf(`integer overflow: ${JSON.stringify(text)}`);
      return { type: 'number', pos: t.pos, text, isInt: Number.isInteger(f) && Math.abs(f) < 2 ** 63, isFloat: true, value: f, isChar: false };
    }
    return errorf(`illegal number syntax: ${JSON.stringify(text)}`);
  };

  return parseAll();
}

/** strconv.ParseInt(text, 0, 64) for template constants; null when it is not an integer. */
function parseGoInt(text: string): number | null {
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0[0-7_]*|[1-9][0-9_]*)$/.exec(text);
  if (!m) return null;
  let body = m[2]!;
  if (body.includes('_')) {
    if (!/^0[xXoObB]?(_?[0-9a-fA-F])+$/.test(body) && !/^[1-9](_?[0-9])*$/.test(body)) return null;
    body = body.replace(/_/g, '');
  }
  let v: bigint;
  if (/^0[xX]/.test(body)) v = BigInt(body.toLowerCase());
  else if (/^0[oO]/.test(body)) v = BigInt('0o' + body.slice(2));
  else if (/^0[bB]/.test(body)) v = BigInt('0b' + body.slice(2));
  else if (body.length > 1 && body.startsWith('0')) v = BigInt('0o' + body.slice(1));
  else v = BigInt(body);
  if (m[1] === '-') v = -v;
  if (v > 2n ** 63n - 1n || v < -(2n ** 63n)) return null;
  return Number(v);
}

/** strconv.ParseFloat(text, 64) for decimal and hex floats; null when invalid. */
function parseGoFloat(text: string): number | null {
  if (/^[+-]?(\d(_?\d)*)?(\.(\d(_?\d)*)?)?([eE][+-]?\d+)?$/.test(text) && /\d/.test(text)) {
    return Number(text.replace(/_/g, ''));
  }
  const hx = /^([+-]?)0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?\d+)$/.exec(text);
  if (hx) {
    const intPart = hx[2]!.replace(/_/g, '');
    const frac = (hx[3] ?? '').replace(/_/g, '');
    if (intPart + frac === '') return null;
    const mant = parseInt((intPart || '0') + frac, 16);
    const v = mant * 2 ** (Number(hx[4]) - 4 * frac.length);
    return hx[1] === '-' ? -v : v;
  }
  return null;
}
