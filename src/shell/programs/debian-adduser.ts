// Debian's adduser and addgroup (the Perl `adduser` package, 3.134 in bookworm), on top of useradd and
// groupadd as the real one calls them: `adduser --disabled-password --gecos '' app`,
// `adduser --system --group app`, `addgroup --system app`, `adduser app sudo`. Messages and exit codes
// are 3.134's; defaults are its built-in adduser.conf ones (system ids 100–999, users from 1000, home
// mode 0700 from /etc/skel, a group per user and the `users` group as an extra group).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { addMember, freeId } from './account-files.ts';
import { Answers, askGecos, askPassword } from './debian-adduser-ask.ts';
import { getoptLong, type LongOption } from './getopt-long.ts';
import { makeGroupadd, makeUseradd } from './useradd.ts';
import { accounts, currentAccount, findAccount, findGroup, groups } from './users.ts';
import { addSystemGroup, addUserToGroup, addGroup } from './debian-addgroup.ts';
import { createHome, Refused, setGecos, systemcall, type Request } from './debian-adduser-steps.ts';
import { addSystemUser } from './debian-addsysuser.ts';
import { ADDUSER_USAGE } from './debian-adduser-usage.ts';

const SPEC: LongOption[] = [
  { names: ['comment'], value: 's' }, { names: ['gecos'], value: 's' }, { names: ['conf', 'c'], value: 's' },
  { names: ['debug'] }, { names: ['disabled-login'] }, { names: ['disabled-password'] },
  { names: ['firstgid'], value: 'i' }, { names: ['firstuid'], value: 'i' }, { names: ['gid'], value: 'i' },
  { names: ['group'] }, { names: ['help', 'h'] }, { names: ['home'], value: 's' }, { names: ['ingroup'], value: 's' },
  { names: ['lastgid'], value: 'i' }, { names: ['lastuid'], value: 'i' }, { names: ['no-create-home'] },
  { names: ['quiet', 'q'] }, { names: ['shell'], value: 's' }, { names: ['system'] }, { names: ['uid'], value: 'i' },
  { names: ['verbose'] }, { names: ['add-extra-groups', 'add_extra_groups'] }, { names: ['allow-all-names'] }, { names: ['allow-bad-names', 'allow-badname', 'force-badname'] },
];

/** Makes Debian's `adduser` (called as `addgroup`, it adds groups). */
export function makeDebianAdduser(): Program {
  return async (ctx) => {
    const prog = ctx.argv[0].split('/').pop() === 'addgroup' ? 'addgroup' : 'adduser';
    const { opts, names, errors } = getoptLong(ctx.argv.slice(1), SPEC);
    if (errors.length) {
      ctx.stderr.write(errors.map((e) => `${e}\n`).join(''));
      ctx.stdout.write(ADDUSER_USAGE);
      return 1;
    }
    if (opts.has('help')) return (ctx.stdout.write(ADDUSER_USAGE), 0);
    try {
      return await run(ctx, prog, opts, names);
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      ctx.stderr.write(`${prog}: ${e.message}\n`);
      return e.code;
    }
  };
}

async function run(ctx: ProgramContext, prog: string, opts: Map<string, string>, names: string[]): Promise<number> {
  if (currentAccount(ctx).uid !== 0) throw new Refused('Only root may add a user or group to the system.');
  let action = prog;
  if (opts.has('system')) action = action === 'adduser' ? 'addsysuser' : 'addsysgroup';
  if (names.length === 0 || names[0] === '' || names.length > 2) throw new Refused('Only one or two names allowed.');
  if (names.length === 2) {
    if (action === 'addsysuser' || opts.has('group')) throw new Refused('Specify only one name in this mode.');
    if (action === 'addgroup' || action === 'addsysgroup') throw new Refused('addgroup with two arguments is an unspecified operation.');
    action = 'addusertogroup';
  }
  if (action !== 'addgroup' && ['group', 'ingroup', 'gid'].filter((o) => opts.has(o)).length > 1) throw new Refused('The --group, --ingroup, and --gid options are mutually exclusive.');
  const home = opts.get('home');
  if (home !== undefined && !home.startsWith('/')) throw new Refused('The home dir must be an absolute path.');
  const verbose = !opts.has('quiet');
  if (home !== undefined && verbose && !opts.has('no-create-home') && ctx.fs.exists(home)) ctx.stderr.write(`${prog}: Warning: The home dir ${home} you specified already exists.\n`);
  let makeGroupAlso = false;
  if (opts.has('group')) {
    if (action === 'addsysuser') makeGroupAlso = true;
    else action = opts.has('system') ? 'addsysgroup' : 'addgroup';
  }
  const req: Request = { ctx, prog, opts, verbose, say: (text) => verbose && ctx.stdout.write(text) };
  if (action === 'addusertogroup') return addUserToGroup(req, names[0], names[1]);
  checkName(names[0], opts);
  if (action === 'addsysgroup') return addSystemGroup(req, names[0]);
  if (action === 'addgroup') return addGroup(req, names[0]);
  if (action === 'addsysuser') return addSystemUser(req, names[0], makeGroupAlso);
  return addUser(req, names[0]);
}

