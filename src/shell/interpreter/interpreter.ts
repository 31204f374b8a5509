// The interpreter: the state of one shell (variables, options, functions, cwd) and its entry
// points. The work is done by the parts beside it, one concern each (exec, pipeline, redirections,
// functions, substitution, external commands, child shells, tracing); this class wires them up.
import type { Node } from '../ast.ts';
import type { ExecIo } from '../io.ts';
import type { Dialect } from '../messages.ts';
import type { Located, ShellOptions, ShellState, SourcedFrom } from '../state.ts';
import type { ShellArray } from '../arrays.ts';
import { keepLocal } from './scopes.ts';
import { JobTable } from '../jobs.ts';
import { jobCode } from './job-code.ts';
import type { Program } from '../../kernel/process.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { countStep } from './budget.ts';
import { checkSize } from '../limits.ts';
import { exec } from './exec.ts';
import { locate, runExternal } from './external.ts';
import { reportSyntax, topLevelCatch, type RunResult } from './report.ts';
import { invoke } from './simple.ts';
import { runSourced } from './sourced.ts';
import { ProcessFs } from '../programs/system/process-fs.ts';
import { processTableOf } from '../programs/process-table.ts';
import { nullWriter } from '../io.ts';
import type { ChildShell, Interp, OpenFd, Scope } from './types.ts';
import type { Incomplete, ShellSyntaxError } from '../errors.ts';

/** One shell's state and execution; `spawn` builds the child shells it starts (`sh -c`, scripts). */
export class Interpreter implements Interp {
  readonly fs: Vfs;
  readonly programs: Map<string, Program>;
  readonly env: Map<string, string>;
  readonly exported: Set<string>;
  readonly arrays = new Map<string, ShellArray>();
  compoundArgs: ShellState['compoundArgs'] = new Map();
  /** One frame per function call: the values `local` will put back. */
  readonly scopes: Scope[] = [];
  readonly functions = new Map<string, Node>();
  readonly dialect: Dialect;
  readonly opts: ShellOptions;
  name: string;
  cwd: string;
  args: string[];
  lastExitCode = 0;
  readonly jobs = new JobTable();
  readonly openFds = new Map<number, OpenFd>();
  lastBackgroundPid: number | undefined;
  errexit = false;
  nounset = false;
  xtrace = false;
  pipefail = false;
  interactive = false;
  commandMode = false;
  steps = 0;
  budgetFrom = 0;
  lineNo = 1;
  inputLines = 0;
  conditionDepth = 0;
  funcDepth = 0;
  loopDepth = 0;
  nesting = 0;
  substDepth = 0;
  signal: AbortSignal | undefined;
  execing = false;
  substStatus: number | undefined;
  lastBreath = 0;
  private randomState: number;
  /** `unset RANDOM` makes RANDOM an ordinary variable, as in bash. */
  private randomSpecial: boolean;

  constructor(
    opts: ShellOptions,
    readonly spawn: (opts: ShellOptions) => ChildShell,
  ) {
    this.opts = opts;
    // The shell's builtins (test -e /dev/null, cd /proc) see the kernel's /dev and /proc too.
    this.fs = opts.fs instanceof ProcessFs ? opts.fs : new ProcessFs(opts.fs, { argv: [opts.name ?? 'sh'], env: opts.env, stdin: () => '', stdout: nullWriter, stderr: nullWriter, fds: this.openFds });
    this.programs = opts.programs;
    this.env = opts.env;
    this.exported = new Set(opts.env.keys());
    this.dialect = opts.dialect;
    this.cwd = opts.cwd;
    this.name = opts.name ?? (opts.dialect === 'bash' ? 'bash' : 'sh');
    this.args = opts.args ?? [];
    this.randomState = (opts.randomSeed ?? 1) >>> 0;
    this.randomSpecial = opts.dialect !== 'dash';
    // Every real shell exports PWD; `docker run alpine env` has no shell, so no PWD.
    if (!this.env.has('PWD') && !opts.execForm) this.setVar('PWD', this.cwd, true);
    // bash and busybox ash count their nesting in an exported SHLVL; dash leaves it alone.
    if (!opts.execForm && opts.dialect !== 'dash') this.setVar('SHLVL', nextShellLevel(opts.dialect, this.env.get('SHLVL')), true);
  }

  setVar(name: string, value: string, exported = false): void {
    checkSize(value.length);
    if (name === 'RANDOM' && this.randomSpecial) return this.seedRandom(Number(value) || 0);
    const array = this.arrays.get(name);
    // Assigning to an array's name sets its element 0, as bash does.
    if (array) array.items.set('0', value);
    else this.env.set(name, value);
    if (exported) this.exported.add(name);
  }

