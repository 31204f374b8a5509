// shadow-utils usermod, userdel and groupdel (Debian, Ubuntu): `usermod -aG docker bob`, `usermod -s /bin/bash bob`,
// `userdel -r bob`, `groupdel devs`, with their messages and exit codes.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { removeEntry, setField, setMemberships } from './account-files.ts';
import { accounts, currentAccount, findAccount, findGroup, groups } from './users.ts';

// Splits shadow-utils options (short letters, bundles like -aG, long --name[=value]) by a table of letters.
function parse(args: string[], valued: Record<string, string>, plain: Record<string, string>): { opts: Map<string, string>; names: string[]; bad?: string } {
  const opts = new Map<string, string>();
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      names.push(a);
      continue;
    }
    if (a.startsWith('--')) {
      const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
      if (valued[flag]) {
        const v = inline ?? args[++i];
        if (v === undefined) return { opts, names, bad: a };
        opts.set(valued[flag], v);
      } else if (plain[flag]) opts.set(plain[flag], '');
      else return { opts, names, bad: a };
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = `-${a[j]}`;
      if (valued[c]) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return { opts, names, bad: a };
        opts.set(valued[c], v);
        break;
      }
      if (!plain[c]) return { opts, names, bad: a };
      opts.set(plain[c], '');
    }
  }
  return { opts, names };
}

function denied(ctx: ProgramContext, name: string, file: string): boolean {
  if (currentAccount(ctx).uid === 0) return false;
  ctx.stderr.write(`${name}: Permission denied.\n${name}: cannot lock ${file}; try again later.\n`);
  return true;
}

// The home directory field of an account's passwd line.
function homeOf(ctx: ProgramContext, name: string): string {
  const line = ctx.fs.readText('/etc/passwd').split('\n').find((l) => l.split(':')[0] === name);
  return line?.split(':')[5] ?? '';
}

// shadow-utils 4.13's usage text (bookworm).
const USERMOD_USAGE = 'Usage: usermod [options] LOGIN\n\nOptions:\n  -a, --append                  append the user to the supplemental GROUPS\n                                mentioned by the -G option without removing\n                                the user from other groups\n  -b, --badname                 allow bad names\n  -c, --comment COMMENT         new value of the GECOS field\n  -d, --home HOME_DIR           new home directory for the user account\n  -e, --expiredate EXPIRE_DATE  set account expiration date to EXPIRE_DATE\n  -f, --inactive INACTIVE       set password inactive after expiration\n                                to INACTIVE\n  -g, --gid GROUP               force use GROUP as new primary group\n  -G, --groups GROUPS           new list of supplementary GROUPS\n  -h, --help                    display this help message and exit\n  -l, --login NEW_LOGIN         new value of the login name\n  -L, --lock                    lock the user account\n  -m, --move-home               move contents of the home directory to the\n                                new location (use only with -d)\n  -o, --non-unique              allow using duplicate (non-unique) UID\n  -p, --password PASSWORD       use encrypted password for the new password\n  -P, --prefix PREFIX_DIR       prefix directory where are located the /etc/* files\n  -r, --remove                  remove the user from only the supplemental GROUPS\n                                mentioned by the -G option without removing\n                                the user from other groups\n  -R, --root CHROOT_DIR         directory to chroot into\n  -s, --shell SHELL             new login shell for the user account\n  -u, --uid UID                 new UID for the user account\n  -U, --unlock                  unlock the user account\n  -v, --add-subuids FIRST-LAST  add range of subordinate uids\n  -V, --del-subuids FIRST-LAST  remove range of subordinate uids\n  -w, --add-subgids FIRST-LAST  add range of subordinate gids\n  -W, --del-subgids FIRST-LAST  remove range of subordinate gids\n  -Z, --selinux-user SEUSER     new SELinux user mapping for the user account\n\n';

