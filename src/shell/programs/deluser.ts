// busybox deluser and delgroup (Alpine): `deluser [--remove-home] USER` (with the user's own group),
// `deluser USER GROUP` and `delgroup [USER] GROUP`, with loginutils/deluser.c's messages.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { removeEntry, setMemberships } from './account-files.ts';
import { accounts, currentAccount, groups } from './users.ts';

function needRoot(ctx: ProgramContext, name: string): boolean {
  if (currentAccount(ctx).uid === 0) return false;
  ctx.stderr.write(`${name}: permission denied (are you root?)\n`);
  return true;
}

// "delgroup GROUP": refused while an account has it as primary group.
function deleteGroup(ctx: ProgramContext, program: string, name: string, quiet: boolean): number {
  const group = groups(ctx).find((g) => g.name === name);
  if (!group) {
    if (quiet) return 0;
    ctx.stderr.write(`${program}: unknown group ${name}\n`);
    return 1;
  }
  const primary = accounts(ctx).find((a) => a.gid === group.gid);
  if (primary) {
    if (quiet) return 0;
    ctx.stderr.write(`${program}: '${primary.name}' still has '${name}' as their primary group!\n`);
    return 1;
  }
  removeEntry(ctx, '/etc/group', name);
  removeEntry(ctx, '/etc/gshadow', name);
  return 0;
}

// "delgroup USER GROUP" / "deluser USER GROUP": takes USER off GROUP's member list.
function leaveGroup(ctx: ProgramContext, program: string, user: string, group: string): number {
  if (!groups(ctx).some((g) => g.name === group)) {
    ctx.stderr.write(`${program}: unknown group ${group}\n`);
    return 1;
  }
  const was = new Set(groups(ctx).filter((g) => g.members.includes(user)).map((g) => g.name));
  setMemberships(ctx, user, (g) => g !== group && was.has(g));
  return 0;
}

/** Makes busybox `deluser`. */
export function makeDeluser(): Program {
  return (ctx) => {
    let args = ctx.argv.slice(1);
    const removeHome = args[0] === '--remove-home';
    if (removeHome) args = args.slice(1);
    if (args.length < 1 || args.length > 2 || args.some((a) => a.startsWith('-'))) return (ctx.stderr.write('Usage: deluser [--remove-home] USER\n'), 1);
    if (needRoot(ctx, 'deluser')) return 1;
    const [name, group] = args;
    const line = ctx.fs.exists('/etc/passwd') ? ctx.fs.readText('/etc/passwd').split('\n').find((l) => l.split(':')[0] === name) : undefined;
    if (!line) return (ctx.stderr.write(`deluser: unknown user ${name}\n`), 1);
    if (group !== undefined) return leaveGroup(ctx, 'deluser', name, group);
    const home = line.split(':')[5];
    if (removeHome && home && ctx.fs.exists(home) && ctx.fs.stat(home).type === 'dir') ctx.fs.rm(home, { recursive: true });
    removeEntry(ctx, '/etc/passwd', name);
    removeEntry(ctx, '/etc/shadow', name);
    setMemberships(ctx, name, () => false);
    // Then "delgroup USER", quietly: the same-named group goes if nobody else has it as primary group.
    return deleteGroup(ctx, 'deluser', name, true);
  };
}

/** Makes busybox `delgroup`. */
export function makeDelgroup(): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    if (args.length < 1 || args.length > 2 || args.some((a) => a.startsWith('-'))) return (ctx.stderr.write('Usage: delgroup [USER] GROUP\n'), 1);
    if (needRoot(ctx, 'delgroup')) return 1;
    if (args.length === 2) {
      if (!accounts(ctx).some((a) => a.name === args[0])) return (ctx.stderr.write(`delgroup: unknown user ${args[0]}\n`), 1);
      return leaveGroup(ctx, 'delgroup', args[0], args[1]);
    }
    return deleteGroup(ctx, 'delgroup', args[0], false);
  };
}
