// Runs the syntax tree: expansion, redirections, pipelines (buffered), compound commands,
// functions, builtins and programs, with a step budget and Ctrl-C so no line can hang the page.
import type { NetworkStack } from '../kernel/net.ts';
import type { Node, Redir } from './ast.ts';
import { BudgetExceeded, ExitSignal, ExpansionError, Incomplete, Interrupted, LoopSignal, ReturnSignal, ShellSyntaxError } from './errors.ts';
import { expandFields, expandHeredoc, expandPattern, expandSingle, type ExpandHost } from './expand.ts';
import { globMatch } from './glob.ts';
import { BufferWriter, FileWriter, nullWriter, type ExecIo, InputStream } from './io.ts';
import { strerror, type Dialect } from './messages.ts';
import { parse } from './parser.ts';
import type { InteractiveShell, Program, ProgramContext, Writer } from '../kernel/process.ts';
import { BUILTINS } from './builtins.ts';
import { FsError } from '../vfs/types.ts';
import { resolve } from '../vfs/path.ts';
import type { Vfs } from '../vfs/vfs.ts';

/** Commands and loop iterations one typed line (or one `run`) may take before it is stopped. */
export const STEP_BUDGET = 100_000;
/** Exit status when the step budget runs out (as `timeout(1)` uses for a command it stopped). */
export const BUDGET_EXIT = 124;
/** Exit status after Ctrl-C (128 + SIGINT). */
export const INTERRUPT_EXIT = 130;

/** How to build a shell. */
/** What runChildShell needs of the Shell subclass. */
type ChildShell = Interpreter & {
  stepsUsed: number;
  run(script: string, io: ExecIo, tty?: boolean): Promise<{ exitCode: number; exited: boolean }>;
};

/** Program names that start a child shell rather than a table program. */
const SHELL_NAMES = new Set(['sh', 'ash', 'bash', 'dash']);

export interface ShellOptions {
  fs: Vfs;
  programs: Map<string, Program>;
  env: Map<string, string>;
  cwd: string;
  dialect: Dialect;
  user?: string;
  hostname?: string;
  promptStyle?: 'host' | 'container';
  sleep?: (ms: number) => Promise<void>;
  isTty?: boolean;
  columns?: number;
  enterShell?: (s: InteractiveShell) => void;
  /** The machine's network, handed to programs as ctx.net. */
  net?: NetworkStack;
  /** `$0` and the prefix of error messages; default `bash` or `sh` by dialect. */
  name?: string;
  /** Positional parameters `$1`… */
  args?: string[];
}

/** The interpreter state and execution; Shell adds the terminal-facing parts. */
export class Interpreter {
  readonly fs: Vfs;
  readonly programs: Map<string, Program>;
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  readonly functions = new Map<string, Node>();
  readonly dialect: Dialect;
  readonly opts: ShellOptions;
  name: string;
  cwd: string;
  args: string[];
  lastExitCode = 0;
  errexit = false;
  nounset = false;
  interactive = false;
  protected steps = 0;
  protected lineNo = 1;
  protected conditionDepth = 0;
  protected funcDepth = 0;
  protected loopDepth = 0;
  protected signal: AbortSignal | undefined;

  constructor(opts: ShellOptions) {
    this.opts = opts;
    this.fs = opts.fs;
    this.programs = opts.programs;
    this.env = opts.env;
    this.exported = new Set(opts.env.keys());
    this.dialect = opts.dialect;
    this.cwd = opts.cwd;
    this.name = opts.name ?? (opts.dialect === 'bash' ? 'bash' : 'sh');
    this.args = opts.args ?? [];
    if (!this.env.has('PWD')) this.setVar('PWD', this.cwd, true);
  }

  // ---- variables -------------------------------------------------------------------------

  setVar(name: string, value: string, exported = false): void {
    this.env.set(name, value);
    if (exported) this.exported.add(name);
  }

  /** The environment a program sees: exported variables only. */
  exportedEnv(extra?: Map<string, string>): Map<string, string> {
    const m = new Map<string, string>();
    for (const k of this.exported) {
      const v = this.env.get(k);
      if (v !== undefined) m.set(k, v);
    }
    if (extra) for (const [k, v] of extra) m.set(k, v);
    return m;
  }

