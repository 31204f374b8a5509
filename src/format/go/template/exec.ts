// Executes a parsed template against a value with Go text/template semantics, writing into a sink
// so that output made before an error is kept (docker prints a header even when it fails halfway).
import type { CommandNode, ControlNode, ListNode, Node, PipeNode } from './ast.ts';
import { nodeString } from './ast.ts';
import { TemplateError } from './errors.ts';
import { FuncError, type FuncMap, type ParamType } from './funcs.ts';
import { formatV } from './gofmt.ts';
import { GoFloat, GoNilPointer, GoStruct, goTypeName, isMap, isTrue, sortedKeys } from './values.ts';

const MISSING = Symbol('missing');
type Final = unknown | typeof MISSING;

class BreakSignal {}
class ContinueSignal {}

const utf8 = new TextEncoder();
const paramTypeName: Record<ParamType, string> = {
  any: 'interface {}', value: 'reflect.Value', string: 'string', int: 'int', bool: 'bool', '[]string': '[]string',
};

/** Runs `root` with data `dot`; appends text to `sink`; throws TemplateError (Go's words) on failure. */
/** Go's template Option("missingkey=…"): `default` prints <no value>, `error` stops at a missing map key. */
export interface ExecOptions {
  missingKey?: 'default' | 'error';
}