  getVar(name: string): string | undefined {
    if (name === 'RANDOM' && this.randomSpecial) return String(this.random());
    const array = this.arrays.get(name);
    return array ? array.items.get('0') : this.env.get(name);
  }

  makeLocal(name: string): void {
    keepLocal(this, name);
  }

  unsetVar(name: string): void {
    if (name === 'RANDOM') this.randomSpecial = false;
    this.arrays.delete(name);
    this.env.delete(name);
    this.exported.delete(name);
  }

  exportedEnv(extra?: Map<string, string>): Map<string, string> {
    const m = new Map<string, string>();
    for (const k of this.exported) {
      const v = this.env.get(k);
      if (v !== undefined) m.set(k, v);
    }
    if (extra) for (const [k, v] of extra) m.set(k, v);
    return m;
  }

  errPrefix(): string {
    if (this.dialect === 'dash') return `${this.name}: ${this.interactive ? this.inputLines : this.lineNo}: `;
    if (this.dialect === 'bash' && !this.interactive) return `${this.name}: line ${this.lineNo}: `;
    return `${this.name}: `;
  }

  builtinPrefix(builtin: string): string {
    if (this.dialect === 'dash') return `${this.errPrefix()}${builtin}: `;
    if (this.dialect === 'ash') return `${this.name}: ${builtin}: ${this.interactive ? '' : `line ${this.lineNo - 1}: `}`;
    return `${this.errPrefix()}${builtin}: `;
  }

  /** Puts the depth counters back to top level (after a line was cut short by an internal error). */
  resetDepths(): void {
    this.conditionDepth = this.funcDepth = this.loopDepth = this.nesting = this.substDepth = 0;
  }

  step(): void {
    countStep(this);
  }

  random(): number {
    // A 32-bit LCG (Numerical Recipes) seeded from the session: bash's own generator is not specified.
    this.randomState = (Math.imul(this.randomState, 1664525) + 1013904223) >>> 0;
    return (this.randomState >>> 16) & 0x7fff;
  }

  seedRandom(seed: number): void {
    this.randomState = seed >>> 0;
  }

  signalProcess(pid: number, sig: number): boolean {
    return processTableOf(this.opts.fs).signal(pid, sig);
  }

  jobBuiltins(): ReturnType<typeof jobCode> {
    return jobCode();
  }

  invokeExternal(argv: string[], io: ExecIo): Promise<number> {
    return runExternal(this, argv, new Map(), io);
  }

  exec(node: Node, io: ExecIo): Promise<number> {
    return exec(this, node, io);
  }

  invoke(argv: string[], assigns: Map<string, string>, io: ExecIo): Promise<number> {
    return invoke(this, argv, assigns, io);
  }

  locate(name: string): Located {
    return locate(this, name);
  }

  /** Runs a parsed tree at top level, turning control-flow exceptions into an exit status. */
  async runTree(tree: Node, io: ExecIo, sharedBudget = false): Promise<RunResult> {
    if (!sharedBudget) this.steps = this.budgetFrom = 0;
    this.lastBreath = Date.now();
    this.signal = io.signal;
    try {
      const code = await this.exec(tree, io);
      this.lastExitCode = code;
      return { exitCode: code, exited: false };
    } catch (e) {
      return topLevelCatch(this, e, io);
    }
  }

  runSourced(src: string, from: SourcedFrom, io: ExecIo): Promise<number> {
    return runSourced(this, src, from, io);
  }

  /** Prints a syntax error as this shell does and returns status 2. */
  reportSyntax(e: ShellSyntaxError | Incomplete, src: string, io: ExecIo): number {
    return reportSyntax(this, e, src, io);
  }
}

/**
 * The SHLVL a starting shell exports (measured on bash 5.2 and busybox 1.35): bash adds one to a whole
 * number (else 0), never below 0, and starts again at 1 from 1000; ash adds one to the leading digits as
 * an unsigned 32-bit number (`-5` gives 4294967292).
 */
export function nextShellLevel(dialect: 'bash' | 'ash', inherited: string | undefined): string {
  if (dialect === 'ash') {
    const lead = /^\s*(-?\d+)/.exec(inherited ?? '');
    return String(((lead ? Number(lead[1]) : 0) + 1) >>> 0);
  }
  const whole = /^\s*(-?\d+)\s*$/.exec(inherited ?? '');
  const next = (whole ? Number(whole[1]) : 0) + 1;
  return String(next < 0 ? 0 : next >= 1000 ? 1 : next);
}

