// runsAsNonRoot — the user an image's containers start as (Config.User, as `USER` set it), resolved the
// way the runtime resolves it: a name through the image's /etc/passwd, a number as itself; root is UID 0.
import { z } from 'zod';
import { missing, notYet, pass } from '../context.ts';
import { defineMatcher } from '../matcher.ts';
import { imageFiles, imageRef, noImage, resolveImage } from '../params.ts';

/** Passes when the image's user resolves to a UID other than 0 (and, if asked, is the named user). */
export const runsAsNonRoot = defineMatcher({
  name: 'runsAsNonRoot',
  description: "The image's containers start as a user other than root: Config.User (USER) resolves, through the image's /etc/passwd for a name, to a UID that is not 0.",
  params: z.strictObject({
    ref: imageRef('The image whose user to check'),
    user: z.string().min(1).optional().describe('The user name (or UID) it must run as, when the lesson names one.'),
  }),
  example: { ref: 'greeter:v1' },
  check({ ref, user }, { engine }) {
    const id = resolveImage(engine, ref);
    if (!id) return missing(noImage(ref));
    const configured = engine.imageConfig(id).config.User ?? '';
    const name = configured.split(':')[0];
    if (name === '') return notYet(`${ref} runs as root: its config sets no user (add a USER line after creating the user).`);
    let uid: number | undefined;
    if (/^\d+$/.test(name)) uid = Number(name);
    else {
      const fs = imageFiles(engine, id);
      const entry = fs.exists('/etc/passwd') ? fs.readText('/etc/passwd').split('\n').find((l) => l.split(':')[0] === name) : undefined;
      const field = entry?.split(':')[2];
      if (field === undefined || !/^\d+$/.test(field)) return notYet(`${ref} runs as user ${name}, whom its /etc/passwd does not list: a container of it would fail with "unable to find user ${name}".`);
      uid = Number(field);
    }
    if (uid === 0) return notYet(`${ref} runs as ${name}, which is UID 0: root under another name.`);
    if (user !== undefined && user !== name && user !== String(uid)) return notYet(`${ref} runs as ${name} (UID ${uid}), not as ${user}.`);
    return pass;
  },
});
