// Debian adduser 3.134's `adduser --system [--group | --ingroup G | --gid N] USER`: uids from 100–999,
// group nogroup unless told otherwise, home /nonexistent (not created) and shell /usr/sbin/nologin.
import { freeId } from './account-files.ts';
import { createHome, Refused, setGecos, systemcall, type Request } from './debian-adduser-steps.ts';
import { makeGroupadd, makeUseradd } from './useradd.ts';
import { accounts, groups } from './users.ts';

/** Adds a system user; an existing system user of that name is fine (exit 0). */
export async function addSystemUser(req: Request, name: string, makeGroupAlso: boolean): Promise<number> {
  const { ctx, opts, say } = req;
  const uidOption = opts.has('uid') ? Number(opts.get('uid')) : undefined;
  const existing = accounts(ctx).find((a) => a.name === name);
  if (existing && (uidOption === undefined || uidOption === existing.uid)) {
    if (existing.uid >= 100 && existing.uid <= 999) {
      say(`The system user \`${name}' already exists. Exiting.\n`);
      return 0;
    }
    throw new Refused(`The user \`${name}' already exists, but is not a system user. Exiting.`);
  }
  if (existing && existing.uid >= 100 && existing.uid <= 999) throw new Refused(`The user \`${name}' already exists with a different UID. Exiting.`);
  if (existing) throw new Refused(`The user \`${name}' already exists, and is not a system user.`);
  let ingroup = opts.get('ingroup');
  let gid = opts.has('gid') ? Number(opts.get('gid')) : undefined;
  if (ingroup === undefined && gid === undefined && !makeGroupAlso) gid = groups(ctx).find((g) => g.name === 'nogroup')?.gid ?? 65534;
  if (uidOption !== undefined && accounts(ctx).some((a) => a.uid === uidOption)) throw new Refused(`The UID ${uidOption} is already in use.`);
  if (makeGroupAlso) {
    if (groups(ctx).some((g) => g.name === name)) throw new Refused(`The group \`${name}' already exists.`);
  } else {
    if (ingroup !== undefined && !groups(ctx).some((g) => g.name === ingroup)) throw new Refused(`The group \`${ingroup}' does not exist.`);
    if (gid !== undefined && !groups(ctx).some((g) => g.gid === gid)) throw new Refused(`The GID ${gid} does not exist.`);
  }
  const first = opts.has('firstuid') ? Number(opts.get('firstuid')) : 100;
  const last = opts.has('lastuid') ? Number(opts.get('lastuid')) : 999;
  const uid = uidOption ?? freeId(ctx, first, last, 'uid');
  if (uid < 0) throw new Refused(`No UID is available in the range ${first}-${last} (FIRST_SYS_UID - LAST_SYS_UID).\n${req.prog}: The user \`${name}' was not created.`);
  if (makeGroupAlso) {
    gid = uidOption !== undefined ? uid : freeId(ctx, opts.has('firstgid') ? Number(opts.get('firstgid')) : 100, opts.has('lastgid') ? Number(opts.get('lastgid')) : 999, 'gid');
    ingroup = name;
  } else if (gid !== undefined) ingroup = groups(ctx).find((g) => g.gid === gid)!.name;
  else gid = groups(ctx).find((g) => g.name === ingroup)!.gid;
  say(`Adding system user \`${name}' (UID ${uid}) ...\n`);
  if (makeGroupAlso) {
    say(`Adding new group \`${name}' (GID ${gid}) ...\n`);
    await systemcall(req, makeGroupadd, ['groupadd', '-g', String(gid), name]);
  }
  say(`Adding new user \`${name}' (UID ${uid}) with group \`${ingroup}' ...\n`);
  const home = opts.get('home') ?? '/nonexistent';
  await systemcall(req, makeUseradd, ['useradd', '-r', '-d', home, '-g', String(gid), '-s', opts.get('shell') ?? '/usr/sbin/nologin', '-u', String(uid), name]);
  const comment = opts.get('comment') ?? opts.get('gecos');
  if (comment !== undefined) setGecos(ctx, name, comment);
  createHome(req, home, uid, gid!, 0o755, false);
  return 0;
}
