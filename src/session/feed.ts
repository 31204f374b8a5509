// One typed line into the learner's machine: output streams out as it is written, a multi-line
// construct waits for its last line, and every line that ran is logged once.
import type { FeedResult, OutputChunk } from '../protocol/session.ts';
import type { InteractiveShell } from '../kernel/process.ts';
import type { Machine } from './machine.ts';

// Each typed line takes a moment of simulated time, so "Up 2 seconds" and "Created" move on.
const SIMULATED_MS_PER_LINE = 1000;

/** Runs `line` in the shell the learner is typing into; `logged` is true when a command ran and was logged. */
export async function feedLine(machine: Machine, line: string, onOutput: (chunk: OutputChunk) => void): Promise<FeedResult & { logged: boolean }> {
  const controller = new AbortController();
  machine.running = controller;
  // Through the machine's terminal: a job started on this line goes on writing there after it ends.
  const { stdout, stderr } = machine.terminal;
  machine.lineOutput = onOutput;
  machine.flushHeld();
  const shell = machine.top();
  try {
    let result: Awaited<ReturnType<InteractiveShell['feed']>>;
    try {
      result = await shell.feed(line, { stdout, stderr, signal: controller.signal });
    } catch (error) {
      // A bug must never take the terminal down: report it like a crashed process and carry on.
      stderr.write(`workbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      result = { kind: 'ran', exitCode: 1, exited: false };
    }
    if (result.kind === 'incomplete') {
      machine.pending.push(line);
      return { kind: 'incomplete', prompt: '> ', logged: false };
    }
    const typed = [...machine.pending, line].join('\n');
    machine.pending = [];
    if (result.exited) {
      if (machine.shells.length > 1) machine.shells.pop();
      else machine.rootExited = true;
    }
    machine.log.push({ line: typed, exitCode: result.exitCode, at: machine.clock.now() });
    await machine.clock.advance(SIMULATED_MS_PER_LINE);
    return { kind: 'ran', exitCode: result.exitCode, prompt: machine.prompt(), nested: machine.shells.length > 1, logged: true };
  } finally {
    machine.running = undefined;
    machine.lineOutput = undefined;
  }
}
