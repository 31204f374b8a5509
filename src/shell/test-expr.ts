// `test` / `[`: file tests, string and integer comparisons, `!`, `-a`, `-o` and parentheses.
import type { Writer } from '../kernel/process.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { Dialect } from './messages.ts';
import { resolve } from '../vfs/path.ts';
import type { FsNode } from '../vfs/types.ts';
import { globMatch } from './glob.ts';
import { compileEre } from './ere.ts';

/** What test needs: the filesystem, cwd, and how to report errors. */
export interface TestEnv {
  fs: Vfs;
  cwd: string;
  stderr: Writer;
  name: string;
  prefix: string; // `bash: test: ` / `sh: test: ` / `test: `
  dialect: Dialect;
  /** busybox's `[[ … ]]`: `==` and `!=` match globs and `=~` a regular expression. */
  doubleBracket?: boolean;
}

// `silent`: the status is 2 with nothing said (busybox's `[[ =~ ]]` when regcomp fails).
class TestError extends Error {
  constructor(
    message: string,
    readonly silent = false,
  ) {
    super(message);
  }
}

/** Evaluates a test expression; 0 true, 1 false, 2 error (with a message). */
export function runTest(args: string[], env: TestEnv): number {
  try {
    if (args.length === 0) return 1;
    const p = new TestParser(args, env);
    const v = p.expr();
    if (p.pos < args.length) throw new TestError(env.dialect === 'bash' ? 'too many arguments' : `${args[p.pos]}: unknown operand`);
    return v ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      if (!e.silent) env.stderr.write(env.prefix + e.message + '\n');
      return 2;
    }
    throw e;
  }
}

const UNARY_FILE = new Set(['-e', '-f', '-d', '-L', '-h', '-s', '-r', '-w', '-x', '-b', '-c', '-p', '-S', '-g', '-u', '-k', '-O', '-G', '-N']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

class TestParser {
  pos = 0;
  constructor(
    private readonly a: string[],
    private readonly env: TestEnv,
  ) {}

  expr(): boolean {
    let v = this.and();
    while (this.a[this.pos] === '-o') {
      this.pos++;
      v = this.and() || v;
    }
    return v;
  }

  and(): boolean {
    let v = this.not();
    while (this.a[this.pos] === '-a') {
      this.pos++;
      v = this.not() && v;
    }
    return v;
  }

  not(): boolean {
    // `[ ! = x ]` compares `!` with `x`: a binary operator in second place wins here too.
    if (this.a[this.pos] === '!' && this.pos + 1 < this.a.length && !(this.isBinary(this.a[this.pos + 1]) && this.pos + 2 < this.a.length)) {
      this.pos++;
      return !this.not();
    }
    return this.primary();
  }

  primary(): boolean {
    const a = this.a;
    const t = a[this.pos];
    if (t === undefined) throw new TestError('argument expected');
    // A binary operator in second place wins over a `(` in first (POSIX's three-argument rule: `[ ( = ( ]`).
    const next = a[this.pos + 1] ?? '';
    if (this.isBinary(next) && this.pos + 2 < a.length) {
      const l = t;
      const op = a[this.pos + 1];
      const r = a[this.pos + 2];
      this.pos += 3;
      return this.binary(l, op, r);
    }
    if (t === '(' && a.length - this.pos > 2) {
      this.pos++;
      const v = this.expr();
      if (a[this.pos] !== ')') throw new TestError(`\`)' expected`);
      this.pos++;
      return v;
    }
    if ((UNARY_FILE.has(t) || t === '-z' || t === '-n' || t === '-t') && this.pos + 1 < a.length) {
      const arg = a[this.pos + 1];
      this.pos += 2;
      if (t === '-z') return arg === '';
      if (t === '-n') return arg !== '';
      if (t === '-t') return false;
      return this.file(t, arg);
    }
    this.pos++;
    return t !== '';
  }

  private int(s: string): number {
    if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new TestError(this.env.dialect === 'bash' ? `${s}: integer expression expected` : this.env.dialect === 'dash' ? `Illegal number: ${s}` : `invalid number '${s}'`);
    return Number(s);
  }

  private isBinary(op: string): boolean {
    return BINARY.has(op) || (op === '=~' && !!this.env.doubleBracket);
  }

  binary(l: string, op: string, r: string): boolean {
    if (this.env.doubleBracket) {
      if (op === '==' || op === '=') return globMatch(r, l);
      if (op === '!=') return !globMatch(r, l);
      if (op === '=~') {
        const re = compileEre(r);
        if (!re) throw new TestError('', true);
        return re.test(l);
      }
    }
    switch (op) {
      case '=':
      case '==': return l === r;
      case '!=': return l !== r;
      case '<': return l < r;
      case '>': return l > r;
      case '-eq': return this.int(l) === this.int(r);
      case '-ne': return this.int(l) !== this.int(r);
      case '-lt': return this.int(l) < this.int(r);
      case '-le': return this.int(l) <= this.int(r);
      case '-gt': return this.int(l) > this.int(r);
      case '-ge': return this.int(l) >= this.int(r);
      case '-nt': return (this.node(l)?.mtime ?? -Infinity) > (this.node(r)?.mtime ?? -Infinity);
      case '-ot': return (this.node(l)?.mtime ?? Infinity) < (this.node(r)?.mtime ?? Infinity);
      case '-ef': {
        const x = this.node(l);
        return x !== undefined && x === this.node(r);
      }
    }
    return false;
  }

  private node(p: string, follow = true): FsNode | undefined {
    try {
      const abs = resolve(this.env.cwd, p);
      return follow ? this.env.fs.stat(abs) : this.env.fs.lstat(abs);
    } catch {
      return undefined;
    }
  }

  file(op: string, p: string): boolean {
    if (op === '-L' || op === '-h') return this.node(p, false)?.type === 'symlink';
    const n = this.node(p);
    if (!n) return false;
    switch (op) {
      case '-e': return true;
      case '-f': return n.type === 'file' && !n.device;
      case '-c': return n.type === 'file' && n.device !== undefined;
      case '-d': return n.type === 'dir';
      case '-s': return n.type === 'dir' || (n.type === 'file' && (n.size ?? n.data.length) > 0);
      case '-r':
      case '-w': return true;
      case '-x': return (n.mode & 0o111) !== 0;
      case '-u': return (n.mode & 0o4000) !== 0;
      case '-g': return (n.mode & 0o2000) !== 0;
      case '-k': return (n.mode & 0o1000) !== 0;
      case '-O':
      case '-G': return true;
      default: return false;
    }
  }
}