  protected expandHost(io: ExecIo): ExpandHost {
    return {
      fs: this.fs,
      cwd: this.cwd,
      nounset: this.nounset,
      getVar: (n) => this.env.get(n),
      setVar: (n, v) => this.setVar(n, v),
      positional: () => this.args,
      special: (n) => {
        switch (n) {
          case '?': return String(this.lastExitCode);
          case '$': return '1';
          case '#': return String(this.args.length);
          case '!': return '';
          case '-': return (this.errexit ? 'e' : '') + (this.nounset ? 'u' : '') + (this.interactive ? 'i' : '');
          case '0': return this.name;
          default: return this.args[Number(n) - 1];
        }
      },
      commandSubst: (src) => this.commandSubst(src, io),
    };
  }

  // ---- messages ---------------------------------------------------------------------------

  /** `bash: ` / `bash: line 3: ` / `sh: ` before a shell-level error. */
  errPrefix(): string {
    if (this.dialect === 'bash' && !this.interactive) return `${this.name}: line ${this.lineNo}: `;
    return `${this.name}: `;
  }

  /** Prefix for a builtin's error: `bash: cd: ` or busybox's `sh: cd: line 0: `. */
  builtinPrefix(builtin: string): string {
    if (this.dialect === 'ash') return `${this.name}: ${builtin}: ${this.interactive ? '' : `line ${this.lineNo - 1}: `}`;
    return `${this.errPrefix()}${builtin}: `;
  }

  // ---- stepping ---------------------------------------------------------------------------

  protected step(): void {
    if (this.signal?.aborted) throw new Interrupted();
    if (++this.steps > STEP_BUDGET) throw new BudgetExceeded();
  }

  /** Runs a parsed tree at top level, turning control-flow exceptions into an exit status. */
  protected async runTree(tree: Node, io: ExecIo): Promise<{ exitCode: number; exited: boolean }> {
    this.steps = 0;
    this.signal = io.signal;
    try {
      const code = await this.exec(tree, io);
      this.lastExitCode = code;
      return { exitCode: code, exited: false };
    } catch (e) {
      return this.topLevelCatch(e, io);
    }
  }

  protected topLevelCatch(e: unknown, io: ExecIo): { exitCode: number; exited: boolean } {
    if (e instanceof ExitSignal) {
      this.lastExitCode = e.code;
      return { exitCode: e.code, exited: true };
    }
    if (e instanceof BudgetExceeded) {
      io.stderr.write(`${this.name}: stopped after ${STEP_BUDGET} steps (a loop that never ends?)\n`);
      this.lastExitCode = BUDGET_EXIT;
      return { exitCode: BUDGET_EXIT, exited: false };
    }
    if (e instanceof Interrupted) {
      this.lastExitCode = INTERRUPT_EXIT;
      return { exitCode: INTERRUPT_EXIT, exited: false };
    }
    if (e instanceof ReturnSignal || e instanceof LoopSignal) {
      const code = e instanceof ReturnSignal ? e.code : 0;
      this.lastExitCode = code;
      return { exitCode: code, exited: false };
    }
    if (e instanceof ExpansionError) {
      io.stderr.write(this.errPrefix() + e.message + '\n');
      this.lastExitCode = e.code;
      return { exitCode: e.code, exited: !this.interactive };
    }
    throw e;
  }

  /** Prints a syntax error as this shell does and returns status 2. */
  protected reportSyntax(e: ShellSyntaxError | Incomplete, src: string, io: ExecIo): number {
    const bash = this.dialect === 'bash';
    const where = this.interactive ? `${this.name}: ` : `${this.name}: -c: line ${this.lineNo}: `;
    if (e instanceof Incomplete) {
      const q = e.expecting;
      if (q === "'" || q === '"' || q === '`') {
        io.stderr.write(bash ? `${where}unexpected EOF while looking for matching \`${q}'\n` : `${this.name}: syntax error: unterminated quoted string\n`);
      } else io.stderr.write(bash ? `${where}syntax error: unexpected end of file\n` : `${this.name}: syntax error: unexpected end of file (expecting "${q}")\n`);
      return 2;
    }
    const tok = e.token;
    if (bash) {
      io.stderr.write(`${where}syntax error near unexpected token \`${tok}'\n`);
      if (!this.interactive) io.stderr.write(`${where}\`${src.replace(/\n$/, '').split('\n')[this.lineNo - 1] ?? src}'\n`);
    } else io.stderr.write(`${this.name}: syntax error: unexpected ${tok === 'newline' || tok === 'end of file' ? tok : `"${tok}"`}\n`);
    return 2;
  }