export function executeTemplate(root: ListNode, text: string, name: string, funcs: FuncMap, data: unknown, sink: string[], options: ExecOptions = {}): void {
  const vars: { name: string; value: unknown }[] = [{ name: '$', value: data }];
  let current: Node | null = null;
  let steps = 0;

  const at = (n: Node) => {
    current = n;
  };
  const errorf = (msg: string): never => {
    if (!current) throw new TemplateError(`template: ${name}: ${msg}`, 'TEMPLATE_EXEC');
    const pos = current.pos;
    const before = text.slice(0, pos);
    const nl = before.lastIndexOf('\n');
    const col = utf8.encode(nl < 0 ? before : before.slice(nl + 1)).length;
    const lineNum = 1 + (before.match(/\n/g)?.length ?? 0);
    let context = nodeString(current);
    if ([...context].length > 20) context = [...context].slice(0, 20).join('') + '...';
    throw new TemplateError(`template: ${name}:${lineNum}:${col}: executing ${JSON.stringify(name)} at <${context}>: ${msg}`, 'TEMPLATE_EXEC');
  };

  const varValue = (n: string): unknown => {
    for (let i = vars.length - 1; i >= 0; i--) if (vars[i]!.name === n) return vars[i]!.value;
    return errorf(`undefined variable: ${n}`);
  };
  const setVar = (n: string, value: unknown) => {
    for (let i = vars.length - 1; i >= 0; i--) {
      if (vars[i]!.name === n) {
        vars[i]!.value = value;
        return;
      }
    }
    errorf(`undefined variable: ${n}`);
  };

  const walk = (dot: unknown, node: Node): void => {
    if (++steps > 1_000_000) errorf('template too long to execute');
    switch (node.type) {
      case 'list':
        for (const n of node.nodes) walk(dot, n);
        return;
      case 'text':
        sink.push(node.text);
        return;
      case 'action': {
        const val = evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) sink.push(formatV(val, true));
        return;
      }
      case 'if': case 'with':
        return walkIfOrWith(dot, node);
      case 'range':
        return walkRange(dot, node);
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      default:
        errorf(`unknown node: ${nodeString(node)}`);
    }
  };

  const walkIfOrWith = (dot: unknown, node: ControlNode) => {
    const mark = vars.length;
    try {
      const val = evalPipeline(dot, node.pipe);
      if (isTrue(val)) walk(node.type === 'with' ? val : dot, node.list);
      else if (node.elseList) walk(dot, node.elseList);
    } finally {
      vars.length = mark;
    }
  };

  const walkRange = (dot: unknown, node: ControlNode) => {
    at(node);
    const mark = vars.length;
    try {
      const val = evalPipeline(dot, node.pipe);
      const decl = node.pipe.decl;
      const one = (index: unknown, elem: unknown): boolean => {
        if (decl.length > 0) {
          if (node.pipe.isAssign) {
            if (decl.length > 1) {
              setVar(decl[0]!.ident[0]!, index);
              setVar(decl[1]!.ident[0]!, elem);
            } else setVar(decl[0]!.ident[0]!, elem);
          } else vars[vars.length - 1]!.value = elem;
        }
        if (decl.length > 1 && !node.pipe.isAssign) vars[vars.length - 2]!.value = index;
        const inner = vars.length;
        try {
          walk(elem, node.list);
        } catch (e) {
          if (e instanceof BreakSignal) return false;
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          vars.length = inner;
        }
        return true;
      };
      let ran = false;
      if (Array.isArray(val)) {
        for (let i = 0; i < val.length; i++) {
          ran = true;
          if (!one(i, val[i])) break;
        }
      } else if (isMap(val)) {
        for (const k of sortedKeys(val)) {
          ran = true;
          if (!one(k, val[k])) break;
        }
      } else if (typeof val === 'number' && Number.isInteger(val)) {
        if (decl.length > 1) errorf(`can't use ${val} to iterate over more than one variable`);
        for (let i = 0; i < val; i++) {
          ran = true;
          if (!one(i, i)) break;
        }
      } else if (val !== undefined && val !== null) {
        errorf(`range can't iterate over ${formatV(val)}`);
      }
      if (!ran && node.elseList) walk(dot, node.elseList);
    } finally {
      vars.length = mark;
    }
  };

  const evalPipeline = (dot: unknown, pipe: PipeNode): unknown => {
    at(pipe);
    let value: Final = MISSING;
    for (const cmd of pipe.cmds) {
      value = evalCommand(dot, cmd, value);
      // An interface holding nil digs down to "no value", as reflect.ValueOf(nil) does.
      if (value === null) value = undefined;
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) setVar(v.ident[0]!, value);
      else vars.push({ name: v.ident[0]!, value });
    }
    return value;
  };

  const notAFunction = (args: Node[], final: Final) => {
    if (args.length > 1 || final !== MISSING) errorf(`can't give argument to non-function ${nodeString(args[0]!)}`);
  };

  const evalCommand = (dot: unknown, cmd: CommandNode, final: Final): unknown => {
    const first = cmd.args[0]!;
    switch (first.type) {
      case 'field':
        at(first);
        return evalFieldChain(dot, dot, first, first.ident, cmd.args, final);
      case 'chain': {
        at(first);
        if (first.node.type === 'nil') errorf(`indirection through explicit nil in ${nodeString(first)}`);
        const recv = evalArg(dot, 'value', first.node);
        return evalFieldChain(dot, recv, first, first.field, cmd.args, final);
      }
      case 'identifier':
        return evalFunction(dot, first.name, first, cmd, cmd.args, final);
      case 'pipe':
        notAFunction(cmd.args, final);
        return evalPipeline(dot, first);
      case 'variable': {
        at(first);
        const value = varValue(first.ident[0]!);
        if (first.ident.length === 1) {
          notAFunction(cmd.args, final);
          return value;
        }
        return evalFieldChain(dot, value, first, first.ident.slice(1), cmd.args, final);
      }
    }
    at(first);
    notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool': return first.value;
      case 'dot': return dot;
      case 'nil': return errorf('nil is not a command');
      case 'number': return idealConstant(first);
      case 'string': return first.text;
    }
    return errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`);
  };

  const idealConstant = (n: Extract<Node, { type: 'number' }>): unknown => {
    at(n);
    const hexInt = /^[+-]?0[xX]/.test(n.text) && !/[pP]/.test(n.text);
    if (n.isFloat && !hexInt && !n.isChar && /[.eEpP]/.test(n.text)) return new GoFloat(n.value);
    if (n.isInt) return n.value;
    return undefined;
  };

  const evalFieldChain = (dot: unknown, receiver: unknown, node: Node, ident: string[], args: Node[], final: Final): unknown => {
    for (let i = 0; i < ident.length - 1; i++) receiver = evalField(dot, ident[i]!, node, [], MISSING, receiver);
    return evalField(dot, ident[ident.length - 1]!, node, args, final, receiver);
  };

  const evalField = (dot: unknown, fieldName: string, node: Node, args: Node[], final: Final, receiver: unknown): unknown => {
    if (receiver === undefined) return undefined;
    if (receiver === null) return errorf(`nil pointer evaluating interface {}.${fieldName}`);
    if (receiver instanceof GoNilPointer) return errorf(`nil pointer evaluating ${receiver.typeName}.${fieldName}`);
    const hasArgs = args.length > 1 || final !== MISSING;
    if (receiver instanceof GoStruct) {
      const method = receiver.methods[fieldName];
      if (method && Object.prototype.hasOwnProperty.call(receiver.methods, fieldName)) {
        return evalCall(dot, { params: [], fn: method }, false, node, fieldName, args, final);
      }
    } else if (isMap(receiver)) {
      if (hasArgs) errorf(`${fieldName} is not a method but has arguments`);
      if (Object.prototype.hasOwnProperty.call(receiver, fieldName)) return receiver[fieldName];
      if (options.missingKey === 'error') errorf(`map has no entry for key ${JSON.stringify(fieldName)}`);
      return undefined;
    }
    return errorf(`can't evaluate field ${fieldName} in type ${goTypeName(receiver)}`);
  };

  const evalFunction = (dot: unknown, fname: string, ident: Node, cmd: CommandNode, args: Node[], final: Final): unknown => {
    at(ident);
    const f = funcs[fname];
    if (!f) return errorf(`${JSON.stringify(fname)} is not a defined function`);
    return evalCall(dot, f, fname === 'and' || fname === 'or', cmd, fname, args, final);
  };

  const evalCall = (
    dot: unknown,
    f: { params: ParamType[]; variadic?: ParamType; fn: (...a: unknown[]) => unknown },
    andOr: boolean,
    node: Node,
    fname: string,
    allArgs: Node[],
    final: Final,
  ): unknown => {
    const args = allArgs.slice(1);
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    const numParams = f.params.length + (f.variadic ? 1 : 0);
    if (f.variadic) {
      if (numIn < f.params.length) errorf(`wrong number of args for ${fname}: want at least ${f.params.length} got ${args.length}`);
    } else if (numIn !== numParams) {
      errorf(`wrong number of args for ${fname}: want ${numParams} got ${numIn}`);
    }
    if (andOr) {
      let v: unknown;
      for (const a of args) {
        v = evalArg(dot, 'value', a);
        if (isTrue(v) === (fname === 'or')) return v;
      }
      if (final !== MISSING) v = final;
      return v;
    }
    const argv: unknown[] = [];
    const typeAt = (i: number): ParamType => (i < f.params.length ? f.params[i]! : f.variadic!);
    args.forEach((a, i) => argv.push(evalArg(dot, typeAt(i), a)));
    if (final !== MISSING) argv.push(validateType(final, typeAt(argv.length)));
    try {
      return f.fn(...argv);
    } catch (e) {
      if (e instanceof FuncError) {
        at(node);
        return errorf(`error calling ${fname}: ${e.message}`);
      }
      throw e;
    }
  };

  const validateType = (value: unknown, type: ParamType): unknown => {
    if (value === undefined) {
      if (type === 'any' || type === '[]string') return null;
      if (type === 'value') return undefined;
      return errorf(`invalid value; expected ${paramTypeName[type]}`);
    }
    const got = () => (value === null ? 'interface {}' : goTypeName(value));
    switch (type) {
      case 'any': case 'value': return value;
      case 'string': if (typeof value === 'string') return value; break;
      case 'bool': if (typeof value === 'boolean') return value; break;
      case 'int': if (typeof value === 'number' && Number.isInteger(value)) return value; break;
      case '[]string':
        if (value === null) return null;
        if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value;
        break;
    }
    return errorf(`wrong type for value; expected ${paramTypeName[type]}; got ${got()}`);
  };

  const evalArg = (dot: unknown, type: ParamType, n: Node): unknown => {
    at(n);
    switch (n.type) {
      case 'dot':
        return validateType(dot, type);
      case 'nil':
        if (type === 'any' || type === '[]string') return null;
        if (type === 'value') return undefined;
        return errorf(`cannot assign nil to ${paramTypeName[type]}`);
      case 'field':
        return validateType(evalFieldChain(dot, dot, n, n.ident, [n], MISSING), type);
      case 'variable': {
        const v = varValue(n.ident[0]!);
        return validateType(n.ident.length === 1 ? v : evalFieldChain(dot, v, n, n.ident.slice(1), [n], MISSING), type);
      }
      case 'pipe':
        return validateType(evalPipeline(dot, n), type);
      case 'identifier':
        return validateType(evalFunction(dot, n.name, n, { type: 'command', pos: n.pos, args: [n] }, [n], MISSING), type);
      case 'chain': {
        if (n.node.type === 'nil') errorf(`indirection through explicit nil in ${nodeString(n)}`);
        const recv = evalArg(dot, 'value', n.node);
        return validateType(evalFieldChain(dot, recv, n, n.field, [n], MISSING), type);
      }
    }
    switch (type) {
      case 'bool':
        if (n.type === 'bool') return n.value;
        return errorf(`expected bool; found ${nodeString(n)}`);
      case 'string':
        if (n.type === 'string') return n.text;
        return errorf(`expected string; found ${nodeString(n)}`);
      case 'int':
        if (n.type === 'number' && n.isInt) return n.value;
        return errorf(`expected integer; found ${nodeString(n)}`);
      case '[]string':
        return errorf(`can't handle ${nodeString(n)} for arg of type []string`);
    }
    switch (n.type) {
      case 'bool': return n.value;
      case 'number': return idealConstant(n);
      case 'string': return n.text;
    }
    return errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  };

  walk(data, root);
}
