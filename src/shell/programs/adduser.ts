// busybox adduser and addgroup (Alpine): `addgroup -S app`, `adduser -S -D -H -G app -u 1000 app` …
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { addAccount, addGroupEntry, addMember, freeId, makeHome } from './account-files.ts';
import { currentAccount, findAccount, findGroup } from './users.ts';

const ADDUSER_USAGE = 'Usage: adduser [OPTIONS] USER [GROUP]\n\nCreate new user, or add USER to GROUP\n\n\t-h DIR\t\tHome directory\n\t-g GECOS\tGECOS field\n\t-s SHELL\tLogin shell\n\t-G GRP\t\tGroup\n\t-S\t\tCreate a system user\n\t-D\t\tDon\'t assign a password\n\t-H\t\tDon\'t create home directory\n\t-u UID\t\tUser id\n\t-k SKEL\t\tSkeleton directory (/etc/skel)\n';
const ADDGROUP_USAGE = 'Usage: addgroup [-g GID] [-S] [USER] GROUP\n\nAdd a group or add a user to a group\n\n\t-g GID\tGroup id\n\t-S\tCreate a system group\n';

// Splits busybox-style options: single letters, some taking a value.
function options(args: string[], withValue: string, plain: string): { opts: Map<string, string>; rest: string[]; bad?: string } {
  const opts = new Map<string, string>();
  let i = 0;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    const a = args[i];
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if (withValue.includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return { opts, rest: [], bad: c };
        opts.set(c, v);
        break;
      }
      if (!plain.includes(c)) return { opts, rest: [], bad: c };
      opts.set(c, '');
    }
  }
  return { opts, rest: args.slice(i) };
}

function needRoot(ctx: ProgramContext, name: string): boolean {
  if (currentAccount(ctx).uid === 0) return false;
  ctx.stderr.write(`${name}: need to be root\n`);
  return true;
}

/** Makes busybox `addgroup`. */
export function makeAddgroup(): Program {
  return (ctx) => {
    const { opts, rest, bad } = options(ctx.argv.slice(1), 'g', 'S');
    if (bad !== undefined || rest.length < 1 || rest.length > 2) return (ctx.stderr.write(ADDGROUP_USAGE), 1);
    if (needRoot(ctx, 'addgroup')) return 1;
    if (rest.length === 2) {
      const [user, group] = rest;
      if (!findAccount(ctx, user)) return (ctx.stderr.write(`addgroup: unknown user ${user}\n`), 1);
      if (!findGroup(ctx, group)) return (ctx.stderr.write(`addgroup: unknown group ${group}\n`), 1);
      addMember(ctx, group, user);
      return 0;
    }
    const name = rest[0];
    if (findGroup(ctx, name)?.name === name) return (ctx.stderr.write(`addgroup: group '${name}' in use\n`), 1);
    let gid = opts.has('g') ? Number(opts.get('g')) : opts.has('S') ? freeId(ctx, 100, 999, 'gid') : freeId(ctx, 1000, 64999, 'gid');
    if (opts.has('g') && groupsUse(ctx, gid)) return (ctx.stderr.write(`addgroup: gid '${gid}' in use\n`), 1);
    if (Number.isNaN(gid)) gid = freeId(ctx, 1000, 64999, 'gid');
    addGroupEntry(ctx, name, gid);
    return 0;
  };
}

function groupsUse(ctx: ProgramContext, gid: number): boolean {
  return findGroup(ctx, String(gid)) !== undefined;
}

/** Makes busybox `adduser`. */
export function makeAdduser(): Program {
  return (ctx) => {
    const { opts, rest, bad } = options(ctx.argv.slice(1), 'hgsGuk', 'SDH');
    if (bad !== undefined || rest.length < 1 || rest.length > 2) return (ctx.stderr.write(ADDUSER_USAGE), 1);
    if (needRoot(ctx, 'adduser')) return 1;
    const name = rest[0];
    if (rest.length === 2) {
      if (!findAccount(ctx, name)) return (ctx.stderr.write(`adduser: unknown user ${name}\n`), 1);
      if (!findGroup(ctx, rest[1])) return (ctx.stderr.write(`adduser: unknown group ${rest[1]}\n`), 1);
      addMember(ctx, rest[1], name);
      return 0;
    }
    if (findAccount(ctx, name)?.name === name) return (ctx.stderr.write(`adduser: user '${name}' in use\n`), 1);
    const system = opts.has('S');
    const uid = opts.has('u') ? Number(opts.get('u')) : system ? freeId(ctx, 100, 999, 'uid') : freeId(ctx, 1000, 64999, 'uid');
    if (opts.has('u') && findAccount(ctx, String(uid))) return (ctx.stderr.write(`adduser: uid '${uid}' in use\n`), 1);
    let gid: number;
    if (opts.has('G')) {
      const g = findGroup(ctx, opts.get('G')!);
      if (!g) return (ctx.stderr.write(`adduser: unknown group ${opts.get('G')}\n`), 1);
      gid = g.gid;
    } else if (system) {
      gid = findGroup(ctx, 'nogroup')?.gid ?? 65534; // busybox puts a system user without -G in nogroup
    } else {
      // A regular user gets a group of its own name, with its uid as gid when that is free.
      gid = findGroup(ctx, String(uid)) ? freeId(ctx, 1000, 64999, 'gid') : uid;
      addGroupEntry(ctx, name, gid);
    }
    const home = opts.get('h') ?? `/home/${name}`;
    const shell = opts.get('s') ?? (system ? '/sbin/nologin' : '/bin/sh');
    addAccount(ctx, { name, uid, gid, gecos: opts.get('g') ?? 'Linux User,,,', home, shell }, '!');
    if (!opts.has('H')) makeHome(ctx, home, uid, gid, opts.get('k') ?? '/etc/skel');
    if (!opts.has('D') && !system) {
      // Without -D busybox asks for a password on the terminal; the workbook's programs cannot prompt.
      ctx.stderr.write(`Changing password for ${name}\nNew password: \npasswd: password for ${name} is unchanged\n`);
      return 1;
    }
    return 0;
  };
}
export { makeDeluser, makeDelgroup } from './deluser.ts';
