// Attaching to a container: PID 1 run with the caller's streams (`docker run` without -d, `start -a`)
// as a handle to wait on or interrupt, and the log a follower (`logs -f`, the attach endpoint) reads on.
import type { EventSink } from '../events/log.ts';
import type { LogChunk } from '../api/containers.ts';
import type { Container } from './container.ts';
import { killContainer } from './lifecycle.ts';

/** PID 1 attached to the caller's streams. */
export interface AttachedProcess {
  /** Resolves with PID 1's exit code. */
  exit: Promise<number>;
  /** Ctrl-C: SIGINT to PID 1 and true, or false when PID 1 ignores it (the container keeps running). */
  interrupt(): Promise<boolean>;
}

/** A container's log as a stream: each read returns what was written since the previous one. */
export interface LogReader {
  /** Whether the container has a TTY (its output is one stream). */
  readonly tty: boolean;
  /** The chunks written since the last read (all of them the first time), and whether PID 1 still runs. */
  read(): { chunks: LogChunk[]; running: boolean };
}

/** The handle of a container just started attached. */
export function attachedProcess(c: Container, events: EventSink): AttachedProcess {
  return {
    exit: c.waitExit(),
    async interrupt() {
      if (!c.task || c.task.deaf) return false;
      await killContainer({ events }, c, c.id, 'SIGINT').catch(() => undefined);
      return true;
    },
  };
}

/** A reader of `c`'s log; it goes on reading after the container is removed (--rm), to its last words. */
export function logReader(c: Container): LogReader {
  let seen = 0;
  return {
    tty: c.record.config.Tty ?? false,
    read() {
      // `seen` counts every chunk ever written: the log may have dropped its oldest since the last read.
      const chunks = c.record.logs.slice(Math.max(0, seen - c.logsDropped));
      seen = c.logsDropped + c.record.logs.length;
      return { chunks, running: c.running };
    },
  };
}

/** Output chunks cut into lines, as the json-file log driver stores them (each keeps its stream and time). */
export function logLines(chunks: readonly LogChunk[]): LogChunk[] {
  const out: LogChunk[] = [];
  const pending: Partial<Record<LogChunk['stream'], LogChunk>> = {};
  for (const chunk of chunks) {
    const held = pending[chunk.stream];
    let text = (held?.text ?? '') + chunk.text;
    let at = held?.at ?? chunk.at;
    delete pending[chunk.stream];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n')) {
      out.push({ ...chunk, at, text: text.slice(0, i + 1) });
      text = text.slice(i + 1);
      at = chunk.at;
    }
    if (text) pending[chunk.stream] = { ...chunk, at, text };
  }
  for (const rest of Object.values(pending)) if (rest) out.push(rest);
  return out;
}
