// The line editor end to end on a headless xterm: what the learner sees after each keystroke.
import { Terminal } from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import type { Completion, FeedEvent, FeedResult, OutputChunk } from '../../src/protocol/session.ts';
import { TerminalController, type ShellSession } from '../../src/terminal/controller.ts';

/** Delivers events on a later macrotask, as a worker's callback port does: `run` has resolved by then. */
function laterChannel(onEvent: (event: FeedEvent) => void): (event: FeedEvent) => void {
  let chain = Promise.resolve();
  return (event) => {
    chain = chain.then(() => new Promise<void>((resolve) => setTimeout(() => (onEvent(event), resolve()), 0)));
  };
}

/** A scripted session: records lines; `echo x` prints x; `many N` prints N chunks; `slow` waits until
 *  released; `cat <<EOF` continues; `sh` enters a nested shell that `exit` leaves. */
class ScriptedSession implements ShellSession {
  lines: string[] = [];
  interrupts = 0;
  private release?: () => void;
  private inHeredoc = false;
  private depth = 0;

  async run(line: string, onEvent: (event: FeedEvent) => void): Promise<void> {
    const events = laterChannel(onEvent);
    const result = await this.feed(line, (chunk) => events({ kind: 'output', chunk }));
    events({ kind: 'done', result });
  }

  async feed(line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult> {
    this.lines.push(line);
    if (line === 'sh') this.depth++;
    if (line === 'exit' && this.depth > 0) this.depth--;
    if (line.startsWith('many ')) {
      for (let i = 1; i <= Number(line.slice(5)); i++) onOutput({ stream: 'stdout', text: `line ${i}\n` });
    }
    if (line === 'cat <<EOF') {
      this.inHeredoc = true;
      return { kind: 'incomplete', prompt: '> ' };
    }
    if (this.inHeredoc) {
      if (line !== 'EOF') return { kind: 'incomplete', prompt: '> ' };
      this.inHeredoc = false;
    }
    if (line === 'slow') {
      await new Promise<void>((resolve) => (this.release = resolve));
      return { kind: 'ran', exitCode: 130, prompt: '$ ' };
    }
    if (line.startsWith('echo ')) onOutput({ stream: 'stdout', text: `${line.slice(5)}\n` });
    return { kind: 'ran', exitCode: 0, prompt: this.depth > 0 ? '/ # ' : '$ ', nested: this.depth > 0 };
  }
  interrupt(): void {
    this.interrupts++;
    this.inHeredoc = false;
    this.release?.();
  }
  async complete(line: string, cursor: number): Promise<Completion> {
    const start = line.lastIndexOf(' ', cursor - 1) + 1;
    const word = line.slice(start, cursor);
    const all = start === 0 ? ['docker'] : ['image', 'images', 'import', 'info'];
    return { start, candidates: all.filter((c) => c.startsWith(word)) };
  }
}

async function setup(cols = 40) {
  const term = new Terminal({ cols, rows: 10, allowProposedApi: true });
  const session = new ScriptedSession();
  const done: string[] = [];
  const controller = new TerminalController(term, session, { onCommandDone: (_r, line) => done.push(line) });
  controller.start('$ ');
  const type = async (data: string) => {
    controller.handleData(data);
    await controller.whenIdle();
    await new Promise<void>((resolve) => term.write('', resolve));
  };
  const screen = () => {
    const lines: string[] = [];
    const buffer = term.buffer.active;
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)!.translateToString(true).trimEnd());
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    return lines.join('\n');
  };
  const cursor = () => [term.buffer.active.cursorX, term.buffer.active.cursorY];
  return { term, session, controller, type, screen, cursor, done };
}