/** Makes `usermod`: -a -G (append to groups), -r -G (leave them), -G (set them), -g, -s, -d [-m], -l, -u, -c, -L/-U. */
export function makeUsermod(): Program {
  return (ctx) => {
    const valued = { '-G': 'G', '--groups': 'G', '-g': 'g', '--gid': 'g', '-s': 's', '--shell': 's', '-d': 'd', '--home': 'd', '-l': 'l', '--login': 'l', '-u': 'u', '--uid': 'u', '-c': 'c', '--comment': 'c' };
    const plain = { '-a': 'a', '--append': 'a', '-r': 'r', '--remove': 'r', '-m': 'm', '--move-home': 'm', '-L': 'L', '--lock': 'L', '-U': 'U', '--unlock': 'U', '-o': 'o', '--non-unique': 'o' };
    const { opts, names, bad } = parse(ctx.argv.slice(1), valued, plain);
    if (bad !== undefined || names.length !== 1) return (ctx.stderr.write(USERMOD_USAGE), 2);
    if (opts.size === 0) return (ctx.stdout.write('usermod: no changes\n'), 0);
    const name = names[0];
    if (denied(ctx, 'usermod', '/etc/passwd')) return 1;
    const user = accounts(ctx).find((a) => a.name === name);
    if (!user) return (ctx.stderr.write(`usermod: user '${name}' does not exist\n`), 6);
    if (opts.has('a') && !opts.has('G')) return (ctx.stderr.write('usermod: -a flag is only allowed with the -G flag\n' + USERMOD_USAGE), 2);
    const wanted = (opts.get('G') ?? '').split(',').filter(Boolean);
    for (const g of wanted) if (!findGroup(ctx, g)) return (ctx.stderr.write(`usermod: group '${g}' does not exist\n`), 6);
    let gid = user.gid;
    if (opts.has('g')) {
      const g = findGroup(ctx, opts.get('g')!);
      if (!g) return (ctx.stderr.write(`usermod: group '${opts.get('g')}' does not exist\n`), 6);
      gid = g.gid;
    }
    if (opts.has('u')) {
      const uid = Number(opts.get('u'));
      if (!Number.isInteger(uid) || uid < 0) return (ctx.stderr.write(`usermod: invalid user ID '${opts.get('u')}'\n`), 3);
      const other = findAccount(ctx, String(uid));
      if (other && other.name !== name && !opts.has('o')) return (ctx.stderr.write(`usermod: UID '${uid}' already exists\n`), 4);
      setField(ctx, '/etc/passwd', name, 2, String(uid));
    }
    const newName = opts.get('l');
    if (newName !== undefined && newName !== name && findAccount(ctx, newName)?.name === newName) return (ctx.stderr.write(`usermod: user '${newName}' already exists\n`), 9);
    if (opts.has('g')) setField(ctx, '/etc/passwd', name, 3, String(gid));
    if (opts.has('s')) setField(ctx, '/etc/passwd', name, 6, opts.get('s')!);
    if (opts.has('c')) setField(ctx, '/etc/passwd', name, 4, opts.get('c')!);
    if (opts.has('d')) {
      const home = opts.get('d')!;
      const old = homeOf(ctx, name);
      if (opts.has('m') && old && ctx.fs.exists(old) && !ctx.fs.exists(home)) ctx.fs.rename(old, home);
      setField(ctx, '/etc/passwd', name, 5, home);
    }
    if (opts.has('G')) {
      const member = new Set(groups(ctx).filter((g) => g.members.includes(name)).map((g) => g.name));
      const want = new Set(wanted.map((g) => findGroup(ctx, g)!.name));
      setMemberships(ctx, name, (g) => (opts.has('r') ? member.has(g) && !want.has(g) : want.has(g) || (opts.has('a') && member.has(g))));
    }
    if (opts.has('L') || opts.has('U')) {
      const shadow = ctx.fs.exists('/etc/shadow') ? ctx.fs.readText('/etc/shadow').split('\n').find((l) => l.split(':')[0] === name) : undefined;
      const hash = shadow?.split(':')[1] ?? '';
      if (opts.has('L') && !hash.startsWith('!')) setField(ctx, '/etc/shadow', name, 1, '!' + hash);
      if (opts.has('U')) {
        if (hash === '!' || hash === '!*') return (ctx.stderr.write("usermod: unlocking the user's password would result in a passwordless account.\nYou should set a password with usermod -p to unlock this user's password.\n"), 0);
        setField(ctx, '/etc/shadow', name, 1, hash.replace(/^!/, ''));
      }
    }
    if (newName !== undefined && newName !== name) {
      for (const f of ['/etc/passwd', '/etc/shadow']) setField(ctx, f, name, 0, newName);
      const member = new Set(groups(ctx).filter((g) => g.members.includes(name)).map((g) => g.name));
      setMemberships(ctx, name, () => false);
      setMemberships(ctx, newName, (g) => member.has(g));
    }
    return 0;
  };
}

/** Makes `userdel [-r] [-f] LOGIN`: the account, its membership lines and its own group (USERGROUPS_ENAB). */
export function makeUserdel(): Program {
  return (ctx) => {
    const { opts, names, bad } = parse(ctx.argv.slice(1), {}, { '-r': 'r', '--remove': 'r', '-f': 'f', '--force': 'f' });
    if (bad !== undefined || names.length !== 1) return (ctx.stderr.write('Usage: userdel [options] LOGIN\n'), 2);
    const name = names[0];
    if (denied(ctx, 'userdel', '/etc/passwd')) return 1;
    const user = accounts(ctx).find((a) => a.name === name);
    if (!user) return (ctx.stderr.write(`userdel: user '${name}' does not exist\n`), 6);
    const home = homeOf(ctx, name);
    removeEntry(ctx, '/etc/passwd', name);
    removeEntry(ctx, '/etc/shadow', name);
    setMemberships(ctx, name, () => false);
    // The user's private group goes too, unless another account still has it as primary group.
    const own = groups(ctx).find((g) => g.name === name && g.gid === user.gid);
    if (own && !accounts(ctx).some((a) => a.gid === own.gid)) {
      removeEntry(ctx, '/etc/group', name);
      removeEntry(ctx, '/etc/gshadow', name);
    }
    if (opts.has('r')) {
      ctx.stderr.write(`userdel: ${name} mail spool (/var/mail/${name}) not found\n`);
      if (home && ctx.fs.exists(home)) ctx.fs.rm(home, { recursive: true });
      else ctx.stderr.write(`userdel: ${name} home directory (${home}) not found\n`);
    }
    return 0;
  };
}

/** Makes `groupdel GROUP`, which refuses a group that is still someone's primary group. */
export function makeGroupdel(): Program {
  return (ctx) => {
    const { names, bad } = parse(ctx.argv.slice(1), {}, { '-f': 'f', '--force': 'f' });
    if (bad !== undefined || names.length !== 1) return (ctx.stderr.write('Usage: groupdel [options] GROUP\n'), 2);
    const name = names[0];
    if (denied(ctx, 'groupdel', '/etc/group')) return 10;
    const group = groups(ctx).find((g) => g.name === name);
    if (!group) return (ctx.stderr.write(`groupdel: group '${name}' does not exist\n`), 6);
    const primary = accounts(ctx).find((a) => a.gid === group.gid);
    if (primary) return (ctx.stderr.write(`groupdel: cannot remove the primary group of user '${primary.name}'\n`), 8);
    removeEntry(ctx, '/etc/group', name);
    removeEntry(ctx, '/etc/gshadow', name);
    return 0;
  };
}