  // ---- execution --------------------------------------------------------------------------

  /** Executes any node and returns its exit status. */
  async exec(node: Node, io: ExecIo): Promise<number> {
    switch (node.type) {
      case 'list': {
        let code = this.lastExitCode;
        for (const item of node.items) {
          code = await this.exec(item, io);
          this.lastExitCode = code;
        }
        return code;
      }
      case 'andor': {
        this.conditionDepth++;
        let code: number;
        try {
          code = await this.exec(node.first, io);
        } finally {
          this.conditionDepth--;
        }
        this.lastExitCode = code;
        for (let k = 0; k < node.rest.length; k++) {
          const { op, cmd } = node.rest[k];
          if ((op === '&&') !== (code === 0)) continue;
          const isLast = k === node.rest.length - 1;
          if (!isLast) this.conditionDepth++;
          try {
            code = await this.exec(cmd, io);
          } finally {
            if (!isLast) this.conditionDepth--;
          }
          this.lastExitCode = code;
        }
        return code;
      }
      case 'pipeline':
        return this.execPipeline(node.cmds, node.negate, io);
      case 'simple':
        return this.checkErrexit(await this.execSimple(node, io));
      case 'subshell':
        return this.withRedirs(node.redirs, io, (rio) => this.inSubshell(() => this.exec(node.body, rio)));
      case 'group':
        return this.withRedirs(node.redirs, io, (rio) => this.exec(node.body, rio));
      case 'func':
        this.functions.set(node.name, node.body);
        return 0;
      case 'if':
        return this.withRedirs(node.redirs, io, async (rio) => {
          for (const c of node.clauses) {
            if ((await this.condition(c.cond, rio)) === 0) return this.exec(c.body, rio);
          }
          return node.otherwise ? this.exec(node.otherwise, rio) : 0;
        });
      case 'loop':
        return this.withRedirs(node.redirs, io, async (rio) => {
          let code = 0;
          this.loopDepth++;
          try {
            for (;;) {
              this.step();
              const c = await this.condition(node.cond, rio);
              if ((c === 0) === node.until) break;
              const r = await this.loopBody(node.body, rio);
              if (r === 'break') break;
              code = this.lastExitCode;
            }
          } finally {
            this.loopDepth--;
          }
          return code;
        });
      case 'for':
        return this.withRedirs(node.redirs, io, async (rio) => {
          const items: string[] = [];
          if (node.items === null) items.push(...this.args);
          else for (const w of node.items) items.push(...(await expandFields(w, this.expandHost(rio))));
          let code = 0;
          this.loopDepth++;
          try {
            for (const it of items) {
              this.step();
              this.setVar(node.name, it);
              const r = await this.loopBody(node.body, rio);
              code = this.lastExitCode;
              if (r === 'break') break;
            }
          } finally {
            this.loopDepth--;
          }
          return code;
        });
      case 'case':
        return this.withRedirs(node.redirs, io, async (rio) => {
          const host = this.expandHost(rio);
          const word = await expandSingle(node.word, host);
          for (const item of node.items) {
            for (const p of item.patterns) {
              if (globMatch(await expandPattern(p, host), word)) return item.body ? this.exec(item.body, rio) : 0;
            }
          }
          return 0;
        });
    }
  }

  private async loopBody(body: Node, io: ExecIo): Promise<'break' | 'continue' | 'next'> {
    try {
      this.lastExitCode = await this.exec(body, io);
      return 'next';
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return e.kind;
    }
  }

  private async condition(node: Node, io: ExecIo): Promise<number> {
    this.conditionDepth++;
    try {
      const c = await this.exec(node, io);
      this.lastExitCode = c;
      return c;
    } finally {
      this.conditionDepth--;
    }
  }

  private checkErrexit(code: number): number {
    if (code !== 0 && this.errexit && this.conditionDepth === 0) throw new ExitSignal(code);
    return code;
  }

