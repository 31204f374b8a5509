// Adds entries to /etc/passwd, /etc/group and /etc/shadow, and picks free ids, for adduser/addgroup
// (busybox) and useradd/groupadd (shadow-utils).
import type { ProgramContext } from '../../kernel/process.ts';
import { accounts, groups } from './users.ts';

function append(ctx: ProgramContext, file: string, line: string): void {
  let text = '';
  try {
    text = ctx.fs.readText(file);
  } catch {
    text = '';
  }
  if (text !== '' && !text.endsWith('\n')) text += '\n';
  ctx.fs.writeFile(file, text + line + '\n');
}

/** The lowest id in [from, to] that neither passwd nor group uses (`down` searches from the top, as shadow-utils' system ids do). */
export function freeId(ctx: ProgramContext, from: number, to: number, kind: 'uid' | 'gid' | 'both', down = false): number {
  const used = new Set<number>();
  if (kind !== 'gid') for (const a of accounts(ctx)) used.add(a.uid);
  if (kind !== 'uid') for (const g of groups(ctx)) used.add(g.gid);
  if (down) {
    for (let id = to; id >= from; id--) if (!used.has(id)) return id;
  } else for (let id = from; id <= to; id++) if (!used.has(id)) return id;
  return -1;
}

/** Writes a new account: its passwd line and (if there is a shadow file) a locked shadow entry. */
export function addAccount(ctx: ProgramContext, a: { name: string; uid: number; gid: number; gecos: string; home: string; shell: string }, locked: string): void {
  append(ctx, '/etc/passwd', `${a.name}:x:${a.uid}:${a.gid}:${a.gecos}:${a.home}:${a.shell}`);
  if (ctx.fs.exists('/etc/shadow')) append(ctx, '/etc/shadow', `${a.name}:${locked}:${Math.floor(ctx.fs.clock() / 86_400_000)}:0:99999:7:::`);
}

/** Writes a new group line (and its gshadow entry where the system keeps one). */
export function addGroupEntry(ctx: ProgramContext, name: string, gid: number): void {
  append(ctx, '/etc/group', `${name}:x:${gid}:`);
  if (ctx.fs.exists('/etc/gshadow')) append(ctx, '/etc/gshadow', `${name}:!::`);
}

/** Adds `user` to the member list of group `name`. */
export function addMember(ctx: ProgramContext, name: string, user: string): void {
  const lines = ctx.fs.readText('/etc/group').split('\n');
  const i = lines.findIndex((l) => l.split(':')[0] === name);
  if (i < 0) return;
  const f = lines[i].split(':');
  const members = (f[3] ?? '').split(',').filter(Boolean);
  if (!members.includes(user)) members.push(user);
  f[3] = members.join(',');
  lines[i] = f.join(':');
  ctx.fs.writeFile('/etc/group', lines.join('\n'));
}

/** Creates a home directory owned by the new account (copying /etc/skel when asked). */
export function makeHome(ctx: ProgramContext, home: string, uid: number, gid: number, skel?: string): void {
  if (ctx.fs.exists(home)) return;
  ctx.fs.mkdir(home, { recursive: true, mode: 0o755 });
  ctx.fs.chown(home, uid, gid);
  if (!skel || !ctx.fs.exists(skel)) return;
  for (const entry of ctx.fs.readdir(skel)) {
    ctx.fs.copy(`${skel}/${entry}`, `${home}/${entry}`, { recursive: true });
    ctx.fs.chown(`${home}/${entry}`, uid, gid);
  }
}

// The lines of an account file, or none when it does not exist.
function linesOf(ctx: ProgramContext, file: string): string[] | undefined {
  try {
    return ctx.fs.readText(file).split('\n');
  } catch {
    return undefined;
  }
}

/** Removes the entry named `name` from passwd, shadow, group or gshadow (a file that does not exist is left alone). */
export function removeEntry(ctx: ProgramContext, file: string, name: string): void {
  const lines = linesOf(ctx, file);
  if (lines) ctx.fs.writeFile(file, lines.filter((l) => l.split(':')[0] !== name).join('\n'));
}

/** Rewrites field `index` (0-based) of the entry `name` in an account file. */
export function setField(ctx: ProgramContext, file: string, name: string, index: number, value: string): void {
  const lines = linesOf(ctx, file);
  if (!lines) return;
  ctx.fs.writeFile(file, lines.map((l) => {
    const f = l.split(':');
    if (f[0] !== name) return l;
    f[index] = value;
    return f.join(':');
  }).join('\n'));
}

/** Sets which groups list `user` as a member: it is removed from every other group's list (group and gshadow). */
export function setMemberships(ctx: ProgramContext, user: string, keep: (group: string) => boolean): void {
  for (const [file, field] of [['/etc/group', 3], ['/etc/gshadow', 3]] as const) {
    const lines = linesOf(ctx, file);
    if (!lines) continue;
    ctx.fs.writeFile(file, lines.map((l) => {
      const f = l.split(':');
      if (f.length <= field) return l;
      const members = f[field].split(',').filter(Boolean);
      const want = keep(f[0]);
      const next = want ? (members.includes(user) ? members : [...members, user]) : members.filter((m) => m !== user);
      f[field] = next.join(',');
      return f.join(':');
    }).join('\n'));
  }
}
