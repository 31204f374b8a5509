// docker/cli cli/command/inspect: every reference fetched in turn, output flushed once (an indented
// JSON array of the daemon's raw documents, one compact line for `json`, or one template result per
// object), then the errors of the references that failed, one per line, exit status 1.
import { dockerFuncs, Template, TemplateError, type FuncMap } from './go/template/index.ts';
import { encodeGoJson, goIndent } from './go/record.ts';

/** One inspected object: the typed value templates walk first, and the raw JSON the daemon sent. */
export interface InspectElement {
  typed: unknown;
  raw: string;
}

/** What an inspect run prints and its exit status. */
export interface InspectResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** An element for a document decoded as plain JSON (containers, volumes): templates walk its maps. */
export function documentElement(document: unknown): InspectElement {
  const raw = JSON.stringify(document);
  return { typed: JSON.parse(raw) as unknown, raw };
}

// docker's `json` template function, encoding Go structs in field order.
const inspectFuncs: FuncMap = { ...dockerFuncs, json: { params: ['any'], fn: (v) => encodeGoJson(v) } };

/** inspect.Inspect: `get` returns an element or throws an Error whose message is what docker prints. */
export function runInspect(refs: readonly string[], format: string, get: (ref: string) => InspectElement): InspectResult {
  let template: Template | undefined;
  if (format !== '' && format !== 'json') {
    try {
      template = Template.parse(format, inspectFuncs);
    } catch (e) {
      if (e instanceof TemplateError) return { stdout: '', stderr: `template parsing error: ${e.message}\n`, status: 64 };
      throw e;
    }
  }
  const errors: string[] = [];
  const raws: string[] = [];
  let buffer = '';
  for (const ref of refs) {
    let element: InspectElement;
    try {
      element = get(ref);
    } catch (e) {
      errors.push((e as Error).message);
      continue;
    }
    if (!template) {
      raws.push(element.raw);
      continue;
    }
    try {
      buffer += executeWithFallback(template, element) + '\n';
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      errors.push(`template parsing error: ${e.message}`);
    }
  }
  let stdout: string;
  if (template) stdout = buffer === '' ? '\n' : buffer;
  else if (raws.length === 0) stdout = '[]\n';
  else if (format === 'json') stdout = `[${raws.join(',')}]\n`;
  else stdout = goIndent(`[${raws.join(',')}]`, '    ') + '\n';
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(''), status: errors.length > 0 ? 1 : 0 };
}

// TemplateInspector.Inspect: the typed struct first; when that fails, the raw JSON decoded into maps.
function executeWithFallback(template: Template, element: InspectElement): string {
  try {
    return template.execute(element.typed);
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    // docker/cli's raw fallback parses the template again with Option("missingkey=error").
    return template.execute(JSON.parse(element.raw) as unknown, undefined, { missingKey: 'error' });
  }
}
