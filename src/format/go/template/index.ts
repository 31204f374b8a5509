// Go text/template as docker's `--format` uses it: parse once, execute against rows or the header.
import type { ListNode } from './ast.ts';
import { executeTemplate, type ExecOptions } from './exec.ts';
import { builtinFuncs, dockerFuncs, type FuncMap } from './funcs.ts';
import { parseTemplate } from './parser.ts';

export { TemplateError } from './errors.ts';
export { GoFloat, GoNilPointer, GoStruct, goNil } from './values.ts';
export { builtinFuncs, dockerFuncs, dockerHeaderFuncs, FuncError, type FuncMap, type TemplateFunc, type ParamType } from './funcs.ts';
export { sprintf, sprint, sprintln, formatV } from './gofmt.ts';
export { goJson } from './gojson.ts';

/** A parsed template (Go's *template.Template with docker's function map). */
export class Template {
  private constructor(
    readonly text: string,
    readonly name: string,
    private readonly root: ListNode,
    private readonly funcs: FuncMap,
  ) {}

  /** templates.Parse: parses `text` named `name` (docker uses ""); throws TemplateError in Go's words. */
  static parse(text: string, funcs: FuncMap = dockerFuncs, name = ''): Template {
    const all = { ...builtinFuncs, ...funcs };
    return new Template(text, name, parseTemplate(text, name, new Set(Object.keys(all))), all);
  }

  /** Executes against `data`; throws TemplateError. `funcs` replaces same-named functions (docker's HeaderFunctions). */
  execute(data: unknown, funcs?: FuncMap, options?: ExecOptions): string {
    const sink: string[] = [];
    executeTemplate(this.root, this.text, this.name, funcs ? { ...this.funcs, ...funcs } : this.funcs, data, sink, options);
    return sink.join('');
  }

  /** Executes like Go into a buffer: returns what was written and the error, if any, that stopped it. */
  executePartial(data: unknown, funcs?: FuncMap): { output: string; error: Error | null } {
    const sink: string[] = [];
    try {
      executeTemplate(this.root, this.text, this.name, funcs ? { ...this.funcs, ...funcs } : this.funcs, data, sink);
      return { output: sink.join(''), error: null };
    } catch (e) {
      return { output: sink.join(''), error: e as Error };
    }
  }
}
