// id and whoami: the running user's identity from /etc/passwd and /etc/group (see users.ts for who that is).
import type { Program } from '../../kernel/process.ts';
import { currentAccount, findAccount, groupIds, groupName, userName } from './users.ts';
import { busyboxUsage, parseFlags, progName, quote, usageError, type Flavour } from './util.ts';

/** Makes `id [-u|-g|-G] [-n] [USER]`; GNU takes -a and ignores it, as GNU's id does (for other systems' scripts). */
export function makeId(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'ugGnra' : 'ugGnr', ctx, flavour, flavour === 'gnu' ? ['context:Z', 'group:g', 'groups:G', 'name:n', 'real:r', 'user:u', 'zero:z'] : []);
    if (bad) return flavour === 'busybox' ? busyboxUsage(ctx, '[-ugGnr] [USER]') : 1;
    if (operands.length > 1) return flavour === 'gnu' ? usageError(ctx, flavour, `extra operand ${quote(ctx, operands[1])}`) : busyboxUsage(ctx, '[-ugGnr] [USER]');
    const who = operands.length ? findAccount(ctx, operands[0]) : currentAccount(ctx);
    if (!who) {
      ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: ${quote(ctx, operands[0])}: no such user\n` : `${progName(ctx, flavour)}: unknown user ${operands[0]}\n`);
      return 1;
    }
    const names = flags.has('n');
    const modes = ['u', 'g', 'G'].filter((f) => flags.has(f));
    if (modes.length > 1) {
      if (flavour === 'busybox') return busyboxUsage(ctx, '[-ugGnr] [USER]');
      ctx.stderr.write(`${progName(ctx, flavour)}: cannot print "only" of more than one choice\nTry '${progName(ctx, flavour)} --help' for more information.\n`);
      return 1;
    }
    const gids = groupIds(ctx, who);
    let code = 0;
    const uName = (id: number) => {
      const n = userName(ctx, id);
      if (n === undefined) {
        ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: cannot find name for user ID ${id}\n` : '');
        code = 1;
      }
      return n ?? String(id);
    };
    const gName = (id: number) => {
      const n = groupName(ctx, id);
      if (n === undefined) {
        ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: cannot find name for group ID ${id}\n` : '');
        code = 1;
      }
      return n ?? String(id);
    };
    if (modes.length === 0) {
      if (names || flags.has('r')) {
        if (flavour === 'busybox') return busyboxUsage(ctx, '[-ugGnr] [USER]');
        ctx.stderr.write(`${progName(ctx, flavour)}: cannot print only names or real IDs in default format\n`);
        return 1;
      }
      const paren = (id: number, n: string | undefined) => (n === undefined ? String(id) : `${id}(${n})`);
      const u = paren(who.uid, userName(ctx, who.uid));
      const g = paren(who.gid, groupName(ctx, who.gid));
      const gs = gids.map((id) => paren(id, groupName(ctx, id))).join(',');
      ctx.stdout.write(`uid=${u} gid=${g} groups=${gs}\n`);
      return 0;
    }
    let out: string[];
    if (modes[0] === 'u') out = [names ? uName(who.uid) : String(who.uid)];
    else if (modes[0] === 'g') out = [names ? gName(who.gid) : String(who.gid)];
    else out = gids.map((id) => (names ? gName(id) : String(id)));
    ctx.stdout.write(out.join(' ') + '\n');
    return code;
  };
}

/** Makes `whoami`: the running user's name. */
export function makeWhoami(flavour: Flavour): Program {
  return (ctx) => {
    const { operands, bad } = parseFlags(ctx.argv.slice(1), '', ctx, flavour);
    if (bad) return flavour === 'busybox' ? busyboxUsage(ctx, '') : 1;
    if (operands.length) return flavour === 'gnu' ? usageError(ctx, flavour, `extra operand ${quote(ctx, operands[0])}`) : busyboxUsage(ctx, '');
    const who = currentAccount(ctx);
    const name = userName(ctx, who.uid);
    if (name === undefined) {
      ctx.stderr.write(flavour === 'gnu' ? `${progName(ctx, flavour)}: cannot find name for user ID ${who.uid}\n` : `${progName(ctx, flavour)}: unknown uid ${who.uid}\n`);
      return 1;
    }
    ctx.stdout.write(name + '\n');
    return 0;
  };
}
