// Go's encoding/csv reading one record: fields split on commas; a field that starts with `"` runs to
// its closing quote (`""` is a quote inside it). Docker's `--mount` values and BuildKit's RUN --mount
// are both read this way.

/** encoding/csv's ParseError text (`parse error on line 1, column N: …`). */
export class CsvParseError extends Error {}

/** The fields of one CSV record; a `"` inside an unquoted field is refused, as encoding/csv does. */
export function readCsvRecord(line: string): string[] {
  const fields: string[] = [];
  const fail = (column: number, what: string) => new CsvParseError(`parse error on line 1, column ${column}: ${what}`);
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw fail(line.length + 1, 'extraneous or missing " in quoted-field');
        field += line.slice(j, q);
        if (line[q + 1] === '"') {
          field += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      if (i < line.length && line[i] !== ',') throw fail(i + 1, 'extraneous or missing " in quoted-field');
    } else {
      const end = line.indexOf(',', i);
      field = line.slice(i, end < 0 ? line.length : end);
      const quote = field.indexOf('"');
      if (quote >= 0) throw fail(i + quote + 1, 'bare " in non-quoted-field');
      i = end < 0 ? line.length : end;
    }
    fields.push(field);
    if (i >= line.length) return fields;
    i++; // the comma
  }
}
