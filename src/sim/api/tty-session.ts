// `docker run -it … sh`, `docker start -ai`, `docker exec -it … sh`: the client's terminal is in raw
// mode and sends keystrokes; a pty's line discipline (echo, backspace, Enter, ^C, ^D, LF → CRLF) turns
// them into the lines our interactive shells are fed, and the shell's output into terminal bytes.
import type { Duplex } from 'node:stream';
import type { InteractiveShell } from '../../kernel/process.ts';

/** Runs `shell` on the hijacked connection until it exits (resolves with its status) or the client leaves (129). */
export function runTtySession(socket: Duplex, shell: InteractiveShell, initialInput: Buffer = Buffer.alloc(0)): Promise<number> {
  const toTerminal = (text: string) => {
    if (!socket.destroyed && text) socket.write(text.replace(/\r?\n/g, '\r\n'));
  };
  const sink = { write: toTerminal };
  let line = '';
  let running: AbortController | undefined;
  let pending = false; // a multi-line construct is open: the continuation prompt shows
  const queue: string[] = [];
  let finished!: (code: number) => void;
  const done = new Promise<number>((resolve) => (finished = resolve));
  let ended = false;
  const end = (code: number) => {
    if (ended) return;
    ended = true;
    socket.end();
    finished(code);
  };

  const pump = async () => {
    if (running) return;
    while (queue.length > 0 && !ended) {
      const next = queue.shift()!;
      running = new AbortController();
      const result = await shell.feed(next, { stdout: sink, stderr: sink, signal: running.signal });
      running = undefined;
      if (result.kind === 'ran' && result.exited) return end(result.exitCode);
      pending = result.kind === 'incomplete';
      toTerminal(pending ? '> ' : shell.prompt());
    }
  };

  const keys = (text: string) => {
    for (const ch of text) {
      if (ch === '\r' || ch === '\n') {
        toTerminal('\n');
        queue.push(line);
        line = '';
        void pump();
      } else if (ch === '\x7f' || ch === '\b') {
        if (line.length > 0) {
          line = line.slice(0, -1);
          toTerminal('\b \b');
        }
      } else if (ch === '\x03') {
        toTerminal('^C\n');
        line = '';
        queue.length = 0;
        if (running) running.abort();
        else toTerminal(shell.prompt());
      } else if (ch === '\x04') {
        // ^D on an empty line is end of input: the shell exits as on `exit`.
        if (line === '' && !running && !pending) {
          queue.push('exit');
          void pump();
        }
      } else if (ch >= ' ' || ch === '\t') {
        line += ch;
        toTerminal(ch);
      }
    }
  };

  toTerminal(shell.prompt());
  if (initialInput.length) keys(initialInput.toString('utf8'));
  socket.on('data', (chunk: Buffer) => keys(chunk.toString('utf8')));
  socket.once('close', () => {
    running?.abort();
    end(129); // SIGHUP: the terminal went away
  });
  return done;
}
