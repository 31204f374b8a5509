// loggedIn — whether the learner's docker CLI holds credentials for a registry: the `auths` entry that
// `docker login` writes to ~/.docker/config.json and `docker logout` removes.
import { z } from 'zod';
import { decodeBase64 } from '../../engine/index.ts';
import { notYet, pass, type Verdict } from '../context.ts';
import { defineMatcher } from '../matcher.ts';

// How config.json names a registry: Docker Hub under its v1 index URL, the rest by host[:port].
const HUB_KEYS = ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io', 'registry-1.docker.io'];

/** The user a config.json `auths` entry stores (base64 "user:password"), or undefined. */
function storedUser(auths: Record<string, { auth?: string; username?: string }>, registry: string): string | undefined {
  const keys = registry === 'docker.io' ? HUB_KEYS : [registry, `https://${registry}`, `http://${registry}`];
  const entry = keys.map((k) => auths[k]).find(Boolean);
  if (!entry) return undefined;
  if (entry.username) return entry.username;
  const text = decodeBase64(entry.auth ?? '') ?? '';
  return text.slice(0, Math.max(0, text.indexOf(':')));
}

/** Passes when the CLI is (expect: true) or is not (expect: false) logged in to the registry, optionally as `user`. */
export const loggedIn = defineMatcher({
  name: 'loggedIn',
  description: 'Whether the docker CLI on the learner\'s machine holds stored credentials for a registry (~/.docker/config.json), as docker login leaves them and docker logout removes them.',
  params: z.strictObject({
    registry: z.string().min(1).default('docker.io').describe('The registry: "docker.io" for Docker Hub, or host[:port] such as "localhost:5000".'),
    expect: z.boolean().default(true).describe('true: must be logged in; false: must be logged out.'),
    user: z.string().min(1).optional().describe('With expect true: the account the credentials must belong to.'),
  }),
  example: { registry: 'docker.io', expect: false },
  check({ registry, expect, user }, { host }): Verdict {
    const path = `${host.home}/.docker/config.json`;
    let auths: Record<string, { auth?: string; username?: string }> = {};
    if (host.fs.exists(path)) {
      try {
        auths = (JSON.parse(host.fs.readText(path)) as { auths?: typeof auths }).auths ?? {};
      } catch {
        return notYet('~/.docker/config.json is not valid JSON any more: docker would refuse to read it.');
      }
    }
    const who = storedUser(auths, registry);
    const name = registry === 'docker.io' ? 'Docker Hub' : registry;
    // The Hub's entry is keyed https://index.docker.io/v1/, which `docker logout docker.io` does not erase (as the real CLI).
    const hubKey = registry === 'docker.io' ? ' under https://index.docker.io/v1/, which only docker logout with no server removes' : '';
    if (!expect) return who === undefined ? pass : notYet(`You are still logged in to ${name}${who ? ` as ${who}` : ''}: ~/.docker/config.json holds the credentials${hubKey}.`);
    if (who === undefined) return notYet(`You are not logged in to ${name}.`);
    return user && who !== user ? notYet(`You are logged in to ${name} as ${who}, not ${user}.`) : pass;
  },
});
