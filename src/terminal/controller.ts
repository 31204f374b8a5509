// The shell front end on the main thread: keys in, line editing on screen, commands out to the session.
import type { FeedResult, OutputChunk, SessionApi } from '../protocol/session.ts';
import { parseKeys, type Key } from './keys.ts';
import { History, LineEditor } from './line-editor.ts';
import { commonPrefix, listColumns, redraw, visibleWidth } from './render.ts';

/** The part of an xterm Terminal the controller needs (xterm and @xterm/headless both fit). */
export interface TerminalLike {
  readonly cols: number;
  readonly rows: number;
  write(data: string): void;
}

/** The part of the session the controller drives. */
export type ShellSession = Pick<SessionApi, 'feed' | 'interrupt' | 'complete'>;

/** Hooks for the page: checkpoint refresh after each command, history persistence, comlink proxies. */
export interface ControllerOptions {
  history?: string[];
  /** Called after every command that ran (the page re-reads checkpoints). */
  onCommandDone?: (result: FeedResult & { kind: 'ran' }, line: string) => void;
  /** Called when the history changes, with all entries. */
  onHistoryChange?: (entries: string[]) => void;
  /** Wraps the output callback before it crosses to the worker (Comlink.proxy in the browser). */
  wrapCallback?: (fn: (chunk: OutputChunk) => void) => (chunk: OutputChunk) => void;
}

/** Output arrives with "\n" line ends; xterm needs "\r\n" to return to column 0. */
export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Reads keys, edits the line, runs it through the session and prints output. While a command
 * runs (or a completion is fetched), keys are queued and replayed afterwards, as a terminal's
 * type-ahead does; Ctrl-C is the exception: it interrupts the command and drops the queue.
 */
export class TerminalController {
  private readonly editor = new LineEditor();
  private readonly history: History;
  private readonly queue: Key[] = [];
  private primaryPrompt = '$ ';
  private prompt = '$ ';
  private cursorRow = 0;
  private busy: 'running' | 'completing' | null = null;
  private active = false;
  private tabs = 0;
  private idleWaiters: (() => void)[] = [];
  private linesInCommand: string[] = [];
  private interruptEchoed = false;

  constructor(
    private readonly term: TerminalLike,
    private readonly session: ShellSession,
    private readonly options: ControllerOptions = {},
  ) {
    this.history = new History(options.history ?? []);
  }

  /** Shows the first prompt and starts accepting keys. */
  start(prompt: string): void {
    this.primaryPrompt = this.prompt = prompt;
    this.active = true;
    this.editor.clear();
    this.freshPrompt();
    this.pump();
  }

  /** After a lesson reset: forgets the typed line and queue, shows the new prompt on a clean line. */
  restart(prompt: string): void {
    this.queue.length = 0;
    this.linesInCommand = [];
    this.start(prompt);
  }

  /** True while a command runs. */
  get running(): boolean {
    return this.busy === 'running';
  }

  /** The line as typed so far (for tests and the page). */
  get line(): string {
    return this.editor.buffer;
  }

  /** Everything xterm's onData delivers goes here. */
  handleData(data: string): void {
    for (const key of parseKeys(data)) this.enqueue(key);
    this.pump();
  }

  /** A lesson's Run button: replaces the typed line with `command` and presses Enter (queued if busy). */
  runCommand(command: string): void {
    this.enqueue({ type: 'ctrl-e' });
    this.enqueue({ type: 'ctrl-u' });
    for (const key of parseKeys(command.replace(/\n/g, '\r'))) this.enqueue(key);
    this.enqueue({ type: 'enter' });
    this.pump();
  }

  /** Redraws after the terminal changed size (the line may wrap differently now). */
  resized(): void {
    if (!this.active || this.busy === 'running') return;
    // xterm reflows the wrapped line, so the cursor sits where the new width puts it.
    const offset = visibleWidth(this.prompt) + visibleWidth(this.editor.buffer.slice(0, this.editor.cursor));
    this.cursorRow = Math.floor(offset / Math.max(1, this.term.cols));
    this.draw();
  }

