// Redirections, applied left to right: files (`>`, `>>`, `<`, `<>`), duplication (`2>&1`, `>&-`),
// bash's `>&file`, heredocs, and the device files /dev/null, /dev/stdout, /dev/stderr, /dev/tty.
import type { Writer } from '../../kernel/process.ts';
import { resolve } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';
import type { Redir } from '../ast.ts';
import { expandHeredoc, expandSingle } from '../expand.ts';
import { FileWriter, InputStream, nullWriter, type ExecIo } from '../io.ts';
import { strerror } from '../messages.ts';
import { expandHost } from './substitution.ts';
import type { Interp } from './types.ts';
import { withSubstitutions } from './process-subst.ts';
import { ProcessFs } from '../programs/system/process-fs.ts';

/** Applies redirections left to right; returns null (after printing why) when one fails. */
export async function applyRedirs(it: Interp, redirs: Redir[], io: ExecIo): Promise<ExecIo | null> {
  const fds: { 0: InputStream; 1: Writer; 2: Writer } = { 0: io.stdin, 1: io.stdout, 2: io.stderr };
  let tty = io.tty;
  const host = expandHost(it, io);
  for (const r of redirs) {
    if (r.heredoc) {
      const body = r.heredoc.expand ? await expandHeredoc(r.heredoc.body, host) : r.heredoc.body;
      if (r.fd === 0) fds[0] = new InputStream(body);
      continue;
    }
    const target = await expandSingle(r.target, host);
    if (r.op === '<<<') {
      if (r.fd === 0) fds[0] = new InputStream(target + '\n');
      continue;
    }
    if (r.op === '>&' || r.op === '<&') {
      if (target === '-') {
        if (r.fd === 1 || r.fd === 2) fds[r.fd] = nullWriter;
        continue;
      }
      if (/^\d+$/.test(target)) {
        const src = Number(target);
        if (r.fd === 1 || r.fd === 2) {
          if (src === 1 || src === 2) {
            fds[r.fd] = fds[src];
            if (r.fd === 1) tty = tty && src === 1;
          } else {
            io.stderr.write(`${it.errPrefix()}${src}: Bad file descriptor\n`);
            return null;
          }
        }
        continue;
      }
      if (r.op === '>&' && r.fd === 1) {
        // bash's `>&file` means `>file 2>&1`
        const w = openWrite(it, target, false, io);
        if (!w) return null;
        fds[1] = fds[2] = w;
        tty = false;
        continue;
      }
    }
    if (r.op === '<' || r.op === '<>') {
      const input = openRead(it, target, io);
      if (input === null) return null;
      if (r.fd === 0) fds[0] = input;
      continue;
    }
    // > >> >|
    const w = openWrite(it, target, r.op === '>>', io);
    if (!w) return null;
    if (r.fd === 1 || r.fd === 2) fds[r.fd] = w;
    if (r.fd === 1) tty = target === '/dev/tty' || target === '/dev/stdout' ? tty : false;
  }
  return { ...io, stdin: fds[0], stdout: fds[1], stderr: fds[2], tty };
}

/** Runs `f` with `redirs` applied (status 1, or dash's 2, when one fails). */
export async function withRedirs(it: Interp, redirs: Redir[], io: ExecIo, f: (io: ExecIo) => Promise<number>): Promise<number> {
  if (redirs.length === 0) return f(io);
  // `done < <(list)`: the descriptor stays open for the whole compound command.
  return withSubstitutions(it, async () => {
    const rio = await applyRedirs(it, redirs, io);
    if (!rio) return redirFailed(it);
    return f(rio);
  });
}

/** The status of a command whose redirection failed: dash says 2, bash and busybox 1. */
export function redirFailed(it: Interp): number {
  return it.dialect === 'dash' ? 2 : 1;
}

function openRead(it: Interp, target: string, io: ExecIo): InputStream | null {
  try {
    return new InputStream(target === '/dev/null' ? '' : systemView(it, io).readText(resolve(it.cwd, target)));
  } catch (e) {
    const code = e instanceof FsError ? e.code : 'EIO';
    io.stderr.write(
      it.dialect === 'bash'
        ? `${it.errPrefix()}${target}: ${strerror(code)}\n`
        : it.dialect === 'dash'
          ? `${it.errPrefix()}cannot open ${target}: ${code === 'ENOENT' ? 'No such file' : strerror(code)}\n`
          : `${it.name}: can't open ${target}: ${code === 'ENOENT' ? 'no such file' : strerror(code)}\n`,
    );
    return null;
  }
}

function openWrite(it: Interp, target: string, append: boolean, io: ExecIo): Writer | null {
  if (target === '/dev/null') return nullWriter;
  if (target === '/dev/stdout' || target === '/dev/tty') return io.stdout;
  if (target === '/dev/stderr') return io.stderr;
  const p = resolve(it.cwd, target);
  const fs = systemView(it, io);
  try {
    if (!append || !fs.exists(p)) fs.writeFile(p, '');
    else if (fs.stat(p).type === 'dir') throw new FsError('EISDIR', p);
    return new FileWriter(fs, p);
  } catch (e) {
    const code = e instanceof FsError ? e.code : 'EIO';
    io.stderr.write(
      it.dialect === 'bash'
        ? `${it.errPrefix()}${target}: ${strerror(code)}\n`
        : it.dialect === 'dash'
          ? `${it.errPrefix()}cannot create ${target}: ${code === 'ENOENT' ? 'Directory nonexistent' : strerror(code)}\n`
          : `${it.name}: can't create ${target}: ${code === 'ENOENT' ? 'nonexistent directory' : strerror(code)}\n`,
    );
    return null;
  }
}

// The shell's own view of /dev and /proc for a redirection (`< /dev/urandom`, `2> /proc/self/fd/1`).
function systemView(it: Interp, io: ExecIo): ProcessFs {
  return new ProcessFs(it.fs, { argv: [it.name], env: it.exportedEnv(new Map()), stdin: () => io.stdin.readAll(), stdout: io.stdout, stderr: io.stderr, fds: it.openFds });
}
