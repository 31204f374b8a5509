// cut -f LIST [-d DELIM] [-s] | -c LIST | -b LIST [FILE]…: selects fields or character positions of each line.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { progName, readInputs, splitLines, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

type Range = [number, number]; // 1-based, inclusive; Infinity for an open end

function parseList(list: string): Range[] | null {
  const out: Range[] = [];
  for (const part of list.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '') || m[1] === '0') return null;
    const a = m[1] === '' ? 1 : Number(m[1]);
    const b = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : a;
    out.push([a, b]);
  }
  return out;
}

const selected = (ranges: Range[], n: number) => ranges.some(([a, b]) => n >= a && n <= b);

function fail(ctx: ProgramContext, flavour: Flavour, gnu: string, busybox: string): number {
  if (flavour === 'gnu') return usageError(ctx, flavour, gnu);
  ctx.stderr.write(`${progName(ctx, flavour)}: ${busybox}\n`);
  return 1;
}

/** Makes `cut`. busybox keeps a trailing delimiter when an open range (`3-`) starts past the last field. */
export function makeCut(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let mode: 'f' | 'c' | undefined;
    let list = '';
    let delim = '\t';
    let onlyDelimited = false;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const m = /^-([fcbd])(.*)$/.exec(a);
      if (m) {
        const v = m[2] || args[++i];
        if (v === undefined) return fail(ctx, flavour, `option requires an argument -- '${m[1]}'`, `option requires an argument: ${m[1]}`);
        if (m[1] === 'd') delim = v;
        else {
          mode = m[1] === 'f' ? 'f' : 'c';
          list = v;
        }
      } else if (a === '-s') onlyDelimited = true;
      else if (a === '--') {
        files.push(...args.slice(i + 1));
        break;
      }
      else files.push(a);
    }
    if (!mode) return fail(ctx, flavour, 'you must specify a list of bytes, characters, or fields', 'expected a list of bytes, characters, or fields');
    if (delim.length !== 1) return fail(ctx, flavour, 'the delimiter must be a single character', 'the delimiter must be a single character');
    const ranges = parseList(list);
    if (!ranges) return fail(ctx, flavour, mode === 'f' ? 'fields are numbered from 1' : 'byte/character positions are numbered from 1', 'invalid range');
    let code = 0;
    const name = progName(ctx, flavour);
    const inputs = readInputs(ctx, files, (f, c) => {
      ctx.stderr.write(`${name}: ${f}: ${strerror(c)}\n`);
      code = 1;
    });
    let out = '';
    for (const t of inputs) {
      for (const line of splitLines(t.text)) {
        if (mode === 'c') {
          out += [...line].filter((_c, k) => selected(ranges, k + 1)).join('') + '\n';
          continue;
        }
        if (!line.includes(delim)) {
          if (!onlyDelimited) out += line + '\n';
          continue;
        }
        const parts = line.split(delim);
        let row = parts.filter((_p, k) => selected(ranges, k + 1)).join(delim);
        if (flavour === 'busybox' && row !== '' && ranges.some(([a, b]) => b === Infinity && a > parts.length)) row += delim;
        out += row + '\n';
      }
    }
    ctx.stdout.write(out);
    return code;
  };
}
