// Who a process runs as, resolved the way runc's libcontainer/user.GetExecUser does for a Docker
// `User` (`USER` in a Dockerfile, `-u` on run and exec): `name|uid[:group|gid]` looked up in the
// root filesystem's /etc/passwd and /etc/group. A name that is not there is an error; a number
// need not be.
import type { Identity } from '../vfs/access.ts';
import type { FsNode } from '../vfs/types.ts';
import type { Vfs } from '../vfs/vfs.ts';

/** A resolved process user: its credentials and the HOME it gets when the environment sets none. */
export interface ExecUser extends Identity {
  home: string;
}

/** The lookup failed; the message is runc's. */
export class ExecUserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExecUserError';
  }
}

/** Resolves `spec` (`''`, `root`, `1000`, `node:node`, `1000:50`) in `fs`; throws ExecUserError. */
export function resolveExecUser(fs: Vfs, spec: string): ExecUser {
  const [userPart, groupPart] = splitOnce(spec);
  const passwd = rows(fs, '/etc/passwd', 7);
  const groups = rows(fs, '/etc/group', 4);
  const out: ExecUser = { uid: 0, gid: 0, groups: [], home: '/' };
  let name: string | undefined;
  if (userPart !== '') {
    const numeric = /^\d+$/.test(userPart);
    const entry = passwd.find((f) => f[0] === userPart) ?? (numeric ? passwd.find((f) => f[2] === userPart) : undefined);
    if (entry) {
      name = entry[0];
      out.uid = Number(entry[2]);
      out.gid = Number(entry[3]);
      out.home = entry[5] || '/';
    } else if (numeric) out.uid = Number(userPart);
    else throw new ExecUserError(`unable to find user ${userPart}: no matching entries in passwd file`);
  } else {
    const root = passwd.find((f) => f[2] === '0');
    if (root) out.home = root[5] || '/';
  }
  if (groupPart !== undefined && groupPart !== '') {
    const numeric = /^\d+$/.test(groupPart);
    const entry = groups.find((f) => f[0] === groupPart) ?? (numeric ? groups.find((f) => f[2] === groupPart) : undefined);
    if (entry) out.gid = Number(entry[2]);
    else if (numeric) out.gid = Number(groupPart);
    else throw new ExecUserError(`unable to find group ${groupPart}: no matching entries in group file`);
  }
  const member = name === undefined ? [] : groups.filter((f) => (f[3] ?? '').split(',').includes(name)).map((f) => Number(f[2]));
  out.groups = [out.gid, ...member.filter((g) => g !== out.gid)];
  return out;
}

function splitOnce(spec: string): [string, string | undefined] {
  const at = spec.indexOf(':');
  return at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
}

// Parsed databases by file node: a file's node is replaced or its data reassigned when it changes.
const parsed = new WeakMap<FsNode, { data: Uint8Array; rows: string[][] }>();

// The rows of a colon-separated database with at least `min` fields (a missing file has none).
function rows(fs: Vfs, path: string, min: number): string[][] {
  let node: FsNode;
  try {
    node = fs.as(undefined).stat(path);
  } catch {
    return [];
  }
  if (node.type !== 'file') return [];
  const known = parsed.get(node);
  if (known && known.data === node.data) return known.rows;
  const text = new TextDecoder().decode(node.data);
  const out = text
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split(':'))
    .filter((f) => f.length >= min - 1 && /^\d+$/.test(f[2] ?? ''));
  parsed.set(node, { data: node.data, rows: out });
  return out;
}
