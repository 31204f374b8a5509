// uniq's runs of equal lines and what it prints of each. Both tools compare bytes (-s and -w count bytes,
// -i folds ASCII letters only), so a line is compared as its UTF-8 bytes, one char per byte.
import type { Flavour } from './util.ts';
import { encodeUtf8 } from '../../vfs/utf8.ts';
import type { UniqOptions } from './uniq-options.ts';

// What separates fields: GNU's isblank (and the newline a -z line may hold), busybox's isspace.
const GNU_BLANK = /[ \t\n]/;
const BUSYBOX_BLANK = /[ \t\n\v\f\r]/;

/** A line as its bytes, one char per byte (ASCII lines as they are). */
function asBytes(line: string): string {
  if (!/[^\x00-\x7f]/.test(line)) return line;
  let s = '';
  for (const b of encodeUtf8(line)) s += String.fromCharCode(b);
  return s;
}

/** The part of a line uniq compares: N fields (blanks, then non-blanks) and then N bytes skipped, -w bytes kept. */
export function keyOf(line: string, o: UniqOptions, flavour: Flavour): string {
  const s = asBytes(line);
  const blank = flavour === 'gnu' ? GNU_BLANK : BUSYBOX_BLANK;
  let i = 0;
  for (let n = 0; n < o.fields && i < s.length; n++) {
    while (i < s.length && blank.test(s[i])) i++;
    while (i < s.length && !blank.test(s[i])) i++;
  }
  const key = s.slice(Math.min(s.length, i + o.chars)).slice(0, o.width);
  return o.fold ? key.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : key;
}

/**
 * What uniq prints of `lines` (GNU's check_file): each run of lines with equal keys gives its first line
 * (with its count under -c) when it is printed at all; under -D each line of a repeated run, with
 * --all-repeated's empty lines before the runs or between them; under --group every line, runs set apart.
 */
export function printRuns(lines: string[], keys: string[], o: UniqOptions): string {
  const end = o.zero ? '\0' : '\n';
  const counted = (n: number, line: string) => (o.count ? `${String(n).padStart(7)} ` : '') + line + end;
  let out = '';
  let firstRun = true;
  for (let k = 0; k < lines.length; ) {
    let n = 1;
    while (k + n < lines.length && keys[k + n] === keys[k]) n++;
    if (o.group) {
      // --group: every line; an empty one before each run (prepend, both) or between runs (separate, append).
      if (o.group === 'prepend' || o.group === 'both' || !firstRun) out += end;
      firstRun = false;
      out += lines.slice(k, k + n).map((l) => l + end).join('');
    } else if (n === 1) {
      if (o.unique) out += counted(1, lines[k]);
    } else {
      if (o.delimit === 'prepend' || (o.delimit === 'separate' && !firstRun)) out += end;
      firstRun = false;
      // -D prints each line as it goes and the run's last at its end, which -u leaves out.
      if (o.laterRepeated) out += lines.slice(k, k + n - 1).map((l) => l + end).join('') + (o.firstRepeated ? lines[k + n - 1] + end : '');
      else if (o.firstRepeated) out += counted(n, lines[k]);
    }
    k += n;
  }
  // append and both end the last run with one too.
  if (o.group && !firstRun && (o.group === 'append' || o.group === 'both')) out += end;
  return out;
}