describe('TerminalController', () => {
  it('echoes typing, edits in the middle and runs the line', async () => {
    const t = await setup();
    await t.type('echo helo');
    await t.type('\x1b[D\x1b[Dl'); // ← ← l
    expect(t.screen()).toBe('$ echo hello');
    expect(t.cursor()).toEqual([10, 0]);
    await t.type('\r');
    expect(t.session.lines).toEqual(['echo hello']);
    expect(t.screen()).toBe('$ echo hello\nhello\n$');
    expect(t.done).toEqual(['echo hello']);
  });

  it('Home, End, Delete, Ctrl-A/E/U/K/W', async () => {
    const t = await setup();
    await t.type('docker run alpine');
    await t.type('\x01\x1b[3~'); // Ctrl-A, Delete
    expect(t.controller.line).toBe('ocker run alpine');
    await t.type('\x05\x17'); // Ctrl-E, Ctrl-W
    expect(t.controller.line).toBe('ocker run ');
    await t.type('\x1b[H\x1b[C\x1b[C\x0b'); // Home → → Ctrl-K
    expect(t.controller.line).toBe('oc');
    await t.type('\x15'); // Ctrl-U
    expect(t.controller.line).toBe('');
    expect(t.screen()).toBe('$');
  });

  it('recalls history with ↑ and ↓', async () => {
    const t = await setup();
    await t.type('echo one\recho two\r');
    await t.type('dr');
    await t.type('\x1b[A');
    expect(t.controller.line).toBe('echo two');
    await t.type('\x1b[A\x1b[A');
    expect(t.controller.line).toBe('echo one');
    await t.type('\x1b[B\x1b[B');
    expect(t.controller.line).toBe('dr');
  });

  it('Ctrl-C cancels the typed line with ^C and a new prompt', async () => {
    const t = await setup();
    await t.type('docker ima\x03');
    expect(t.screen()).toBe('$ docker ima^C\n$');
    expect(t.controller.line).toBe('');
  });

  it('queues keys while a command runs and interrupts it with Ctrl-C', async () => {
    const t = await setup();
    t.controller.handleData('slow\r');
    t.controller.handleData('echo later\r');
    await new Promise((r) => setTimeout(r, 10));
    expect(t.session.lines).toEqual(['slow']); // the second line waits
    await t.type('\x03');
    expect(t.session.interrupts).toBe(1);
    expect(t.session.lines).toEqual(['slow']); // Ctrl-C drops type-ahead
    expect(t.screen()).toBe('$ slow\n^C\n$');
  });

  it('replays type-ahead after the command finishes', async () => {
    const t = await setup();
    t.controller.handleData('echo a\recho b\r');
    await t.type('');
    expect(t.session.lines).toEqual(['echo a', 'echo b']);
    expect(t.screen()).toBe('$ echo a\na\n$ echo b\nb\n$');
  });

  it('runs each line of a bracketed paste in order, with continuation prompts', async () => {
    const t = await setup();
    await t.type('\x1b[200~cat <<EOF\nhi\nEOF\necho done\n\x1b[201~');
    expect(t.session.lines).toEqual(['cat <<EOF', 'hi', 'EOF', 'echo done']);
    expect(t.screen()).toBe('$ cat <<EOF\n> hi\n> EOF\n$ echo done\ndone\n$');
  });

  it('Ctrl-C in a continuation abandons it and returns to the main prompt', async () => {
    const t = await setup();
    await t.type('cat <<EOF\rab\x03');
    expect(t.session.interrupts).toBe(1);
    expect(t.screen()).toBe('$ cat <<EOF\n> ab^C\n$');
  });

  it('Tab inserts the only candidate, then the common prefix, and lists on the second Tab', async () => {
    const t = await setup();
    await t.type('dock\t');
    expect(t.controller.line).toBe('docker ');
    await t.type('i\t');
    expect(t.controller.line).toBe('docker i');
    await t.type('m\t');
    expect(t.controller.line).toBe('docker im');
    await t.type('\t');
    expect(t.screen()).toBe('$ docker im\nimage   images  import\n$ docker im');
    await t.type('a\t');
    expect(t.controller.line).toBe('docker image');
  });

  it('Ctrl-L clears the screen and keeps the line', async () => {
    const t = await setup();
    await t.type('echo a\r');
    await t.type('echo b\x0c');
    expect(t.cursor()).toEqual([8, 0]);
    expect(t.controller.line).toBe('echo b');
  });

  it('edits a line that wraps past the right margin', async () => {
    const t = await setup(12);
    await t.type('echo abcdefghijklmnop');
    expect(t.screen()).toBe('$ echo abcde\nfghijklmnop');
    await t.type('\x01');
    expect(t.cursor()).toEqual([2, 0]);
    await t.type('\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~');
    expect(t.screen()).toBe('$ abcdefghij\nklmnop');
    await t.type('\x05');
    expect(t.cursor()).toEqual([6, 1]);
  });

  it('types and runs a lesson command (Run button), replacing a half-typed line', async () => {
    const t = await setup();
    await t.type('garbage');
    t.controller.runCommand('echo ran');
    await t.type('');
    expect(t.session.lines).toEqual(['echo ran']);
    expect(t.screen()).toBe('$ echo ran\nran\n$');
  });
});

describe('TerminalController when the session fails', () => {
  it('prints the failure and a fresh prompt instead of hanging', async () => {
    const term = new Terminal({ cols: 40, rows: 6, allowProposedApi: true });
    const session: ShellSession = {
      run: async () => {
        throw new Error('worker gone');
      },
      interrupt: () => {},
      complete: async () => ({ start: 0, candidates: [] }),
    };
    const controller = new TerminalController(term, session);
    controller.start('$ ');
    controller.handleData('ls\r');
    await new Promise((r) => setTimeout(r, 10));
    await controller.whenIdle();
    await new Promise<void>((resolve) => term.write('', resolve));
    const rows = [0, 1, 2].map((i) => term.buffer.active.getLine(i)!.translateToString(true).trimEnd());
    expect(rows).toEqual(['$ ls', 'workbook: Error: worker gone', '$']);
    controller.handleData('echo\r'); // still accepts keys
    await controller.whenIdle();
  });
});

