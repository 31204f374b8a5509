// Process substitution (bash, and busybox ash with bash compatibility): `<(list)` is a path the command
// reads list's output from, `>(list)` one whose writes list reads. Pipes are buffered here, so `<(list)`
// runs list to its end first and `>(list)` runs list once the command is done with what it wrote; the
// path is /dev/fd/N on a descriptor the command inherits (bash counts down from 63, busybox up from 64)
// and closes when the command ends.
import type { Node } from '../ast.ts';
import { Incomplete, ShellSyntaxError } from '../errors.ts';
import { BufferWriter, InputStream, type ExecIo } from '../io.ts';
import { parse } from '../parser.ts';
import { reportSyntax } from './report.ts';
import { inSubshell } from './subshell.ts';
import type { Interp } from './types.ts';

/** Opens `<(src)` or `>(src)` for the command being expanded; returns the path that names it. */
export async function processSubst(it: Interp, src: string, direction: '<' | '>', io: ExecIo): Promise<string> {
  const fd = freeFd(it);
  if (direction === '<') {
    // Held before the list runs, so a substitution inside it takes the next number, as bash's does.
    it.openFds.set(fd, { kind: 'read', text: '' });
    const out = new BufferWriter();
    await runList(it, src, { ...io, stdout: out, tty: false });
    it.openFds.set(fd, { kind: 'read', text: out.text });
  } else {
    const written = new BufferWriter();
    it.openFds.set(fd, { kind: 'write', writer: written, close: () => runList(it, src, { ...io, stdin: new InputStream(written.text) }) });
  }
  return `/dev/fd/${fd}`;
}

/** Whether a word as written may hold a `<(…)` or `>(…)` (one that does not skips withSubstitutions' bookkeeping). */
export function mayHoldSubstitution(word: string): boolean {
  return word.includes('<(') || word.includes('>(');
}

/** Runs `f` (a command and its expansion); then the `>(…)` lists it opened read what it wrote, and its descriptors close. */
export async function withSubstitutions(it: Interp, f: () => Promise<number>): Promise<number> {
  const before = new Set(it.openFds.keys());
  try {
    return await f();
  } finally {
    const opened = [...it.openFds].filter(([fd]) => !before.has(fd));
    for (const [fd] of opened) it.openFds.delete(fd);
    for (const [, open] of opened) if (open.kind === 'write') await open.close();
  }
}

// bash gives the highest free descriptor below 64; busybox the lowest from 64.
function freeFd(it: Interp): number {
  let fd = it.dialect === 'bash' ? 63 : 64;
  while (it.openFds.has(fd)) fd += it.dialect === 'bash' ? -1 : 1;
  return fd;
}

// Runs the list in a subshell, as `$(…)` does; a syntax error is reported and the list is empty.
async function runList(it: Interp, src: string, io: ExecIo): Promise<void> {
  let tree: Node;
  try {
    tree = parse(src, true, it.dialect);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError || e instanceof Incomplete)) throw e;
    reportSyntax(it, e, src, io);
    return;
  }
  await inSubshell(it, () => it.exec(tree, io));
}
