// COPY/ADD --chown and --chmod values: names resolved through the stage's /etc/passwd and /etc/group
// (a user alone gives GID = UID), modes in octal or symbolic (`u+x,go-w`).
import type { Vfs } from '../../../vfs/vfs.ts';
import { BuildError } from './errors.ts';

/** The numeric owner `--chown=user[:group]` names in this filesystem. */
export function resolveChown(fs: Vfs, spec: string): { uid: number; gid: number } {
  const [user, group] = spec.split(':', 2);
  const uid = /^\d+$/.test(user) ? Number(user) : lookup(fs, '/etc/passwd', user, 2);
  if (uid === undefined) throw new BuildError(`unable to convert uid/gid chown string to host mapping: can't find uid for user ${user}: no such user: ${user}`);
  if (group === undefined || group === '') return { uid, gid: uid };
  const gid = /^\d+$/.test(group) ? Number(group) : lookup(fs, '/etc/group', group, 2);
  if (gid === undefined) throw new BuildError(`unable to convert uid/gid chown string to host mapping: can't find gid for group ${group}: no such group: ${group}`);
  return { uid, gid };
}

function lookup(fs: Vfs, file: string, name: string, field: number): number | undefined {
  let text = '';
  try {
    text = fs.readText(file);
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    const cols = line.split(':');
    if (cols[0] === name && cols[field] !== undefined && /^\d+$/.test(cols[field])) return Number(cols[field]);
  }
  return undefined;
}

/** A function applying `--chmod` to a mode; throws BuildKit's error for a value it cannot read. */
export function parseChmod(spec: string): (mode: number, isDir: boolean) => number {
  if (/^[0-7]{1,4}$/.test(spec)) {
    const bits = parseInt(spec, 8);
    return () => bits;
  }
  const clauses = spec.split(',');
  const parsed = clauses.map((clause) => {
    const m = /^([ugoa]*)([+=-])([rwxX]*)$/.exec(clause);
    if (!m) throw new BuildError(`invalid chmod parameter: '${spec}'. it should be octal string like 0755 or symbolic mode like u+x`);
    return { who: m[1] || 'a', op: m[2], perms: m[3] };
  });
  return (mode, isDir) => {
    let out = mode & 0o7777;
    for (const { who, op, perms } of parsed) {
      let mask = 0;
      for (const w of who) mask |= w === 'u' ? 0o700 : w === 'g' ? 0o070 : w === 'o' ? 0o007 : 0o777;
      let bits = 0;
      for (const p of perms) {
        if (p === 'r') bits |= 0o444;
        if (p === 'w') bits |= 0o222;
        if (p === 'x' || (p === 'X' && (isDir || mode & 0o111))) bits |= 0o111;
      }
      bits &= mask;
      if (op === '+') out |= bits;
      else if (op === '-') out &= ~bits;
      else out = (out & ~mask) | bits;
    }
    return out;
  };
}