  private async execPipeline(cmds: Node[], negate: boolean, io: ExecIo): Promise<number> {
    let input: InputStream = io.stdin;
    let code = 0;
    if (negate) this.conditionDepth++;
    try {
      for (let k = 0; k < cmds.length; k++) {
        const last = k === cmds.length - 1;
        const out = last ? io.stdout : new BufferWriter();
        const sub: ExecIo = { ...io, stdin: input, stdout: out, tty: last ? io.tty : false };
        // Every part of a multi-command pipeline runs in a subshell, as in bash and ash.
        code = cmds.length > 1 ? await this.inSubshell(() => this.exec(cmds[k], sub)) : await this.exec(cmds[k], sub);
        if (!last) input = new InputStream((out as BufferWriter).text);
      }
    } finally {
      if (negate) this.conditionDepth--;
    }
    if (negate) return code === 0 ? 1 : 0;
    return cmds.length > 1 ? this.checkErrexit(code) : code;
  }

  /** Runs `f` with the shell state restored afterwards; `exit` inside only ends the subshell. */
  async inSubshell(f: () => Promise<number>): Promise<number> {
    const saved = {
      cwd: this.cwd,
      env: new Map(this.env),
      exported: new Set(this.exported),
      functions: new Map(this.functions),
      args: this.args,
      errexit: this.errexit,
      interactive: this.interactive,
    };
    try {
      return await f();
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      throw e;
    } finally {
      this.cwd = saved.cwd;
      this.env.clear();
      for (const [k, v] of saved.env) this.env.set(k, v);
      this.exported.clear();
      for (const k of saved.exported) this.exported.add(k);
      this.functions.clear();
      for (const [k, v] of saved.functions) this.functions.set(k, v);
      this.args = saved.args;
      this.errexit = saved.errexit;
    }
  }

  /** `$(…)`: runs the source in a subshell and returns what it printed. */
  async commandSubst(src: string, io: ExecIo): Promise<string> {
    let tree: Node;
    try {
      tree = parse(src, true);
    } catch (e) {
      if (e instanceof ShellSyntaxError || e instanceof Incomplete) {
        this.reportSyntax(e, src, io);
        this.lastExitCode = 2;
        return '';
      }
      throw e;
    }
    const out = new BufferWriter();
    const code = await this.inSubshell(() => this.exec(tree, { ...io, stdout: out, tty: false }));
    this.lastExitCode = code;
    this.substStatus = code;
    return out.text;
  }
  protected substStatus: number | undefined;

  // ---- redirections -------------------------------------------------------------------------

  /** Applies redirections left to right; returns null (after printing why) when one fails. */
  async applyRedirs(redirs: Redir[], io: ExecIo): Promise<ExecIo | null> {
    const fds: { 0: InputStream; 1: Writer; 2: Writer } = { 0: io.stdin, 1: io.stdout, 2: io.stderr };
    let tty = io.tty;
    const host = this.expandHost(io);
    for (const r of redirs) {
      if (r.heredoc) {
        const body = r.heredoc.expand ? await expandHeredoc(r.heredoc.body, host) : r.heredoc.body;
        if (r.fd === 0) fds[0] = new InputStream(body);
        continue;
      }
      const target = await expandSingle(r.target, host);
      if (r.op === '>&' || r.op === '<&') {
        if (target === '-') {
          if (r.fd === 1 || r.fd === 2) fds[r.fd] = nullWriter;
          continue;
        }
        if (/^\d+$/.test(target)) {
          const src = Number(target);
          if (r.fd === 1 || r.fd === 2) {
            if (src === 1 || src === 2) {
              fds[r.fd] = fds[src];
              if (r.fd === 1) tty = tty && src === 1;
            } else {
              io.stderr.write(`${this.errPrefix()}${src}: Bad file descriptor\n`);
              return null;
            }
          }
          continue;
        }
        if (r.op === '>&' && r.fd === 1) {
          // bash's `>&file` means `>file 2>&1`
          const w = this.openWrite(target, false, io);
          if (!w) return null;
          fds[1] = fds[2] = w;
          tty = false;
          continue;
        }
      }
      if (r.op === '<' || r.op === '<>') {
        const p = resolve(this.cwd, target);
        try {
          if (r.fd === 0) fds[0] = new InputStream(target === '/dev/null' ? '' : this.fs.readText(p));
        } catch (e) {
          const code = e instanceof FsError ? e.code : 'EIO';
          io.stderr.write(
            this.dialect === 'bash'
              ? `${this.errPrefix()}${target}: ${strerror(code)}\n`
              : `${this.name}: can't open ${target}: ${code === 'ENOENT' ? 'no such file' : strerror(code)}\n`,
          );
          return null;
        }
        continue;
      }
      // > >> >|
      const w = this.openWrite(target, r.op === '>>', io);
      if (!w) return null;
      if (r.fd === 1 || r.fd === 2) fds[r.fd] = w;
      if (r.fd === 1) tty = target === '/dev/tty' || target === '/dev/stdout' ? tty : false;
    }
    return { ...io, stdin: fds[0], stdout: fds[1], stderr: fds[2], tty };
  }