  /** Resolves when no command runs and no key is waiting (tests use it). */
  whenIdle(): Promise<void> {
    if (!this.busy && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private enqueue(key: Key): void {
    if (key.type === 'ctrl-c' && this.busy === 'running') {
      // The tty driver flushes type-ahead on SIGINT and echoes ^C.
      this.queue.length = 0;
      this.term.write('^C');
      this.interruptEchoed = true;
      this.session.interrupt();
      return;
    }
    this.queue.push(key);
  }

  private pump(): void {
    while (this.active && !this.busy && this.queue.length > 0) {
      const key = this.queue.shift()!;
      const pending = this.handleKey(key);
      if (pending) {
        pending
          .catch((error: unknown) => {
            // The worker failed (not a learner's mistake, which comes back as an exit code): say so, carry on.
            this.term.write(toTerminalText(`workbook: ${String(error)}\n`));
            this.prompt = this.primaryPrompt;
            this.linesInCommand = [];
            this.editor.clear();
            this.freshPrompt();
          })
          .finally(() => {
            this.busy = null;
            this.pump();
          });
      }
    }
    if (!this.busy && this.queue.length === 0) {
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }

  private draw(): void {
    const { output, cursorRow } = redraw(
      this.prompt,
      this.editor.buffer,
      this.editor.cursor,
      this.term.cols,
      this.cursorRow,
    );
    this.cursorRow = cursorRow;
    this.term.write(output);
  }

  private freshPrompt(): void {
    this.cursorRow = 0;
    this.draw();
  }

  /** Moves below the typed line (whatever row the cursor is on) before output or a listing. */
  private leaveLine(): void {
    this.editor.end();
    this.draw();
    this.term.write('\r\n');
  }

  private handleKey(key: Key): Promise<void> | undefined {
    const wasTab = this.tabs;
    this.tabs = key.type === 'tab' ? this.tabs + 1 : 0;
    const e = this.editor;
    let changed = true;
    switch (key.type) {
      case 'text':
        e.insert(key.text);
        break;
      case 'backspace':
        changed = e.backspace();
        break;
      case 'delete':
        changed = e.deleteForward();
        break;
      case 'ctrl-d':
        // bash's Ctrl-D deletes forward; on an empty line it would exit, which a lesson page cannot.
        changed = e.deleteForward();
        break;
      case 'left':
        changed = e.left();
        break;
      case 'right':
        changed = e.right();
        break;
      case 'home':
      case 'ctrl-a':
        e.home();
        break;
      case 'end':
      case 'ctrl-e':
        e.end();
        break;
      case 'word-left':
        e.wordLeft();
        break;
      case 'word-right':
        e.wordRight();
        break;
      case 'ctrl-u':
        e.killToStart();
        break;
      case 'ctrl-k':
        e.killToEnd();
        break;
      case 'ctrl-w':
        e.deleteWordBack();
        break;
      case 'up': {
        const entry = this.history.previous(e.buffer);
        if (entry === undefined) changed = false;
        else e.set(entry);
        break;
      }
      case 'down': {
        const entry = this.history.next();
        if (entry === undefined) changed = false;
        else e.set(entry);
        break;
      }
      case 'ctrl-l':
        this.term.write('\x1b[H\x1b[2J');
        this.freshPrompt();
        return undefined;
      case 'ctrl-c':
        this.cancelLine();
        return undefined;
      case 'tab':
        this.busy = 'completing';
        return this.complete(wasTab > 0);
      case 'enter':
        this.busy = 'running';
        return this.submit();
    }
    if (changed) this.draw();
    return undefined;
  }

  /** Ctrl-C at the prompt: bash prints ^C, drops the line (and any open heredoc or quote). */
  private cancelLine(): void {
    this.editor.end();
    this.draw();
    this.term.write('^C\r\n');
    this.editor.clear();
    this.history.rewind();
    if (this.linesInCommand.length > 0 || this.prompt !== this.primaryPrompt) this.session.interrupt();
    this.linesInCommand = [];
    this.prompt = this.primaryPrompt;
    this.freshPrompt();
  }

  private async submit(): Promise<void> {
    const line = this.editor.buffer;
    this.leaveLine();
    this.editor.clear();
    this.linesInCommand.push(line);
    let endsWithNewline = true;
    const onOutput = (chunk: OutputChunk) => {
      if (chunk.text === '') return;
      endsWithNewline = chunk.text.endsWith('\n');
      this.term.write(toTerminalText(chunk.text));
    };
    const write = this.options.wrapCallback ? this.options.wrapCallback(onOutput) : onOutput;
    this.interruptEchoed = false;
    const result = await this.session.feed(line, write);
    // Each physical line is one history entry (bash with `shopt -u cmdhist`).
    this.history.push(line);
    this.options.onHistoryChange?.(this.history.entries.slice());
    if (result.kind === 'incomplete') {
      this.prompt = result.prompt;
    } else {
      const command = this.linesInCommand.join('\n');
      this.linesInCommand = [];
      this.primaryPrompt = this.prompt = result.prompt;
      // After ^C the prompt starts on a new line, as bash does for an interrupted job.
      if (this.interruptEchoed || (result.exitCode === 130 && !endsWithNewline)) this.term.write('\r\n');
      this.options.onCommandDone?.(result, command);
    }
    this.freshPrompt();
  }

  private async complete(secondTab: boolean): Promise<void> {
    const { buffer, cursor } = this.editor;
    const { start, candidates } = await this.session.complete(buffer, cursor);
    const word = buffer.slice(start, cursor);
    const unique = [...new Set(candidates)];
    if (unique.length === 0) {
      this.term.write('\x07');
      return;
    }
    if (unique.length === 1) {
      const only = unique[0];
      this.editor.replace(start, cursor, only.endsWith('/') ? only : `${only} `);
      this.draw();
      return;
    }
    const prefix = commonPrefix(unique);
    if (prefix.length > word.length) {
      this.editor.replace(start, cursor, prefix);
      this.draw();
      this.tabs = 1;
      return;
    }
    if (!secondTab) {
      this.term.write('\x07');
      return;
    }
    const saved = this.editor.cursor;
    this.leaveLine();
    this.term.write(listColumns(unique.sort(), this.term.cols));
    this.editor.cursor = saved;
    this.freshPrompt();
  }
}
