// The shell a learner types into: buffers lines until a construct is complete, runs it, and
// offers the prompt and tab completion. Host machine = bash; Alpine containers = busybox ash.
import { Incomplete, ShellSyntaxError } from './errors.ts';
import { Interpreter } from './interpreter/interpreter.ts';
import { InputStream, type ExecIo } from './io.ts';
import type { ShellOptions } from './state.ts';
import { parse, parseScript } from './parser.ts';
import type { UnterminatedHeredoc } from './lexer.ts';
import type { InteractiveShell, Writer } from '../kernel/process.ts';
import { BUILTINS } from './builtins.ts';
import { jobCode } from './interpreter/job-code.ts';
import { markTailExec } from './interpreter/tail-exec.ts';
import { resolve } from '../vfs/path.ts';
import { completePrefix, syntaxErrorLine } from './interpreter/sourced.ts';


type FeedIo = { stdout: Writer; stderr: Writer; signal: AbortSignal };

/** A POSIX shell over the vfs, in the bash or busybox-ash dialect. */
export class Shell implements InteractiveShell {
  private buffer = '';
  /** The interpreter holding this shell's state (variables, functions, options, cwd). */
  readonly state: Interpreter;

  constructor(readonly opts: ShellOptions) {
    this.state = new Interpreter(opts, (child) => new Shell(child));
  }

  /** The working directory. */
  get cwd(): string {
    return this.state.cwd;
  }

  /** The shell's variables (the same Map it was built with). */
  get env(): Map<string, string> {
    return this.state.env;
  }

  /** The file-creation mask the `umask` builtin sets (kept with the lesson's machine). */
  get umask(): number {
    return this.state.fs.umask;
  }

  /** `$?`. */
  get lastExitCode(): number {
    return this.state.lastExitCode;
  }

  /** The primary prompt: `learner@workbook:~/workspace$ `, `/ # ` (ash) or `root@abc123:/# ` (bash in a container). */
  prompt(): string {
    const user = this.opts.user ?? this.env.get('USER') ?? (this.opts.promptStyle === 'container' ? 'root' : 'learner');
    const sign = user === 'root' ? '#' : '$';
    const dir = this.displayCwd();
    if (this.opts.promptStyle === 'container' && this.state.dialect === 'ash') return `${dir} ${sign} `;
    return `${user}@${this.opts.hostname ?? 'workbook'}:${dir}${sign} `;
  }

  /** The prompt while a construct continues (`PS2`). */
  continuationPrompt(): string {
    return '> ';
  }

  /** The cwd with the home directory shown as `~`. */
  displayCwd(): string {
    const home = this.env.get('HOME');
    if (home && home !== '/' && (this.cwd === home || this.cwd.startsWith(home + '/'))) return '~' + this.cwd.slice(home.length);
    return this.cwd;
  }

  /** Whether a multi-line construct is waiting for more lines. */
  get pending(): boolean {
    return this.buffer !== '';
  }

