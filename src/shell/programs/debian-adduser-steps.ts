// The steps Debian's adduser shares between its actions: its refusals, its calls of useradd and
// groupadd (systemcall), chfn's GECOS field (ch_comment) and the home directory (create_homedir).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { gecos } from './debian-adduser-ask.ts';

/** A refusal: adduser's dief/warnf text (without the `adduser: ` prefix) and its exit code. */
export class Refused extends Error {
  constructor(message: string, readonly code = 1) {
    super(message);
  }
}

/** One adduser call: its context, name (adduser/addgroup), options, and `say` for its verbose lines. */
export interface Request {
  ctx: ProgramContext;
  prog: string;
  opts: Map<string, string>;
  verbose: boolean;
  say: (text: string) => void;
}

/** Runs useradd or groupadd as adduser's systemcall does: a failure ends adduser with exit 1. */
export async function systemcall(req: Request, make: () => Program, argv: string[]): Promise<void> {
  const code = await make()({ ...req.ctx, argv });
  if (code !== 0) throw new Refused(`\`/usr/sbin/${argv.join(' ')}' returned error code ${code}. Exiting.`);
}

/** adduser's ch_comment: chfn -f NAME (or the comma-separated fields) writes the GECOS field. */
export function setGecos(ctx: ProgramContext, name: string, comment: string): void {
  const lines = ctx.fs.readText('/etc/passwd').split('\n');
  const fields = comment.includes(',') ? comment.split(',') : [comment];
  const current = (lines.find((l) => l.split(':')[0] === name)?.split(':')[4] ?? '').split(',');
  const values = [0, 1, 2, 3, 4].map((i) => (i < fields.length ? fields[i] : (current[i] ?? '')));
  ctx.fs.writeFile('/etc/passwd', lines.map((l) => (l.split(':')[0] === name ? l.split(':').map((f, i) => (i === 4 ? gecos(values) : f)).join(':') : l)).join('\n'));
}

/** adduser's create_homedir: not for /nonexistent or --no-create-home, never over an existing directory. */
export function createHome(req: Request, home: string, uid: number, gid: number, mode: number, skel: boolean): void {
  const { ctx, say } = req;
  if (/^\/+nonexistent(\/|$)/.test(home)) return void say(`Not creating \`${home}'.\n`);
  if (req.opts.has('no-create-home')) return void say(`Not creating home directory \`${home}'.\n`);
  if (ctx.fs.exists(home)) {
    if (req.verbose) ctx.stderr.write(`${req.prog}: The home directory \`${home}' already exists.  Not touching this directory.\n`);
    const st = ctx.fs.stat(home);
    if (st.uid !== uid || st.gid !== gid) ctx.stderr.write(`${req.prog}: Warning: The home directory \`${home}' does not belong to the user you are currently creating.\n`);
    return;
  }
  say(`Creating home directory \`${home}' ...\n`);
  ctx.fs.mkdir(home, { recursive: true, mode });
  ctx.fs.chown(home, uid, gid);
  ctx.fs.chmod(home, mode);
  if (!skel) return;
  say("Copying files from `/etc/skel' ...\n");
  if (!ctx.fs.exists('/etc/skel')) return;
  for (const entry of ctx.fs.readdir('/etc/skel')) {
    ctx.fs.copy(`/etc/skel/${entry}`, `${home}/${entry}`, { recursive: true });
    ctx.fs.chown(`${home}/${entry}`, uid, gid);
  }
}