  private openWrite(target: string, append: boolean, io: ExecIo): Writer | null {
    if (target === '/dev/null') return nullWriter;
    if (target === '/dev/stdout' || target === '/dev/tty') return io.stdout;
    if (target === '/dev/stderr') return io.stderr;
    const p = resolve(this.cwd, target);
    try {
      if (!append || !this.fs.exists(p)) this.fs.writeFile(p, '');
      else if (this.fs.stat(p).type === 'dir') throw new FsError('EISDIR', p);
      return new FileWriter(this.fs, p);
    } catch (e) {
      const code = e instanceof FsError ? e.code : 'EIO';
      io.stderr.write(
        this.dialect === 'bash'
          ? `${this.errPrefix()}${target}: ${strerror(code)}\n`
          : `${this.name}: can't create ${target}: ${code === 'ENOENT' ? 'nonexistent directory' : strerror(code)}\n`,
      );
      return null;
    }
  }

  private async withRedirs(redirs: Redir[], io: ExecIo, f: (io: ExecIo) => Promise<number>): Promise<number> {
    if (redirs.length === 0) return f(io);
    const rio = await this.applyRedirs(redirs, io);
    if (!rio) return 1;
    return f(rio);
  }

  // ---- simple commands ----------------------------------------------------------------------

  private async execSimple(node: Extract<Node, { type: 'simple' }>, io: ExecIo): Promise<number> {
    this.step();
    this.lineNo = node.line;
    const host = this.expandHost(io);
    this.substStatus = undefined;
    let argv: string[];
    try {
      argv = [];
      for (const w of node.words) argv.push(...(await expandFields(w, host)));
    } catch (e) {
      if (e instanceof ExpansionError) {
        io.stderr.write(this.errPrefix() + e.message + '\n');
        if (!this.interactive) throw new ExitSignal(this.dialect === 'bash' ? 127 : 2);
        return e.code;
      }
      throw e;
    }
    const assigns = new Map<string, string>();
    for (const a of node.assigns) assigns.set(a.name, await expandSingle(a.value, host));
    if (argv.length === 0) {
      for (const [k, v] of assigns) this.setVar(k, v);
      const rio = await this.applyRedirs(node.redirs, io);
      if (!rio) return 1;
      return this.substStatus ?? 0;
    }
    const rio = await this.applyRedirs(node.redirs, io);
    if (!rio) return 1;
    return this.invoke(argv, assigns, rio);
  }

  /** Runs a command by name: function, builtin, program or script file. */
  async invoke(argv: string[], assigns: Map<string, string>, io: ExecIo): Promise<number> {
    const name = argv[0];
    const fn = this.functions.get(name);
    if (fn) return this.callFunction(fn, argv.slice(1), assigns, io);
    const builtin = BUILTINS.get(name);
    if (builtin) {
      const saved = new Map<string, string | undefined>();
      for (const [k, v] of assigns) {
        saved.set(k, this.env.get(k));
        this.env.set(k, v);
      }
      try {
        return await builtin(this, argv, io);
      } finally {
        if (!SPECIAL_BUILTINS.has(name))
          for (const [k, v] of saved) {
            if (v === undefined) this.env.delete(k);
            else this.env.set(k, v);
          }
      }
    }
    return this.runExternal(argv, assigns, io);
  }

