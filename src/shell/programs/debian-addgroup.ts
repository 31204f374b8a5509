// Debian adduser 3.134's group actions: `addgroup [--system] [--gid N] GROUP` (through groupadd) and
// `adduser USER GROUP` (through usermod -a -G), with their messages and exit codes.
import { addGroupEntry, addMember, freeId } from './account-files.ts';
import { accounts, groups } from './users.ts';
import { Refused, type Request } from './debian-adduser-steps.ts';

function range(req: Request, first: number, last: number): [number, number] {
  return [req.opts.has('firstgid') ? Number(req.opts.get('firstgid')) : first, req.opts.has('lastgid') ? Number(req.opts.get('lastgid')) : last];
}

// Writes the group as groupadd -g GID NAME does, with the verbose lines around it.
function create(req: Request, name: string, gid: number): number {
  req.say(`Adding group \`${name}' (GID ${gid}) ...\n`);
  addGroupEntry(req.ctx, name, gid);
  req.say('Done.\n');
  return 0;
}

/** addgroup --system GROUP: an existing system group is fine (exit 0); gids from 100–999. */
export function addSystemGroup(req: Request, name: string): number {
  const { ctx, opts } = req;
  const gidOption = opts.has('gid') ? Number(opts.get('gid')) : undefined;
  const existing = groups(ctx).find((g) => g.name === name);
  if (existing) {
    if (existing.gid >= 100 && existing.gid <= 999) {
      if (req.verbose) ctx.stderr.write(`${req.prog}: The group \`${name}' already exists as a system group. Exiting.\n`);
      return 0;
    }
    if (gidOption === undefined || gidOption === existing.gid) throw new Refused(`The group \`${name}' already exists and is not a system group. Exiting.`);
    throw new Refused(`The group \`${name}' already exists, but has a different GID. Exiting.`);
  }
  if (gidOption !== undefined && groups(ctx).some((g) => g.gid === gidOption)) throw new Refused(`The GID \`${gidOption}' is already in use.`);
  const [first, last] = range(req, 100, 999);
  const gid = gidOption ?? freeId(ctx, first, last, 'gid');
  if (gid < 0) throw new Refused(`No GID is available in the range ${first}-${last} (FIRST_SYS_GID - LAST_SYS_GID).\n${req.prog}: The group \`${name}' was not created.`);
  return create(req, name, gid);
}

/** addgroup GROUP (or adduser --group GROUP): gids from 1000–59999. */
export function addGroup(req: Request, name: string): number {
  const { ctx, opts } = req;
  const gidOption = opts.has('gid') ? Number(opts.get('gid')) : undefined;
  if (groups(ctx).some((g) => g.name === name)) throw new Refused(`The group \`${name}' already exists.`);
  if (gidOption !== undefined && groups(ctx).some((g) => g.gid === gidOption)) throw new Refused(`The GID \`${gidOption}' is already in use.`);
  const [first, last] = range(req, 1000, 59999);
  const gid = gidOption ?? freeId(ctx, first, last, 'gid');
  if (gid < 0) throw new Refused(`No GID is available in the range ${first}-${last} (FIRST_GID - LAST_GID).\n${req.prog}: The group \`${name}' was not created.`);
  return create(req, name, gid);
}

/** adduser USER GROUP: adds an existing user to an existing group's member list. */
export function addUserToGroup(req: Request, user: string, group: string): number {
  const { ctx } = req;
  if (!accounts(ctx).some((a) => a.name === user)) throw new Refused(`The user \`${user}' does not exist.`);
  const g = groups(ctx).find((x) => x.name === group);
  if (!g) throw new Refused(`The group \`${group}' does not exist.`);
  if (g.members.includes(user)) {
    if (req.verbose) ctx.stderr.write(`${req.prog}: The user \`${user}' is already a member of \`${group}'.\n`);
    return 0;
  }
  req.say(`Adding user \`${user}' to group \`${group}' ...\n`);
  addMember(ctx, group, user);
  req.say('Done.\n');
  return 0;
}
