// Accounts of the machine a program runs on: /etc/passwd and /etc/group of its filesystem, and who is running.
import type { ProgramContext } from '../../kernel/process.ts';

/** A /etc/passwd entry. */
export interface Account {
  name: string;
  uid: number;
  gid: number;
}

/** A /etc/group entry. */
export interface Group {
  name: string;
  gid: number;
  members: string[];
}

function rows(ctx: ProgramContext, file: string): string[][] {
  try {
    return ctx.fs.readText(file).split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/** Every account in /etc/passwd, in file order. */
export function accounts(ctx: ProgramContext): Account[] {
  return rows(ctx, '/etc/passwd').filter((f) => f.length > 3).map((f) => ({ name: f[0], uid: Number(f[2]), gid: Number(f[3]) }));
}

/** Every group in /etc/group, in file order. */
export function groups(ctx: ProgramContext): Group[] {
  return rows(ctx, '/etc/group').filter((f) => f.length > 2).map((f) => ({ name: f[0], gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) }));
}

/** The account by name or by decimal uid. */
export function findAccount(ctx: ProgramContext, nameOrId: string): Account | undefined {
  const all = accounts(ctx);
  return all.find((a) => a.name === nameOrId) ?? (/^\d+$/.test(nameOrId) ? all.find((a) => a.uid === Number(nameOrId)) : undefined);
}

/** The group by name or by decimal gid. */
export function findGroup(ctx: ProgramContext, nameOrId: string): Group | undefined {
  const all = groups(ctx);
  return all.find((g) => g.name === nameOrId) ?? (/^\d+$/.test(nameOrId) ? all.find((g) => g.gid === Number(nameOrId)) : undefined);
}

/**
 * Who runs the program: the USER of its environment (the host's login shell sets USER=learner), else root —
 * a container's processes run as uid 0 unless the image says otherwise, and Docker sets no USER variable.
 */
export function currentAccount(ctx: ProgramContext): Account {
  // A container process runs with the credentials its filesystem is used as (Docker's USER / -u).
  const who = ctx.fs.identity;
  if (who) return { ...(accounts(ctx).find((a) => a.uid === who.uid) ?? { name: String(who.uid) }), uid: who.uid, gid: who.gid };
  const user = ctx.env.get('USER');
  const found = user ? findAccount(ctx, user) : undefined;
  return found ?? findAccount(ctx, '0') ?? { name: 'root', uid: 0, gid: 0 };
}

/** An account's groups: its primary group, then every group listing it as a member, in /etc/group order. */
export function groupIds(ctx: ProgramContext, a: Account): number[] {
  const who = ctx.fs.identity;
  if (who && who.uid === a.uid && who.gid === a.gid && who.groups.length > 0) return [...who.groups];
  const ids = [a.gid];
  for (const g of groups(ctx)) if (g.members.includes(a.name) && !ids.includes(g.gid)) ids.push(g.gid);
  return ids;
}

/** A user name for a uid, or undefined when /etc/passwd has none. */
export function userName(ctx: ProgramContext, uid: number): string | undefined {
  return accounts(ctx).find((a) => a.uid === uid)?.name;
}

/** A group name for a gid, or undefined when /etc/group has none. */
export function groupName(ctx: ProgramContext, gid: number): string | undefined {
  return groups(ctx).find((g) => g.gid === gid)?.name;
}
