// docker/cli formatter.Context: the `table` prefix, the `json` shortcut, `\t` and `\n` escapes, one
// template execution per row, and the header row executed with HeaderFunctions into a tabwriter.
import { tabwrite } from './tabwriter.ts';
import { dockerHeaderFuncs, Template, TemplateError, type GoStruct } from './go/template/index.ts';

/** `--format table`: the default table of each command. */
export const TABLE_FORMAT_KEY = 'table';
/** `--format json`: one JSON object per line. */
export const JSON_FORMAT_KEY = 'json';
/** `--format raw`: `key: value` blocks (image ls only). */
export const RAW_FORMAT_KEY = 'raw';
/** `{{.ID}}`, what `-q` turns the default table into. */
export const DEFAULT_QUIET_FORMAT = '{{.ID}}';

/** A bad `--format` template; the message is docker's (`template parsing error: template: :1: ...`). */
export class FormatError extends Error {
  readonly code = 'FORMAT_TEMPLATE';
  constructor(message: string) {
    super(message);
    this.name = 'FormatError';
  }
}

/** True when docker treats the format as a table (`table` prefix). */
export function isTableFormat(format: string): boolean {
  return format.startsWith(TABLE_FORMAT_KEY);
}

/** True when `format` contains `sub` (docker's Format.Contains). */
export function formatContains(format: string, sub: string): boolean {
  return format.includes(sub);
}

function finalFormat(format: string): string {
  let f = format;
  if (isTableFormat(f)) f = f.slice(TABLE_FORMAT_KEY.length);
  else if (f === JSON_FORMAT_KEY) f = '{{json .}}';
  f = f.replace(/^ +| +$/g, '');
  return f.replace(/\\t|\\n/g, (m) => (m === '\\t' ? '\t' : '\n'));
}

/** formatter.Context.Write: renders `rows` with `format` and the header map; throws FormatError. */
export function writeContext(format: string, rows: readonly GoStruct[], header: Readonly<Record<string, string>>): string {
  let tmpl: Template;
  try {
    tmpl = Template.parse(finalFormat(format));
  } catch (e) {
    if (e instanceof TemplateError) throw new FormatError(`template parsing error: ${e.message}`);
    throw e;
  }
  let body = '';
  for (const row of rows) {
    try {
      body += tmpl.execute(row) + '\n';
    } catch (e) {
      if (e instanceof TemplateError) throw new FormatError(`template parsing error: ${e.message}`);
      throw e;
    }
  }
  if (!isTableFormat(format)) return body;
  // docker ignores header errors and keeps whatever the template wrote before failing.
  const head = tmpl.executePartial({ ...header }, dockerHeaderFuncs).output;
  return tabwrite(head + '\n' + body);
}

/** formatter.TruncateID: drops an algorithm prefix (`sha256:`) and keeps 12 characters. */
export function truncateId(id: string): string {
  const i = id.indexOf(':');
  if (i >= 0) id = id.slice(i + 1);
  return id.length > 12 ? id.slice(0, 12) : id;
}

function runeWidth(cp: number): number {
  if (cp === 0 || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (/^\p{Mn}|\p{Me}$/u.test(String.fromCodePoint(cp))) return 0;
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** formatter.Ellipsis: cuts `s` to `maxWidth` display columns, the last being `…` (44 chars + `…` for 45). */
export function ellipsis(s: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const rs = [...s];
  if (maxWidth === 1) return rs[0] ?? '';
  const widths: number[] = [];
  let total = 0;
  for (const r of rs) {
    total += runeWidth(r.codePointAt(0)!);
    widths.push(total);
  }
  if (total <= maxWidth) return s;
  for (let i = 0; i < widths.length - 1; i++) {
    if (widths[i]! <= maxWidth - 1 && widths[i + 1]! > maxWidth - 1) return rs.slice(0, i + 1).join('') + '…';
  }
  return s;
}
