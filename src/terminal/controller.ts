// The shell front end on the main thread: keys in, line editing on screen, commands out to the session.
import type { FeedEvent, FeedResult } from '../protocol/session.ts';
import { applyEditingKey } from './editing-keys.ts';
import { parseKeys, type Key } from './keys.ts';
import { History, LineEditor } from './line-editor.ts';
import { commonPrefix, listColumns, redraw, visibleWidth } from './render.ts';
import { ReverseSearch } from './reverse-search.ts';
import { SessionLink, SessionLost, type ShellSession } from './session-link.ts';

export { SessionLost, type ShellSession };

/** The part of an xterm Terminal the controller needs (xterm and @xterm/headless both fit). */
export interface TerminalLike {
  readonly cols: number;
  readonly rows: number;
  write(data: string): void;
  /** Drops output written but not drawn yet (a paced terminal, on Ctrl-C). */
  discardOutput?(): void;
}

/** Hooks for the page: checkpoint refresh after each command, history persistence, comlink proxies. */
export interface ControllerOptions {
  history?: string[];
  /** Called after every command that ran (the page re-reads checkpoints). */
  onCommandDone?: (result: FeedResult & { kind: 'ran' }, line: string) => void;
  /** Called when the history changes, with all entries. */
  onHistoryChange?: (entries: string[]) => void;
  /** Awaited before each line runs (the editor saves a pending edit, so `docker build` sees it). */
  beforeRun?: () => Promise<void>;
  /** Everything the learner reads (command lines, output, notices) as plain text, for a role="log". */
  onTranscript?: (text: string) => void;
  /** Wraps the event callback before it crosses to the worker (Comlink.proxy in the browser). */
  wrapCallback?: (fn: (event: FeedEvent) => void) => (event: FeedEvent) => void;
}

/** How many characters of output arriving after Ctrl-C are still drawn (a handler's "shutting down"). */
const DRAWN_AFTER_INTERRUPT = 4096;

