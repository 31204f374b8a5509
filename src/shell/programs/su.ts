// su: root becomes another user without a password (a Dockerfile's `su app -c CMD`, `su - app`);
// anyone else is refused as in a container: busybox is not suid in the Alpine and busybox images
// ("must be suid to work properly"), and util-linux su has no password to ask for there.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { currentAccount } from './users.ts';
import { refusedLetter, type Flavour } from './util.ts';

/** A passwd entry with what su needs: home and login shell. */
interface Passwd {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
}

interface Request {
  login: boolean;
  keepEnv: boolean;
  shell?: string;
  command?: string;
  user: string;
  args: string[];
}

/** Makes `su` as busybox (Alpine, busybox images) or util-linux (Debian, Ubuntu) has it. */
export function makeSu(flavour: Flavour): Program {
  return async (ctx) => {
    const req = parse(ctx, flavour);
    if (typeof req === 'number') return req;
    if (currentAccount(ctx).uid !== 0) {
      if (flavour === 'busybox') ctx.stderr.write('su: must be suid to work properly\n');
      else ctx.stderr.write(`${ctx.stdinTty ? 'Password: \n' : ''}su: Authentication failure\n`);
      return 1;
    }
    const pw = passwd(ctx, req.user);
    if (!pw) {
      ctx.stderr.write(flavour === 'busybox' ? `su: unknown user ${req.user}\n` : `su: user ${req.user} does not exist or the user entry does not contain all the required fields\n`);
      return 1;
    }
    const shell = req.shell ?? (pw.shell || '/bin/sh');
    if (/(^|\/)nologin$/.test(shell)) {
      ctx.stderr.write(flavour === 'busybox' ? 'This account is not available\n' : 'This account is currently not available.\n');
      return 1;
    }
    if (!ctx.fs.exists(shell)) {
      ctx.stderr.write(flavour === 'busybox' ? `su: can't execute '${shell}': No such file or directory\n` : `su: failed to execute ${shell}: No such file or directory\n`);
      return 127;
    }
    let cwd = ctx.cwd;
    if (req.login) {
      cwd = ctx.fs.exists(pw.home) && ctx.fs.stat(pw.home).type === 'dir' ? pw.home : '/';
      if (cwd !== pw.home) ctx.stderr.write(flavour === 'busybox' ? `su: can't change directory to '${pw.home}'\n` : `su: warning: cannot change directory to ${pw.home}: No such file or directory\n`);
    }
    if (!ctx.runShell) {
      ctx.stderr.write('su: not supported in the workbook\n');
      return 127;
    }
    const argv = [shell, ...(req.command !== undefined ? ['-c', req.command] : []), ...req.args];
    return ctx.runShell(argv, { identity: { uid: pw.uid, gid: pw.gid, groups: groupsOf(ctx, pw) }, user: pw.name, env: environment(ctx, flavour, req, pw, shell), cwd });
  };
}

// `-` alone means a login shell; options are taken wherever they are, as getopt permutes them.
function parse(ctx: ProgramContext, flavour: Flavour): Request | number {
  const req: Request = { login: false, keepEnv: false, user: '', args: [] };
  const operands: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = (name: string): string | undefined => {
      if (i + 1 < args.length) return args[++i];
      ctx.stderr.write(flavour === 'busybox' ? `su: option requires an argument: ${name}\n` : `su: option requires an argument -- '${name}'\nTry 'su --help' for more information.\n`);
      return undefined;
    };
    if (a === '-' || a === '-l' || a === '--login') req.login = true;
    else if (a === '-m' || a === '-p' || a === '--preserve-environment') req.keepEnv = true;
    else if (a === '-c' || a === '--command') {
      const v = value('c');
      if (v === undefined) return 1;
      req.command = v;
    } else if (a.startsWith('--command=')) req.command = a.slice(10);
    else if (a === '-s' || a === '--shell') {
      const v = value('s');
      if (v === undefined) return 1;
      req.shell = v;
    } else if (a.startsWith('--shell=')) req.shell = a.slice(8);
    else if (a === '--') operands.push(...args.splice(i + 1));
    else if (a.startsWith('-') && a.length > 1) {
      if (!a.startsWith('--') && refusedLetter(ctx, flavour, a[1])) return 1;
      ctx.stderr.write(flavour === 'busybox' ? `su: unrecognized option: ${a.replace(/^-+/, '')}\n` : `su: invalid option -- '${a.slice(1)}'\nTry 'su --help' for more information.\n`);
      return 1;
    } else operands.push(a);
  }
  // Options may come after the user (`su app -s /bin/sh -c id`); further operands go to the shell.
  req.user = operands[0] ?? 'root';
  req.args = operands.slice(1);
  return req;
}

function passwd(ctx: ProgramContext, name: string): Passwd | undefined {
  let text = '';
  try {
    text = ctx.fs.readText('/etc/passwd');
  } catch {
    return undefined;
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length < 7) continue;
    if (f[0] === name) return { name: f[0], uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] };
  }
  return undefined;
}

// The target's primary group and every group that lists it as a member.
function groupsOf(ctx: ProgramContext, pw: Passwd): number[] {
  const out = [pw.gid];
  try {
    for (const line of ctx.fs.readText('/etc/group').split('\n')) {
      const f = line.split(':');
      if (f.length > 3 && f[3].split(',').includes(pw.name) && !out.includes(Number(f[2]))) out.push(Number(f[2]));
    }
  } catch {
    /* no /etc/group */
  }
  return out;
}

// A login shell starts from TERM alone plus the account's variables and PATH; otherwise the caller's
// environment with HOME and SHELL (and USER, LOGNAME for a non-root target) changed, unless -m.
function environment(ctx: ProgramContext, flavour: Flavour, req: Request, pw: Passwd, shell: string): Map<string, string> {
  if (req.keepEnv && !req.login) return new Map(ctx.env);
  const env = req.login ? new Map<string, string>() : new Map(ctx.env);
  const term = ctx.env.get('TERM');
  if (req.login && term !== undefined) env.set('TERM', term);
  env.set('HOME', pw.home);
  env.set('SHELL', shell);
  if (req.login || pw.uid !== 0) {
    env.set('USER', pw.name);
    env.set('LOGNAME', pw.name);
  }
  if (req.login) env.set('PATH', loginPath(ctx, flavour, pw.uid === 0));
  return env;
}

// busybox's built-in paths; util-linux reads ENV_SUPATH / ENV_PATH from /etc/login.defs.
function loginPath(ctx: ProgramContext, flavour: Flavour, root: boolean): string {
  if (flavour === 'busybox') return root ? '/sbin:/usr/sbin:/bin:/usr/bin' : '/bin:/usr/bin';
  let defs = '';
  try {
    defs = ctx.fs.readText('/etc/login.defs');
  } catch {
    /* util-linux's defaults below */
  }
  const key = root ? 'ENV_SUPATH' : 'ENV_PATH';
  const set = new RegExp(`^${key}\\s+(?:PATH=)?(\\S+)`, 'm').exec(defs)?.[1];
  return set ?? (root ? '/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin' : '/usr/local/bin:/bin:/usr/bin');
}
