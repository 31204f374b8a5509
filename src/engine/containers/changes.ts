// `docker commit --change` / `docker import --change`: the Dockerfile instructions a commit may apply
// to the image config (moby's validCommitCommands), in their Dockerfile forms.
import type { ImageConfig } from '../api/images.ts';
import { InvalidChangeCommand } from '../errors/image.ts';

const VALID = new Set(['cmd', 'entrypoint', 'env', 'expose', 'label', 'onbuild', 'stopsignal', 'user', 'volume', 'workdir']);

/** Applies each change line to a copy of `config`; throws dockerd's error for an unknown instruction. */
export function applyChanges(config: ImageConfig, changes: readonly string[]): ImageConfig {
  const out: ImageConfig = structuredClone(config);
  for (const raw of changes) {
    const line = raw.trim();
    if (line === '') continue;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(line)!;
    const keyword = m[1].toLowerCase();
    const rest = m[2].trim();
    if (!VALID.has(keyword)) throw new InvalidChangeCommand(m[1].toUpperCase());
    switch (keyword) {
      case 'cmd':
        out.Cmd = commandForm(rest);
        break;
      case 'entrypoint':
        out.Entrypoint = commandForm(rest);
        // A new ENTRYPOINT resets an inherited CMD, as in a Dockerfile.
        if (!changes.some((c) => /^\s*cmd\b/i.test(c))) out.Cmd = null;
        break;
      case 'env':
        for (const [k, v] of pairs(rest)) {
          const env = (out.Env ?? []).filter((e) => e.slice(0, e.indexOf('=')) !== k);
          env.push(`${k}=${v}`);
          out.Env = env;
        }
        break;
      case 'label':
        out.Labels = { ...(out.Labels ?? {}), ...Object.fromEntries(pairs(rest)) };
        break;
      case 'expose':
        for (const p of rest.split(/\s+/).filter(Boolean)) out.ExposedPorts = { ...(out.ExposedPorts ?? {}), [p.includes('/') ? p : `${p}/tcp`]: {} };
        break;
      case 'volume':
        for (const v of jsonArray(rest) ?? rest.split(/\s+/).filter(Boolean)) out.Volumes = { ...(out.Volumes ?? {}), [v]: {} };
        break;
      case 'workdir':
        out.WorkingDir = rest.startsWith('/') ? rest : `${out.WorkingDir || '/'}/${rest}`.replace(/\/+/g, '/');
        break;
      case 'user':
        out.User = rest;
        break;
      case 'stopsignal':
        out.StopSignal = rest;
        break;
      case 'onbuild':
        out.OnBuild = [...(out.OnBuild ?? []), rest];
        break;
    }
  }
  return out;
}

// Exec form (a JSON array) as is; shell form runs under /bin/sh -c.
function commandForm(rest: string): string[] {
  return jsonArray(rest) ?? ['/bin/sh', '-c', rest];
}

function jsonArray(text: string): string[] | undefined {
  if (!text.startsWith('[')) return undefined;
  try {
    const v = JSON.parse(text) as unknown;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined;
  } catch {
    return undefined;
  }
}

// `K=V K2="v 2"` or the legacy `K V`.
function pairs(rest: string): [string, string][] {
  if (!/^[^\s=]+=/.test(rest)) {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(rest);
    return m ? [[m[1], m[2]]] : [];
  }
  const out: [string, string][] = [];
  const re = /([^\s=]+)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g;
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    let v = m[2];
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    else if (v.startsWith("'")) v = v.slice(1, -1);
    out.push([m[1], v]);
  }
  return out;
}