/** Output arrives with "\n" line ends; xterm needs "\r\n" to return to column 0. */
export function toTerminalText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * Reads keys, edits the line, runs it through the session and prints output. Editing works before
 * the session is attached (the prompt is drawn at once); Enter and Tab wait for it. While a command
 * runs, keys are queued and replayed afterwards, as a terminal's type-ahead does; Ctrl-C is the
 * exception: it interrupts the command and drops the queue.
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
  private nested = false;
  private search: ReverseSearch | undefined;
  private idleWaiters: (() => void)[] = [];
  private linesInCommand: string[] = [];
  private lastSubmitted = '';
  private interruptEchoed = false;
  private readonly link: SessionLink;

  constructor(
    private readonly term: TerminalLike,
    session?: ShellSession,
    private readonly options: ControllerOptions = {},
  ) {
    this.history = new History(options.history ?? []);
    this.link = new SessionLink(session, options.wrapCallback);
  }

  /** Shows the first prompt and starts accepting keys (before a session is attached, if need be). */
  start(prompt: string): void {
    this.primaryPrompt = this.prompt = prompt;
    this.active = true;
    this.editor.clear();
    this.freshPrompt();
    this.pump();
  }

  /** Hands the controller its (new) session and that session's prompt; the typed line stays. */
  attach(session: ShellSession, prompt: string): void {
    this.link.attach(session);
    this.nested = false;
    this.setPrompt(prompt);
  }

  /** The session stopped answering: a waiting command ends with `notice`; keys wait for `attach`. */
  detach(notice: string): void {
    this.link.detach(notice);
  }

  /** Adds the history saved in an earlier visit (it loads while the first prompt is already up). */
  restoreHistory(entries: readonly string[]): void {
    this.history.prepend(entries);
  }

  /** After a lesson reset: forgets the typed line and queue, shows the new prompt on a clean line. */
  restart(prompt: string): void {
    this.queue.length = 0;
    this.linesInCommand = [];
    this.search = undefined;
    this.nested = false;
    this.start(prompt);
  }

  /** Prints a line above the prompt (notices, welcome text) and redraws the prompt and typed line below it. */
  printAbove(text: string): void {
    this.options.onTranscript?.(`${text}\n`);
    if (!this.active || this.busy === 'running') {
      this.term.write(toTerminalText(`${text}\n`));
      return;
    }
    this.term.write('\r' + (this.cursorRow > 0 ? `\x1b[${this.cursorRow}A` : '') + '\x1b[J' + toTerminalText(`${text}\n`));
    this.freshPrompt();
  }

  /** Output that came between commands (a background job's): above the prompt, which is drawn again below it. */
  printOutput(text: string): void {
    if (text) this.printAbove(text.endsWith('\n') ? text.slice(0, -1) : text);
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
    const offset = visibleWidth(this.shownPrompt()) + visibleWidth(this.editor.buffer.slice(0, this.editor.cursor));
    this.cursorRow = Math.floor(offset / Math.max(1, this.term.cols));
    this.draw();
  }

  /** Resolves when no command runs and no key is waiting (tests use it). */
  whenIdle(): Promise<void> {
    if (!this.busy && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private setPrompt(prompt: string): void {
    const idle = this.prompt === this.primaryPrompt;
    this.primaryPrompt = prompt;
    if (idle) this.prompt = prompt;
    if (this.active && this.busy !== 'running') this.draw();
  }

  private enqueue(key: Key): void {
    if (key.type === 'ctrl-c' && this.busy === 'running') {
      // The tty driver flushes type-ahead and the output not yet drawn on SIGINT, and echoes ^C.
      this.queue.length = 0;
      this.term.discardOutput?.();
      this.term.write('^C');
      this.interruptEchoed = true;
      this.link.interrupt();
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
            const text = error instanceof SessionLost ? error.message : `workbook: ${String(error)}`;
            this.term.write(toTerminalText(`${text}\n`));
            this.options.onTranscript?.(`${text}\n`);
            this.prompt = this.primaryPrompt;
            this.linesInCommand = [];
            // A line lost with its session comes back on the prompt (not run: it may be what hung it).
            this.editor.set(error instanceof SessionLost ? this.lastSubmitted : '');
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

  private shownPrompt(): string {
    return this.search ? this.search.prompt : this.prompt;
  }

  private draw(): void {
    const { output, cursorRow } = redraw(this.shownPrompt(), this.editor.buffer, this.editor.cursor, this.term.cols, this.cursorRow);
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
    if (this.search) return this.handleSearchKey(this.search, key);
    const wasTab = this.tabs;
    this.tabs = key.type === 'tab' ? this.tabs + 1 : 0;
    switch (key.type) {
      case 'ctrl-l':
        this.term.write('\x1b[H\x1b[2J');
        this.freshPrompt();
        return undefined;
      case 'ctrl-c':
        this.cancelLine();
        return undefined;
      case 'ctrl-r':
        this.search = new ReverseSearch(this.history.entries, this.editor.buffer);
        this.draw();
        return undefined;
      case 'ctrl-d':
        // Ctrl-D on an empty line is end-of-file: a container's shell exits (bash prints "exit");
        // the host's shell stays, as a lesson page has no terminal window to close.
        if (this.editor.buffer !== '' || !this.nested) break;
        this.editor.set('exit');
        this.busy = 'running';
        return this.submit(false);
      case 'tab':
        this.busy = 'completing';
        return this.complete(wasTab > 0);
      case 'enter':
        this.busy = 'running';
        return this.submit(true);
    }
    if (applyEditingKey(this.editor, this.history, key)) this.draw();
    return undefined;
  }

  /** Keys during Ctrl-R: typing refines, Ctrl-R goes older, Enter runs the match, Ctrl-G/Ctrl-C give up, others accept. */
  private handleSearchKey(search: ReverseSearch, key: Key): Promise<void> | undefined {
    switch (key.type) {
      case 'text':
        search.type(key.text);
        break;
      case 'backspace':
        search.erase();
        break;
      case 'ctrl-r':
        search.older();
        break;
      case 'ctrl-g':
      case 'ctrl-c':
        this.search = undefined;
        this.editor.set(search.original);
        this.draw();
        return undefined;
      default:
        // Any other key accepts the match onto the line and then does its own job there.
        this.search = undefined;
        this.editor.set(search.line);
        if (key.type === 'escape') {
          this.draw();
          return undefined;
        }
        return this.handleKey(key);
    }
    this.editor.set(search.line);
    this.editor.cursor = search.failed || search.query === '' ? this.editor.cursor : search.position;
    this.draw();
    return undefined;
  }

  /** Ctrl-C at the prompt: bash prints ^C, drops the line (and any open heredoc or quote). */
  private cancelLine(): void {
    this.editor.end();
    this.draw();
    this.term.write('^C\r\n');
    this.editor.clear();
    this.history.rewind();
    if (this.linesInCommand.length > 0 || this.prompt !== this.primaryPrompt) this.link.interrupt();
    this.linesInCommand = [];
    this.prompt = this.primaryPrompt;
    this.freshPrompt();
  }

  private async submit(record: boolean): Promise<void> {
    const line = this.editor.buffer;
    this.lastSubmitted = line;
    this.leaveLine();
    this.editor.clear();
    this.linesInCommand.push(line);
    this.options.onTranscript?.(`${this.prompt}${line}\n`);
    let endsWithNewline = true;
    let afterInterrupt = 0;
    const write = (chunk: string) => {
      // After ^C only a program's last words are drawn, not the rest of a flood already on its way.
      const text = this.interruptEchoed ? chunk.slice(0, Math.max(0, DRAWN_AFTER_INTERRUPT - afterInterrupt)) : chunk;
      if (this.interruptEchoed) afterInterrupt += text.length;
      if (text === '') return;
      endsWithNewline = text.endsWith('\n');
      this.term.write(toTerminalText(text));
      this.options.onTranscript?.(text);
    };
    this.interruptEchoed = false;
    await this.options.beforeRun?.().catch(() => {});
    const result = await this.link.run(line, write);
    // Each physical line is one history entry (bash with `shopt -u cmdhist`).
    if (record) {
      this.history.push(line);
      this.options.onHistoryChange?.(this.history.entries.slice());
    } else {
      this.history.rewind();
    }
    if (result.kind === 'incomplete') {
      this.prompt = result.prompt;
    } else {
      const command = this.linesInCommand.join('\n');
      this.linesInCommand = [];
      this.primaryPrompt = this.prompt = result.prompt;
      this.nested = result.nested ?? false;
      // After ^C the prompt starts on a new line, as bash does for an interrupted job.
      if (this.interruptEchoed || (result.exitCode === 130 && !endsWithNewline)) this.term.write('\r\n');
      if (!endsWithNewline) this.options.onTranscript?.('\n');
      this.options.onCommandDone?.(result, command);
    }
    this.freshPrompt();
  }

  private async complete(secondTab: boolean): Promise<void> {
    const { buffer, cursor } = this.editor;
    const { start, candidates } = await this.link.complete(buffer, cursor);
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
