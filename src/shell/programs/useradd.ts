// shadow-utils useradd and groupadd (Debian, Ubuntu): `groupadd -r app`, `useradd -r -g app -m -s /bin/bash app` …
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { addAccount, addGroupEntry, freeId, makeHome } from './account-files.ts';
import { currentAccount, findAccount, findGroup } from './users.ts';

interface Parsed {
  opts: Map<string, string>;
  name?: string;
  bad?: string;
}

// Long and short options of shadow-utils; `valued` maps each to its short letter.
function parse(args: string[], valued: Record<string, string>, flags: Record<string, string>): Parsed {
  const opts = new Map<string, string>();
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-')) {
      if (name !== undefined) return { opts, bad: a };
      name = a;
      continue;
    }
    const [flag, inline] = a.startsWith('--') ? [a.split('=')[0], a.includes('=') ? a.slice(a.indexOf('=') + 1) : undefined] : [a.slice(0, 2), a.length > 2 ? a.slice(2) : undefined];
    if (flag in valued) {
      const v = inline ?? args[++i];
      if (v === undefined) return { opts, bad: flag };
      opts.set(valued[flag], v);
    } else if (flag in flags && inline === undefined) opts.set(flags[flag], '');
    else return { opts, bad: flag };
  }
  return { opts, name };
}

function denied(ctx: ProgramContext, name: string): boolean {
  if (currentAccount(ctx).uid === 0) return false;
  ctx.stderr.write(`${name}: Permission denied.\n${name}: cannot lock /etc/${name === 'groupadd' ? 'group' : 'passwd'}; try again later.\n`);
  return true;
}

/** Makes `groupadd`. */
export function makeGroupadd(): Program {
  return (ctx) => {
    const { opts, name, bad } = parse(ctx.argv.slice(1), { '-g': 'g', '--gid': 'g', '-K': 'K', '--key': 'K' }, { '-r': 'r', '--system': 'r', '-f': 'f', '--force': 'f', '-o': 'o', '--non-unique': 'o' });
    if (bad !== undefined || name === undefined) return (ctx.stderr.write('Usage: groupadd [options] GROUP\n'), 2);
    if (denied(ctx, 'groupadd')) return 10;
    if (findGroup(ctx, name)?.name === name) {
      if (opts.has('f')) return 0;
      ctx.stderr.write(`groupadd: group '${name}' already exists\n`);
      return 9;
    }
    let gid: number;
    if (opts.has('g')) {
      gid = Number(opts.get('g'));
      if (!Number.isInteger(gid) || gid < 0) return (ctx.stderr.write(`groupadd: invalid group ID '${opts.get('g')}'\n`), 3);
      if (findGroup(ctx, String(gid)) && !opts.has('o')) return (ctx.stderr.write(`groupadd: GID '${gid}' already exists\n`), 4);
    } else gid = opts.has('r') ? freeId(ctx, 100, 999, 'gid', true) : freeId(ctx, 1000, 60000, 'gid');
    addGroupEntry(ctx, name, gid);
    return 0;
  };
}

/** Makes `useradd`. */
export function makeUseradd(): Program {
  return (ctx) => {
    const valued = { '-u': 'u', '--uid': 'u', '-g': 'g', '--gid': 'g', '-G': 'G', '--groups': 'G', '-d': 'd', '--home-dir': 'd', '-s': 's', '--shell': 's', '-c': 'c', '--comment': 'c', '-k': 'k', '--skel': 'k' };
    const flags = { '-r': 'r', '--system': 'r', '-m': 'm', '--create-home': 'm', '-M': 'M', '--no-create-home': 'M', '-U': 'U', '--user-group': 'U', '-N': 'N', '--no-user-group': 'N', '-o': 'o', '--non-unique': 'o' };
    const { opts, name, bad } = parse(ctx.argv.slice(1), valued, flags);
    if (bad !== undefined || name === undefined) return (ctx.stderr.write('Usage: useradd [options] LOGIN\n       useradd -D\n       useradd -D [options]\n'), 2);
    if (denied(ctx, 'useradd')) return 1;
    if (findAccount(ctx, name)?.name === name) return (ctx.stderr.write(`useradd: user '${name}' already exists\n`), 9);
    const system = opts.has('r');
    let uid: number;
    if (opts.has('u')) {
      uid = Number(opts.get('u'));
      if (!Number.isInteger(uid) || uid < 0) return (ctx.stderr.write(`useradd: invalid user ID '${opts.get('u')}'\n`), 3);
      if (findAccount(ctx, String(uid)) && !opts.has('o')) return (ctx.stderr.write(`useradd: UID ${uid} is not unique\n`), 4);
    } else uid = system ? freeId(ctx, 100, 999, 'uid', true) : freeId(ctx, 1000, 60000, 'uid');
    let gid: number;
    if (opts.has('g')) {
      const g = findGroup(ctx, opts.get('g')!);
      if (!g) return (ctx.stderr.write(`useradd: group '${opts.get('g')}' does not exist\n`), 6);
      gid = g.gid;
    } else if (opts.has('N')) gid = 100;
    else {
      if (findGroup(ctx, name)?.name === name) return (ctx.stderr.write(`useradd: group ${name} exists - if you want to add this user to that group, use -g.\n`), 9);
      // USERGROUPS_ENAB: a group of the user's name, with the uid as gid when free.
      gid = findGroup(ctx, String(uid)) ? (system ? freeId(ctx, 100, 999, 'gid', true) : freeId(ctx, 1000, 60000, 'gid')) : uid;
      addGroupEntry(ctx, name, gid);
    }
    for (const g of (opts.get('G') ?? '').split(',').filter(Boolean)) {
      if (!findGroup(ctx, g)) return (ctx.stderr.write(`useradd: group '${g}' does not exist\n`), 6);
    }
    const home = opts.get('d') ?? `/home/${name}`;
    addAccount(ctx, { name, uid, gid, gecos: opts.get('c') ?? '', home, shell: opts.get('s') ?? '/bin/sh' }, '!');
    for (const g of (opts.get('G') ?? '').split(',').filter(Boolean)) {
      const lines = ctx.fs.readText('/etc/group').split('\n').map((l) => (l.split(':')[0] === g ? l + (l.endsWith(':') ? '' : ',') + name : l));
      ctx.fs.writeFile('/etc/group', lines.join('\n'));
    }
    if (opts.has('m') && !opts.has('M')) makeHome(ctx, home, uid, gid, opts.get('k') ?? '/etc/skel');
    return 0;
  };
}
export { makeUsermod, makeUserdel, makeGroupdel } from './usermod.ts';