describe('TerminalController keeps the prompt last', () => {
  it('draws the prompt after all output even when the result overtakes the output channel', async () => {
    const t = await setup(40);
    await t.type('many 300\r');
    const lines = t.screen().split('\n');
    expect(lines.slice(-3)).toEqual(['line 299', 'line 300', '$']);
    expect(lines.filter((l) => l.startsWith('$'))).toEqual(['$ many 300', '$']);
  });

  it('keeps every prompt at the end of its command over a run of commands typed ahead', async () => {
    const t = await setup(40);
    t.controller.handleData('many 3\recho x\rmany 2\r');
    await t.type('');
    expect(t.screen()).toBe(['$ many 3', 'line 1', 'line 2', 'line 3', '$ echo x', 'x', '$ many 2', 'line 1', 'line 2', '$'].join('\n'));
  });
});

describe('TerminalController: Ctrl-R, Ctrl-D, and a session that comes late or is replaced', () => {
  it('Ctrl-R searches the history backwards; Ctrl-R again goes older; Enter runs the match', async () => {
    const t = await setup(60);
    await t.type('echo apple\recho banana\recho apricot\r');
    await t.type('\x12ap');
    expect(t.screen().split('\n').pop()).toBe("(reverse-i-search)`ap': echo apricot");
    await t.type('\x12');
    expect(t.controller.line).toBe('echo apple');
    await t.type('\x12');
    expect(t.screen().split('\n').pop()).toBe("(failed reverse-i-search)`ap': echo apple");
    await t.type('\r');
    expect(t.session.lines.at(-1)).toBe('echo apple');
    expect(t.screen().split('\n').slice(-3)).toEqual(['$ echo apple', 'apple', '$']);
  });

  it('Ctrl-G gives up the search and restores the typed line; Escape accepts the match for editing', async () => {
    const t = await setup(60);
    await t.type('echo banana\r');
    await t.type('draft\x12ban\x07');
    expect(t.controller.line).toBe('draft');
    expect(t.screen().split('\n').pop()).toBe('$ draft');
    await t.type('\x15\x12ban\x1b');
    expect(t.controller.line).toBe('echo banana');
    expect(t.screen().split('\n').pop()).toBe('$ echo banana');
    expect(t.session.lines).toEqual(['echo banana']);
  });

  it('Ctrl-D on an empty line leaves a container shell (bash prints exit) and does nothing on the host', async () => {
    const t = await setup(40);
    await t.type('\x04');
    expect(t.session.lines).toEqual([]);
    await t.type('sh\r');
    expect(t.screen().split('\n').pop()).toBe('/ #');
    await t.type('\x04');
    expect(t.session.lines).toEqual(['sh', 'exit']);
    expect(t.screen().split('\n').slice(-2)).toEqual(['/ # exit', '$']);
    await t.type('\x1b[A');
    expect(t.controller.line).toBe('sh'); // Ctrl-D's exit is not history
  });

  it('draws the prompt and takes keys before the session is attached, then runs them', async () => {
    const term = new Terminal({ cols: 40, rows: 10, allowProposedApi: true });
    const controller = new TerminalController(term);
    controller.start('$ ');
    controller.handleData('echo early\r');
    await new Promise((r) => setTimeout(r, 5));
    const session = new ScriptedSession();
    controller.attach(session, 'learner$ ');
    await controller.whenIdle();
    await new Promise<void>((resolve) => term.write('', resolve));
    expect(session.lines).toEqual(['echo early']);
    expect(term.buffer.active.getLine(1)!.translateToString(true).trimEnd()).toBe('early');
  });

  it('a detached session ends the waiting command with a notice; keys typed then run on the next session', async () => {
    const term = new Terminal({ cols: 50, rows: 10, allowProposedApi: true });
    const first = new ScriptedSession();
    const controller = new TerminalController(term, first);
    controller.start('$ ');
    controller.handleData('slow\r');
    await new Promise((r) => setTimeout(r, 5));
    controller.detach('workbook: the engine stopped answering; restarting it');
    controller.handleData('echo after\r');
    await new Promise((r) => setTimeout(r, 5));
    const second = new ScriptedSession();
    controller.attach(second, '$ ');
    await controller.whenIdle();
    await new Promise<void>((resolve) => term.write('', resolve));
    const rows = [0, 1, 2, 3, 4].map((i) => term.buffer.active.getLine(i)!.translateToString(true).trimEnd());
    // The abandoned line comes back on the prompt, and what was typed after it follows it.
    expect(rows).toEqual(['$ slow', 'workbook: the engine stopped answering; restarting', ' it', '$ slowecho after', '$']);
    expect(second.lines).toEqual(['slowecho after']);
  });

  it('printAbove puts a notice above the prompt and keeps the typed line', async () => {
    const t = await setup(40);
    await t.type('echo half');
    t.controller.printAbove('Welcome back');
    await t.type('');
    expect(t.screen()).toBe('Welcome back\n$ echo half');
  });
});