  private async callFunction(body: Node, args: string[], assigns: Map<string, string>, io: ExecIo): Promise<number> {
    if (this.funcDepth > 200) {
      io.stderr.write(`${this.errPrefix()}maximum function nesting level exceeded (200)\n`);
      return 1;
    }
    const savedArgs = this.args;
    for (const [k, v] of assigns) this.setVar(k, v);
    this.args = args;
    this.funcDepth++;
    try {
      return await this.exec(body, io);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      this.funcDepth--;
      this.args = savedArgs;
    }
  }

  /** Finds a program: a path (`./x`, `/bin/ls`), else the program table, else an executable in $PATH. */
  locate(
    name: string,
  ):
    | { kind: 'program'; program: Program; path: string }
    | { kind: 'script'; path: string }
    | { kind: 'unsupported'; path: string }
    | { kind: 'shell' }
    | { kind: 'error'; code: number; message: string }
    | null {
    if (name.includes('/')) {
      const p = resolve(this.cwd, name);
      let node;
      try {
        node = this.fs.stat(p);
      } catch {
        return { kind: 'error', code: 127, message: this.dialect === 'bash' ? `${name}: No such file or directory` : `${name}: not found` };
      }
      if (node.type === 'dir') return { kind: 'error', code: 126, message: this.dialect === 'bash' ? `${name}: Is a directory` : `${name}: Permission denied` };
      if ((node.mode & 0o111) === 0) return { kind: 'error', code: 126, message: `${name}: Permission denied` };
      const real = this.fs.realpath(p);
      const base = real.slice(real.lastIndexOf('/') + 1);
      const prog = this.programs.get(base) ?? this.programs.get(name.slice(name.lastIndexOf('/') + 1));
      const data = node.type === 'file' ? node.data : new Uint8Array();
      // Image binaries are sized stand-ins (node.size set): they run as the program they are named for,
      // and /bin/sh, /bin/bash … as a child shell, whatever the stand-in's text says.
      const isBinary = node.type === 'file' && (node.size !== undefined || data[0] === 0x7f);
      const invoked = name.slice(name.lastIndexOf('/') + 1);
      if (isBinary && !prog && SHELL_NAMES.has(invoked)) return { kind: 'shell' };
      // A binary the workbook does not implement says so rather than running its stand-in text.
      if (isBinary && !prog) return { kind: 'unsupported', path: p };
      const isScript = !isBinary && data.length > 0 && !(data[0] === 0x23 && data[1] === 0x21 && prog);
      if (prog && !isScript) return { kind: 'program', program: prog, path: p };
      return { kind: 'script', path: p };
    }
    const prog = this.programs.get(name);
    if (prog) return { kind: 'program', program: prog, path: this.pathOf(name) };
    for (const dir of (this.env.get('PATH') ?? '').split(':')) {
      if (!dir) continue;
      const p = resolve(this.cwd, `${dir}/${name}`);
      try {
        const n = this.fs.stat(p);
        if (n.type !== 'file' || (n.mode & 0o111) === 0) continue;
        const isBinary = n.size !== undefined || n.data[0] === 0x7f;
        if (isBinary) return SHELL_NAMES.has(name) ? { kind: 'shell' } : { kind: 'unsupported', path: p };
        return { kind: 'script', path: p };
      } catch {
        /* not here */
      }
    }
    return null;
  }

  /** Where `type`/`which` say a table program lives: its file in $PATH if the filesystem has one. */
  pathOf(name: string): string {
    for (const dir of (this.env.get('PATH') ?? '').split(':')) {
      if (dir && this.fs.lexists(`${dir}/${name}`)) return `${dir}/${name}`;
    }
    return this.dialect === 'bash' ? `/usr/bin/${name}` : `/bin/${name}`;
  }

