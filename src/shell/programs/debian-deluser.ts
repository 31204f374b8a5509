// Debian's deluser and delgroup (adduser 3.134): `deluser [--remove-home] USER`, `deluser USER GROUP`,
// `delgroup [--system] [--only-if-empty] GROUP`, through userdel/groupdel as the real ones call them.
// --remove-home needs Perl's File::Find, which only the `perl` package brings (perl-base lacks it).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { setMemberships } from './account-files.ts';
import { getoptLong } from './getopt-long.ts';
import { makeGroupdel, makeUserdel } from './usermod.ts';
import { accounts, currentAccount, groups } from './users.ts';

const USAGE = `deluser [--system] [--remove-home] [--remove-all-files] [--backup]
        [--backup-to dir] [--backup-suffix str] [--conf file]
        [--quiet] [--verbose] [--debug] user

  remove a normal user from the system

deluser --group [--system] [--only-if-empty] [--conf file] [--quiet]
        [--verbose] [--debug] group
delgroup [--system] [--only-if-empty] [--conf file] [--quiet]
         [--verbose] [--debug] group
  remove a group from the system

deluser [--conf file] [--quiet] [--verbose] [--debug] user group
  remove the user from a group
`;

const SPEC = ['quiet', 'q', 'debug', 'verbose', 'help', 'h', 'group', 'system', 'only-if-empty', 'remove-home', 'remove-all-files', 'backup', 'no-preserve-root'].map((n) => ({ names: [n] }));
const VALUED = ['conf', 'c', 'backup-to', 'backup-suffix'].map((n) => ({ names: [n], value: 's' as const }));
// deluser.conf's NO_DEL_PATHS: a home at one of these is never removed.
const NO_DEL = /^\/(bin|boot|dev|etc|media|mnt|opt|proc|root|run|sbin|srv|sys|tmp|usr|var)$|^\/(initrd|lib|lost\+found|vmlinu)/;

// The Perl modules deluser needs for --remove-home (perl-modules-5.xx, pulled in by `perl`).
function hasFileFind(ctx: ProgramContext): boolean {
  if (!ctx.fs.exists('/usr/share/perl')) return false;
  return ctx.fs.readdir('/usr/share/perl').some((v) => ctx.fs.exists(`/usr/share/perl/${v}/File/Find.pm`));
}

/** Makes Debian's `deluser` (called as `delgroup`, it removes groups). */
export function makeDebianDeluser(): Program {
  return async (ctx) => {
    const prog = ctx.argv[0].split('/').pop() === 'delgroup' ? 'delgroup' : 'deluser';
    const { opts, names, errors } = getoptLong(ctx.argv.slice(1), [...SPEC, ...VALUED]);
    if (errors.length) return (ctx.stderr.write(errors.map((e) => `${e}\n`).join('')), ctx.stdout.write(USAGE), 1);
    if (opts.has('help') || opts.has('h')) return (ctx.stdout.write(USAGE), 0);
    const fail = (code: number, text: string) => (ctx.stderr.write(`${prog}: ${text}\n`), code);
    if (currentAccount(ctx).uid !== 0) return fail(1, 'Only root may remove a user or group from the system.');
    const verbose = !opts.has('quiet') && !opts.has('q');
    const say = (text: string) => verbose && ctx.stdout.write(text);
    if (names.length === 0 || names[0] === '' || names.length > 2) return fail(1, 'Only one or two names allowed.');
    const removeHome = opts.has('remove-home') || opts.has('remove-all-files');
    if ((removeHome || opts.has('backup') || opts.has('backup-to')) && !hasFileFind(ctx)) return fail(8, "In order to use the --remove-home, --remove-all-files, and --backup features,\nyou need to install the `perl' package. To accomplish that, run\napt-get install perl.");
    const system = opts.has('system');
    if (names.length === 2) return leaveGroup(ctx, fail, say, names[0], names[1]);
    if (prog === 'delgroup' || opts.has('group')) {
      const group = groups(ctx).find((g) => g.name === names[0]);
      if (!group) return (verbose && ctx.stderr.write(`${prog}: The group \`${names[0]}' does not exist.\n`), system ? 0 : 3);
      if (system && (group.gid < 100 || group.gid > 999)) return (verbose && ctx.stderr.write(`${prog}: The group \`${names[0]}' is not a system group. Exiting.\n`), 3);
      if (opts.has('only-if-empty') && group.members.length) return fail(5, `The group \`${names[0]}' is not empty!`);
      say(`Removing group \`${names[0]}' ...\n`);
      const code = await makeGroupdel()({ ...ctx, argv: ['groupdel', names[0]] });
      if (code !== 0) return fail(1, `\`/usr/sbin/groupdel ${names[0]}' returned error code ${code}. Exiting.`);
      say('Done.\n');
      return 0;
    }
    const user = accounts(ctx).find((a) => a.name === names[0]);
    if (system && user && (user.uid < 100 || user.uid > 999)) return (verbose && ctx.stderr.write(`${prog}: The user \`${names[0]}' is not a system user. Exiting.\n`), 1);
    if (system && !user) return (verbose && ctx.stderr.write(`${prog}: The user \`${names[0]}' does not exist, but --system was given. Exiting.\n`), 0);
    if (!user) return fail(2, `The user \`${names[0]}' does not exist.`);
    if (user.uid === 0 && !opts.has('no-preserve-root')) {
      ctx.stdout.write('WARNING: You are just about to delete the root account (uid 0)\nUsually this is never required as it may render the whole system unusable\nIf you really want this, call deluser with parameter --no-preserve-root\nStopping now without having performed any action\n');
      return 9;
    }
    if (removeHome) {
      say('Looking for files to backup/remove ...\n');
      const home = ctx.fs.readText('/etc/passwd').split('\n').find((l) => l.split(':')[0] === user.name)?.split(':')[5] ?? '';
      if (home && !NO_DEL.test(home) && home !== '/home' && home !== '/' && ctx.fs.exists(home)) {
        say('Removing files ...\n');
        ctx.fs.rm(home, { recursive: true });
      }
    }
    if (ctx.fs.exists('/usr/bin/crontab')) say('Removing crontab ...\n');
    else ctx.stderr.write(`${prog}: \`/usr/bin/crontab' not executed. Skipping crontab removal. Package \`cron' required.\n`);
    say(`Removing user \`${names[0]}' ...\n`);
    const code = await makeUserdel()({ ...ctx, argv: ['userdel', names[0]] });
    if (code !== 0) return fail(1, `\`/usr/sbin/userdel ${names[0]}' returned error code ${code}. Exiting.`);
    say('Done.\n');
    return 0;
  };
}

// deluser USER GROUP: takes USER off GROUP's member list (never its primary group).
function leaveGroup(ctx: ProgramContext, fail: (code: number, text: string) => number, say: (text: string) => void, user: string, group: string): number {
  const account = accounts(ctx).find((a) => a.name === user);
  if (!account) return fail(2, `The user \`${user}' does not exist.`);
  const g = groups(ctx).find((x) => x.name === group);
  if (!g) return fail(3, `The group \`${group}' does not exist.`);
  if (g.gid === account.gid) return fail(7, 'You may not remove the user from their primary group.');
  if (!g.members.includes(user)) return fail(6, `The user \`${user}' is not a member of group \`${group}'.`);
  say(`Removing user \`${user}' from group \`${group}' ...\n`);
  const was = new Set(groups(ctx).filter((x) => x.members.includes(user)).map((x) => x.name));
  setMemberships(ctx, user, (name) => name !== group && was.has(name));
  say('Done.\n');
  return 0;
}
