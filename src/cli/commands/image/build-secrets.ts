// `docker build --secret id=…[,src=…|,env=…][,type=file|env]` as buildx reads it (build/secrets.go,
// buildkit's secretsprovider): the client loads each secret from the learner's files or environment
// and hands the daemon the bytes; nothing of them is written anywhere.
import { resolve } from '../../../vfs/path.ts';
import type { ProgramContext } from '../../../kernel/process.ts';

/** BuildKit's limit on one secret (secretsprovider.MaxSecretSize). */
const MAX_SECRET_SIZE = 500 * 1024;

/** Reads every `--secret` value; returns the secrets by ID, or buildx's error text. */
export function readSecrets(ctx: ProgramContext, values: string[]): Map<string, Uint8Array> | { error: string } {
  const secrets = new Map<string, Uint8Array>();
  for (const value of values) {
    const parsed = parseSecret(value);
    if ('error' in parsed) return parsed;
    let { env, src } = parsed;
    if (!parsed.id) return { error: 'secret missing ID' };
    if (!env && !src) {
      if (ctx.env.has(parsed.id)) env = parsed.id;
      else src = parsed.id;
    }
    if (env) {
      secrets.set(parsed.id, new TextEncoder().encode(ctx.env.get(env) ?? ''));
      continue;
    }
    const path = resolve(ctx.cwd, src);
    let data: Uint8Array;
    try {
      data = ctx.fs.readFile(path);
    } catch {
      return { error: `failed to stat ${src}: stat ${src}: no such file or directory` };
    }
    if (data.length > MAX_SECRET_SIZE) return { error: `secret ${parsed.id} too big. max size 500KB` };
    secrets.set(parsed.id, data.slice());
  }
  return secrets;
}

// One `--secret` value: CSV fields `key=value` (buildx's parseSecret).
function parseSecret(value: string): { id: string; src: string; env: string } | { error: string } {
  const out = { id: '', src: '', env: '' };
  let type = '';
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    if (eq < 0) return { error: `invalid field '${field}' must be a key=value pair` };
    const key = field.slice(0, eq).toLowerCase();
    const v = field.slice(eq + 1);
    if (key === 'type') {
      if (v !== 'file' && v !== 'env') return { error: `unsupported secret type "${v}"` };
      type = v;
    } else if (key === 'id') out.id = v;
    else if (key === 'source' || key === 'src') out.src = v;
    else if (key === 'env') out.env = v;
    else return { error: `unexpected key '${key}' in '${field}'` };
  }
  if (type === 'env' && !out.env) {
    out.env = out.src;
    out.src = '';
  }
  return out;
}