  /** Runs one typed line, or buffers it while a quote, heredoc, `&&`, `|`, `\` or if/for/while is open. */
  async feed(line: string, io: FeedIo): Promise<{ kind: 'ran'; exitCode: number; exited: boolean } | { kind: 'incomplete' }> {
    const st = this.state;
    st.interactive = true;
    st.inputLines++;
    const src = this.buffer + line + '\n';
    const eio: ExecIo = { ...io, stdin: new InputStream('', true), tty: true };
    return guarded<{ kind: 'ran'; exitCode: number; exited: boolean } | { kind: 'incomplete' }>(st, eio, async () => {
      let tree;
      try {
        tree = parse(src, false, st.dialect);
      } catch (e) {
        if (e instanceof Incomplete) {
          this.buffer = src;
          return { kind: 'incomplete' };
        }
        this.buffer = '';
        if (!(e instanceof ShellSyntaxError)) throw e;
        st.lineNo = 1;
        st.lastExitCode = st.reportSyntax(e, src, eio);
        return { kind: 'ran', exitCode: st.lastExitCode, exited: false };
      }
      this.buffer = '';
      if (/^\s*$/.test(src.replace(/#.*$/gm, ''))) {
        await reportJobs(st, eio);
        return { kind: 'ran', exitCode: st.lastExitCode, exited: false };
      }
      const ran = await st.runTree(tree, eio);
      // Before the next prompt: the jobs that ended meanwhile (`[1]+  Done  sleep 2`).
      await reportJobs(st, eio);
      return { kind: 'ran', ...ran };
    }, { kind: 'ran', exitCode: 1, exited: false });
  }

  /** Drops a half-typed construct (Ctrl-C at a `> ` prompt). */
  cancelPending(): void {
    this.buffer = '';
  }

  /**
   * Runs a whole script non-interactively (`sh -c`, Dockerfile RUN, shell scripts). `sharedBudget`:
   * this shell was started by another and goes on counting that shell's steps.
   */
  async run(script: string, io: FeedIo & { stdin?: string | InputStream }, tty = false, sharedBudget = false): Promise<{ exitCode: number; exited: boolean }> {
    const st = this.state;
    st.interactive = false;
    if (!sharedBudget) st.commandMode = true;
    // A child shell (`sh -c …`, a script) reads its parent's stream itself, as a forked shell shares fd 0.
    const stdin = io.stdin instanceof InputStream ? io.stdin : new InputStream(io.stdin ?? '');
    const eio: ExecIo = { stdout: io.stdout, stderr: io.stderr, signal: io.signal, stdin, tty };
    return guarded(st, eio, async () => {
      let tree;
      try {
        // bash ends a last line without a newline; ash and dash keep a heredoc's last line as it is.
        const parsed = parseScript(script.endsWith('\n') || st.dialect !== 'bash' ? script : script + '\n', true, st.dialect);
        tree = parsed.tree;
        if (st.dialect === 'bash') warnUnterminated(st, parsed.unterminated, script, eio);
        // A process's `sh -c` becomes its last command (ps shows that program), as bash and ash exec it.
        if (st.commandMode && !this.opts.execForm && this.opts.process) markTailExec(tree, st.dialect);
      } catch (e) {
        if (!(e instanceof Incomplete || e instanceof ShellSyntaxError)) throw e;
        const line = syntaxErrorLine(st.dialect, e, script);
        // A shell reads a script a command at a time: the whole commands before the error run first.
        const before = completePrefix(script, line, st.dialect);
        if (before) {
          const ran = await st.runTree(before, eio, sharedBudget);
          if (ran.exited) return ran;
        }
        st.lineNo = line;
        st.lastExitCode = st.reportSyntax(e, script, eio);
        return { exitCode: st.lastExitCode, exited: true };
      }
      return st.runTree(tree, eio, sharedBudget);
    }, { exitCode: 1, exited: !st.interactive });
  }

  /** Tab completion: command names for the first word, else paths (directories get a `/`). */
  complete(line: string, cursor: number): { start: number; candidates: string[] } {
    const before = line.slice(0, cursor);
    const m = /[^\s;|&<>()]*$/.exec(before)!;
    const start = m.index;
    const word = m[0];
    const head = before.slice(0, start);
    const firstWord = /^\s*$/.test(head) || /(?:[;|&(]|&&|\|\|)\s*$/.test(head);
    const out = new Set<string>();
    if (firstWord && !word.includes('/')) {
      for (const n of [...BUILTINS.keys(), ...this.state.functions.keys()]) if (n.startsWith(word)) out.add(n);
      // Programs as the shell finds them: in a container, the files along $PATH (shell/lookup.ts).
      for (const n of this.state.programs.keys()) if (n.startsWith(word) && this.state.locate(n) !== null) out.add(n);
      for (const dir of (this.env.get('PATH') ?? '').split(':')) {
        if (!dir) continue;
        try {
          for (const n of this.state.fs.readdir(resolve(this.cwd, dir))) if (n.startsWith(word) && this.state.locate(n) !== null) out.add(n);
        } catch {
          /* not a directory here */
        }
      }
      return { start, candidates: [...out].sort() };
    }
    const slash = word.lastIndexOf('/');
    const dirPart = slash < 0 ? '' : word.slice(0, slash + 1);
    const prefix = word.slice(slash + 1);
    const home = this.env.get('HOME') ?? '/';
    const dirAbs = resolve(this.cwd, dirPart === '' ? '.' : dirPart.replace(/^~(?=\/|$)/, home));
    try {
      for (const name of this.state.fs.readdir(dirAbs)) {
        if (!name.startsWith(prefix)) continue;
        if (name.startsWith('.') && !prefix.startsWith('.')) continue;
        let isDir = false;
        try {
          isDir = this.state.fs.stat(`${dirAbs}/${name}`).type === 'dir';
        } catch {
          /* dangling link */
        }
        out.add(dirPart + name + (isDir ? '/' : ''));
      }
    } catch {
      /* not a directory */
    }
    return { start, candidates: [...out].sort() };
  }
}

/** The notices of jobs that ended, before the next prompt (their code loads with the first job). */
async function reportJobs(st: Interpreter, io: ExecIo): Promise<void> {
  if (st.jobs.all().some((j) => j.state.kind !== 'running')) (await jobCode()).reportDoneJobs(st, io);
}

/** bash's warning for each heredoc the end of the script closed, at the script's last line (`bash: line 3: warning: …`). */
function warnUnterminated(st: Interpreter, heredocs: UnterminatedHeredoc[], script: string, io: ExecIo): void {
  const where = `${st.name}: line ${script.split('\n').length - (script.endsWith('\n') ? 1 : 0)}: `;
  for (const h of heredocs) io.stderr.write(`${where}warning: here-document at line ${h.line} delimited by end-of-file (wanted \`${h.delimiter}')\n`);
}

/**
 * Runs `f`, and if anything inside the shell fails in a way it does not model (a bug, the JS stack
 * running out), prints one line `internal error: …` instead of a stack, keeps the shell usable and
 * logs the detail for developers. `$?` becomes 1.
 */
async function guarded<T>(st: Interpreter, io: ExecIo, f: () => Promise<T>, failed: T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    st.resetDepths();
    console.error('shell: internal error', e);
    const message = e instanceof Error ? e.message : String(e);
    io.stderr.write(`internal error: ${message.split('\n')[0].slice(0, 200)}\n`);
    st.lastExitCode = 1;
    return failed;
  }
}
