// awk's commands: system(CMD), print … | CMD, CMD | getline and close(CMD). Each runs `sh -c CMD` on the
// machine awk runs on (exec.ts, so an image without sh says so as it would). Pipes here are buffered whole:
// an output pipe's command runs when it is closed (close(CMD) or the end), with everything printed to it
// as its input, so `print | "sort"` is exact and a streaming `print | "cat"` shows its lines at the close
// rather than as they are written; an input pipe's command runs when first read, its output kept.
import type { Writer } from '../../../kernel/process.ts';
import { execCommand, type ProgramTable } from '../exec.ts';
import { checkSignal } from '../util.ts';
import { RecordReader, type AwkMachine, type CommandPipes } from './machine.ts';
import type { Maybe } from './maybe.ts';
import { AWK_STEP_BUDGET, AwkBudgetExceeded } from './signals.ts';

// A command costs this many of the run's steps, so `while (1) system("true")` stops after 10,000 commands
// (about 2 s) as a loop of statements stops after its budget: each command's own shell starts a fresh budget.
const COMMAND_STEPS = AWK_STEP_BUDGET / 10_000;

/** A command's output, collected for `CMD | getline`. */
class Collect implements Writer {
  text = '';
  write(t: string): void {
    this.text += t;
  }
}

/** The commands one awk run has started, by command string (one pipe per distinct string, as in awk). */
export class AwkCommands implements CommandPipes {
  private readonly writing = new Map<string, string>();
  private readonly reading = new Map<string, { reader: RecordReader; status: number }>();

  constructor(
    private readonly m: AwkMachine,
    private readonly table: ProgramTable,
  ) {}

  private get flavour() {
    return this.m.flavour;
  }

  // Writes out what awk has buffered for stdout: done before each command starts, as mawk and busybox do.
  private flush(): void {
    this.m.flush();
  }

  // mawk starts pipes as `/bin/sh -c` and system() as `sh -c` (libc's), which is how the shell's errors name it.
  private async run(cmd: string, argv0: string, streams: { stdin?: string; stdout?: Writer }, charge = true): Promise<number> {
    checkSignal(this.m.ctx);
    if (charge && (this.m.steps += COMMAND_STEPS) > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    const code = await execCommand(this.m.ctx, this.table, [argv0, '-c', cmd], streams);
    return code ?? 127;
  }

  private pipeShell(): string {
    return this.flavour === 'gnu' ? '/bin/sh' : 'sh';
  }

  // close()'s value for a command: mawk gives its exit status, busybox the wait status (status × 256).
  private closed(code: number): number {
    return this.flavour === 'gnu' ? code : code * 256;
  }

  /** system(CMD): awk's output so far, then the command's; its exit status. */
  async system(cmd: string): Promise<number> {
    this.flush();
    return this.run(cmd, 'sh', {});
  }

  /** `print … | CMD`: text for the command's input (opening the pipe flushes awk's output). */
  write(cmd: string, text: string): void {
    const before = this.writing.get(cmd);
    if (before === undefined) this.flush();
    this.writing.set(cmd, (before ?? '') + text);
  }

  /** `CMD | getline`: the command's output as records, read from where the last getline left off (the command runs when first read). */
  reader(cmd: string): Maybe<RecordReader> {
    const open = this.reading.get(cmd);
    if (open) return open.reader;
    this.flush();
    const out = new Collect();
    return this.run(cmd, this.pipeShell(), { stdout: out }).then((status) => {
      const started = { reader: new RecordReader(out.text), status };
      this.reading.set(cmd, started);
      return started.reader;
    });
  }

  /** close(CMD): runs an output pipe's command (busybox writes its own output out first); undefined when CMD is no open pipe. */
  close(cmd: string, charge = true): Maybe<number | undefined> {
    const input = this.writing.get(cmd);
    if (input !== undefined) {
      this.writing.delete(cmd);
      if (this.flavour === 'busybox') this.flush();
      return this.run(cmd, this.pipeShell(), { stdin: input }, charge).then((code) => this.closed(code));
    }
    const open = this.reading.get(cmd);
    if (!open) return undefined;
    this.reading.delete(cmd);
    return this.closed(open.status);
  }

  /** At exit (even one forced by the step budget): every output pipe still open is closed, in the order they were opened. */
  async closeAll(): Promise<void> {
    for (const cmd of [...this.writing.keys()]) await this.close(cmd, false);
    this.reading.clear();
  }
}
