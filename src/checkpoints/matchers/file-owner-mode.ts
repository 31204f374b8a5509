// fileOwnerMode — who owns a file in an image and its permission bits (`ls -ln` inside the image):
// what COPY --chown/--chmod, chown and chmod leave behind.
import { z } from 'zod';
import type { Vfs } from '../../vfs/vfs.ts';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageRef, noImage, resolveImage, imageFiles } from '../params.ts';
import { absolutePath } from './image-path-exists.ts';

// The numeric ID of a user or group name in the image's /etc/passwd or /etc/group; a number stays a number.
function idOf(fs: Vfs, file: string, name: string): number | undefined {
  if (/^\d+$/.test(name)) return Number(name);
  if (!fs.exists(file)) return undefined;
  const line = fs.readText(file).split('\n').find((l) => l.split(':')[0] === name);
  const id = line?.split(':')[2];
  return id !== undefined && /^\d+$/.test(id) ? Number(id) : undefined;
}

/** Passes when PATH in the image has the owner, group and mode asked for. */
export const fileOwnerMode = defineMatcher({
  name: 'fileOwnerMode',
  description: 'A path in the image has an owner, a group and permission bits: a name (from the image\'s /etc/passwd, /etc/group), a number, or "$USER" for the image\'s Config.User.',
  params: z
    .strictObject({
      ref: imageRef('The image to look in'),
      path: absolutePath('The absolute path inside the image.'),
      owner: z.string().min(1).optional().describe('The owning user: a name, a UID, or "$USER" for the user the image runs as (Config.User).'),
      group: z.string().min(1).optional().describe('The owning group: a name or a GID.'),
      mode: z.string().regex(/^[0-7]{3,4}$/, { error: 'mode is octal permission bits, e.g. "644" or "0755"' }).optional().describe('The permission bits in octal, e.g. "644".'),
    })
    .refine((p) => p.owner !== undefined || p.group !== undefined || p.mode !== undefined, { error: 'give at least one of owner, group or mode' }),
  example: { ref: 'app:v1', path: '/app/data', owner: '$USER', mode: '755' },
  check({ ref, path, owner, group, mode }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const fs = imageFiles(engine, id);
    if (!fs.lexists(path)) return missing(`The image ${ref} has nothing at ${path}.`);
    const node = fs.lstat(path);
    if (owner !== undefined) {
      const user = owner === '$USER' ? (engine.imageConfig(id).config.User || 'root').split(':')[0] : owner;
      const uid = idOf(fs, '/etc/passwd', user);
      if (uid === undefined) return notYet(`The image ${ref} has no user ${user} (its /etc/passwd does not list one).`);
      if (node.uid !== uid) return notYet(`${path} in ${ref} belongs to UID ${node.uid}, not ${user} (UID ${uid}).`);
    }
    if (group !== undefined) {
      const gid = idOf(fs, '/etc/group', group);
      if (gid === undefined) return notYet(`The image ${ref} has no group ${group} (its /etc/group does not list one).`);
      if (node.gid !== gid) return notYet(`${path} in ${ref} belongs to group ${node.gid}, not ${group} (GID ${gid}).`);
    }
    if (mode !== undefined && (node.mode & 0o7777) !== parseInt(mode, 8)) {
      return notYet(`${path} in ${ref} has mode ${(node.mode & 0o7777).toString(8).padStart(3, '0')}, not ${mode.replace(/^0(?=\d{3}$)/, '')}.`);
    }
    return pass;
  },
});