// adduser's checkname: the checks that cannot be turned off, then NAME_REGEX.
function checkName(name: string, opts: Map<string, string>): void {
  if (/^\d+$/.test(name)) throw new Refused('To avoid ambiguity with numerical UIDs, usernames which\n            consist of only digits are not allowed.');
  if (name.length > 32) throw new Refused('Usernames must be no more than 32 bytes in length;\n            note that if you are using Unicode characters, the character\n            limit will be less than 32.');
  if (!/^[^-+~:,\s/][^:,\s/]*$/.test(name)) throw new Refused('To avoid problems, the username must not start with a\n            dash, plus sign, or tilde, and it must not contain any of the\n            following: colon, comma, slash, or any whitespace characters\n            including spaces, tabs, and newlines.');
  const regex = opts.has('system') ? /^[a-z_][a-z0-9_-]*\$?$/ : /^[a-z][a-z0-9_-]*\$?$/;
  if (regex.test(name) || opts.has('allow-all-names')) return;
  if (!/^[_.A-Za-z0-9][-@_.A-Za-z0-9]*\$?$/.test(name)) throw new Refused("To avoid problems, the username should consist only of\n            letters, digits, underscores, periods, at signs and dashes, and\n            not start with a dash (as defined by IEEE Std 1003.1-2001). For\n            compatibility with Samba machine accounts, $ is also supported\n            at the end of the username.  (Use the `--allow-all-names' option\n            to bypass this restriction.)");
  if (opts.has('allow-bad-names')) return;
  const variable = opts.has('system') ? 'SYS_NAME_REGEX' : 'NAME_REGEX';
  throw new Refused(`Please enter a username matching the regular expression\n            configured via the ${variable} configuration variable.  Use the\n            \`--allow-bad-names' option to relax this check or reconfigure\n            ${variable} in configuration.`);
}

// adduser USER: a normal user with its own group, a home from /etc/skel, the password and GECOS questions.
async function addUser(req: Request, name: string): Promise<number> {
  const { ctx, opts, say } = req;
  // Read before useradd and groupadd run: stdin is read once, by whichever program reads it first.
  const answers = new Answers(ctx.stdin);
  const ingroup = opts.get('ingroup');
  const gidOption = opts.has('gid') ? Number(opts.get('gid')) : undefined;
  const makeGroupAlso = ingroup === undefined && gidOption === undefined;
  if (findAccount(ctx, name)?.name === name) throw new Refused(`The user \`${name}' already exists.`);
  const uidOption = opts.has('uid') ? Number(opts.get('uid')) : undefined;
  if (uidOption !== undefined && accounts(ctx).some((a) => a.uid === uidOption)) throw new Refused(`The UID ${uidOption} is already in use.`);
  if (makeGroupAlso) {
    if (groups(ctx).some((g) => g.name === name)) throw new Refused(`The group \`${name}' already exists.`);
    if (uidOption !== undefined && groups(ctx).some((g) => g.gid === uidOption)) throw new Refused(`The GID ${uidOption} is already in use.`);
  } else {
    if (ingroup !== undefined && !groups(ctx).some((g) => g.name === ingroup)) throw new Refused(`The group \`${ingroup}' does not exist.`);
    if (gidOption !== undefined && !groups(ctx).some((g) => g.gid === gidOption)) throw new Refused(`The GID ${gidOption} does not exist.`);
  }
  say(`Adding user \`${name}' ...\n`);
  const first = opts.has('firstuid') ? Number(opts.get('firstuid')) : 1000;
  const last = opts.has('lastuid') ? Number(opts.get('lastuid')) : 59999;
  const uid = uidOption ?? (ingroup !== undefined ? freeId(ctx, first, last, 'uid') : freeId(ctx, first, last, 'both'));
  if (uid < 0) throw new Refused(`No UID/GID pair is available in the range ${first}-${last} (FIRST_UID - LAST_UID).\n${req.prog}: The user \`${name}' was not created.`);
  const group = makeGroupAlso ? { name, gid: uid } : gidOption !== undefined ? findGroup(ctx, String(gidOption))! : findGroup(ctx, ingroup!)!;
  if (makeGroupAlso) {
    say(`Adding new group \`${name}' (${uid}) ...\n`);
    await systemcall(req, makeGroupadd, ['groupadd', '-g', String(uid), name]);
  }
  say(`Adding new user \`${name}' (${uid}) with group \`${group.name} (${group.gid})' ...\n`);
  const home = opts.get('home') ?? `/home/${name}`;
  const shell = opts.get('shell') ?? (opts.has('disabled-login') ? '/usr/sbin/nologin' : '/bin/bash');
  await systemcall(req, makeUseradd, ['useradd', '-d', home, '-g', String(group.gid), '-s', shell, '-u', String(uid), name]);
  createHome(req, home, uid, group.gid, 0o700, true);
  if (!opts.has('disabled-password') && !opts.has('disabled-login')) askPassword(ctx, name, answers);
  const comment = opts.get('comment') ?? opts.get('gecos');
  if (comment !== undefined) setGecos(ctx, name, comment);
  else askGecos(ctx, name, answers);
  // USERGROUPS=yes: the new user also joins USERS_GROUP (`users`); --add-extra-groups adds EXTRA_GROUPS (`users` too).
  const extra = opts.has('add-extra-groups') ? ['users', 'users'] : ['users'];
  say(`Adding new user \`${name}' to supplemental / extra groups \`${extra.join(', ')}' ...\n`);
  for (const g of extra) {
    const group = findGroup(ctx, g);
    if (!group || group.name !== g) ctx.stderr.write(`${req.prog}: The group \`${g}' does not exist.\n`);
    else if (group.members.includes(name)) {
      if (req.verbose) ctx.stderr.write(`${req.prog}: The user \`${name}' is already a member of \`${g}'.\n`);
    } else {
      say(`Adding user \`${name}' to group \`${g}' ...\n`);
      addMember(ctx, g, name);
    }
  }
  return 0;
}
export { makeDebianDeluser } from './debian-deluser.ts';
