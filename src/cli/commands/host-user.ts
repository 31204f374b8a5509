// Who runs the docker CLI on the learner's machine: files the CLI itself writes there (`save -o`,
// `export -o`, `cp` out of a container) belong to that user, as on a real host, where an unprivileged
// client cannot create root's files.
import type { ProgramContext } from '../../kernel/process.ts';

/** The invoking user's uid and gid: `$USER` looked up in the host's /etc/passwd; root when unknown. */
export function invokingUser(ctx: ProgramContext): { uid: number; gid: number } {
  const name = ctx.env.get('USER');
  if (!name || name === 'root') return { uid: 0, gid: 0 };
  let passwd = '';
  try {
    passwd = ctx.fs.readText('/etc/passwd');
  } catch {
    return { uid: 0, gid: 0 };
  }
  for (const line of passwd.split('\n')) {
    const [user, , uid, gid] = line.split(':');
    if (user === name && /^\d+$/.test(uid ?? '') && /^\d+$/.test(gid ?? '')) return { uid: Number(uid), gid: Number(gid) };
  }
  return { uid: 0, gid: 0 };
}