  private async runExternal(argv: string[], assigns: Map<string, string>, io: ExecIo): Promise<number> {
    const name = argv[0];
    const found = this.locate(name);
    if (found === null) {
      if ((name === 'sh' || (name === 'bash' && this.dialect === 'bash'))) return this.runChildShell(argv, assigns, io);
      io.stderr.write(this.dialect === 'bash' ? `${this.errPrefix()}${name}: command not found\n` : `${this.name}: ${name}: not found\n`);
      return 127;
    }
    if (found.kind === 'error') {
      io.stderr.write(this.dialect === 'bash' ? `${this.errPrefix()}${found.message}\n` : `${this.name}: ${found.message}\n`);
      return found.code;
    }
    if (found.kind === 'shell') return this.runChildShell(argv, assigns, io);
    if (found.kind === 'unsupported') {
      io.stderr.write(`${name.slice(name.lastIndexOf('/') + 1)}: not supported in the workbook\n`);
      return 127;
    }
    if (found.kind === 'script') return this.runChildShell([this.name, found.path, ...argv.slice(1)], assigns, io, name);
    const ctx: ProgramContext = {
      argv,
      env: this.exportedEnv(assigns),
      cwd: this.cwd,
      fs: this.fs,
      // Reading stdin takes it from the shared stream, so a program in a `while read` loop eats the rest.
      get stdin() {
        return io.stdin.readAll();
      },
      stdout: io.stdout,
      stderr: io.stderr,
      isTty: io.tty && (this.opts.isTty ?? false),
      // The learner types at a terminal even when its output is captured (sim, replays, checks).
      stdinTty: io.stdin.terminal,
      columns: this.opts.columns ?? 80,
      signal: io.signal,
      sleep: this.opts.sleep ?? (() => Promise.resolve()),
      chdir: (p) => {
        this.cwd = resolve(this.cwd, p);
      },
      enterShell: this.opts.enterShell,
      net: this.opts.net,
    };
    try {
      return await found.program(ctx);
    } catch (e) {
      if (e instanceof Interrupted) throw e;
      if (io.signal.aborted) throw new Interrupted();
      const msg = e instanceof FsError ? `${e.path}: ${strerror(e.code)}` : e instanceof Error ? e.message : String(e);
      io.stderr.write(`${name}: ${msg}\n`);
      return 1;
    }
  }

  /** `sh -c '…'`, `sh script.sh`, `./script.sh`: a child shell sharing the filesystem. */
  async runChildShell(argv: string[], assigns: Map<string, string>, io: ExecIo, scriptName?: string): Promise<number> {
    // `this` is a Shell (the subclass that adds feed/run); building the child from its constructor avoids
    // a dynamic import, which would resolve only on a later event-loop turn and stall background shells.
    const Shell = this.constructor as new (opts: ShellOptions) => ChildShell;
    const child = new Shell({ ...this.opts, env: this.exportedEnv(assigns), cwd: this.cwd, name: argv[0].replace(/^.*\//, '') });
    child.stepsUsed = this.steps;
    let k = 1;
    let script: string | undefined;
    for (; k < argv.length; k++) {
      const a = argv[k];
      if (a === '-c') {
        script = argv[k + 1];
        if (script === undefined) {
          io.stderr.write(`${argv[0]}: -c: option requires an argument\n`);
          return 2;
        }
        child.name = argv[k + 2] ?? child.name;
        child.args = argv.slice(k + 3);
        break;
      }
      if (a === '-e') child.errexit = true;
      else if (a === '-x' || a === '-u' || a === '-eu' || a === '-ex') {
        if (a.includes('e')) child.errexit = true;
        if (a.includes('u')) child.nounset = true;
      } else break;
    }
    if (script === undefined) {
      const file = argv[k];
      if (file === undefined) return 0; // an interactive sub-shell would read the terminal; we have none
      try {
        script = this.fs.readText(resolve(this.cwd, file));
      } catch (e) {
        const code = e instanceof FsError ? e.code : 'EIO';
        io.stderr.write(this.dialect === 'bash' ? `${argv[0]}: ${file}: ${strerror(code)}\n` : `${argv[0]}: can't open '${file}': ${strerror(code)}\n`);
        return 127;
      }
      if (script.startsWith('#!')) script = script.slice(script.indexOf('\n') + 1 || script.length);
      child.name = scriptName ?? file;
      child.args = argv.slice(k + 1);
    }
    const r = await child.run(script, io, io.tty);
    this.steps = child.stepsUsed;
    return r.exitCode;
  }

  set stepsUsed(n: number) {
    this.steps = n;
  }
  get stepsUsed(): number {
    return this.steps;
  }
}

/** Builtins whose prefix assignments persist (POSIX special builtins). */
const SPECIAL_BUILTINS = new Set([':', 'export', 'unset', 'set', 'exit', 'return', 'break', 'continue', 'eval', '.', 'shift', 'readonly']);
