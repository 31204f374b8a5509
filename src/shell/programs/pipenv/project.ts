// Where pipenv's project is (the Pipfile it finds from the working directory up), which Python runs it,
// and where the project's virtual environment lives: ./.venv with PIPENV_VENV_IN_PROJECT (or when one
// exists), else WORKON_HOME or ~/.local/share/virtualenvs/NAME-HASH, HASH being the first 6 bytes of
// sha256(the Pipfile's path) in URL-safe base64 (pipenv's Project._get_virtualenv_hash).
import { sha256 } from '@noble/hashes/sha2.js';
import type { ProgramContext } from '../../../kernel/process.ts';
import { resolve } from '../../../vfs/path.ts';

/** One pipenv project as a command sees it. */
export interface Project {
  /** The project directory (the Pipfile's). */
  dir: string;
  pipfile: string;
  lockfile: string;
  /** The virtual environment's directory, whether or not it exists yet. */
  venv: string;
  /** The interpreter pipenv runs on: its path and version ("3.12.9"). */
  python: { path: string; version: string; minor: string };
}

const TRUE = /^(1|true|yes|on|y)$/i;

/** The project for the working directory: PIPENV_PIPFILE, else the nearest Pipfile within PIPENV_MAX_DEPTH (3) levels up, else ./Pipfile. */
export function findProject(ctx: ProgramContext): Project {
  const fs = ctx.fs;
  let pipfile = ctx.env.get('PIPENV_PIPFILE') ? resolve(ctx.cwd, ctx.env.get('PIPENV_PIPFILE') ?? '') : undefined;
  if (!pipfile) {
    let dir = ctx.cwd;
    const depth = Number(ctx.env.get('PIPENV_MAX_DEPTH')) || 3;
    for (let i = 0; i < depth && !pipfile; i++) {
      const candidate = `${dir === '/' ? '' : dir}/Pipfile`;
      if (fs.exists(candidate) && fs.stat(candidate).type === 'file') pipfile = candidate;
      if (dir === '/') break;
      dir = dir.slice(0, dir.lastIndexOf('/')) || '/';
    }
  }
  pipfile ??= `${ctx.cwd === '/' ? '' : ctx.cwd}/Pipfile`;
  const dir = pipfile.slice(0, pipfile.lastIndexOf('/')) || '/';
  return { dir, pipfile, lockfile: `${pipfile}.lock`, venv: venvLocation(ctx, dir, pipfile), python: basePython(ctx) };
}

/** The name of a project's environment: its directory's name (unsafe characters as _) and the hash of its Pipfile's path. */
export function virtualenvName(pipfile: string): string {
  const name = pipfile.split('/').slice(-2, -1)[0] ?? '';
  const sanitized = name.replace(/[ &$`!*@"()[\]\\\r\n\t]/g, '_').slice(0, 42);
  const digest = sha256(new TextEncoder().encode(pipfile)).slice(0, 6);
  return `${sanitized}-${base64url(digest).slice(0, 8)}`;
}

const URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// Whole 3-byte groups only (6 bytes make 8 characters, no padding).
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += URLSAFE[(n >> 18) & 63] + URLSAFE[(n >> 12) & 63] + URLSAFE[(n >> 6) & 63] + URLSAFE[n & 63];
  }
  return out;
}

function venvLocation(ctx: ProgramContext, dir: string, pipfile: string): string {
  const active = ctx.env.get('VIRTUAL_ENV');
  if (active && !ctx.env.has('PIPENV_ACTIVE') && !TRUE.test(ctx.env.get('PIPENV_IGNORE_VIRTUALENVS') ?? '')) return active;
  const dotVenv = `${dir === '/' ? '' : dir}/.venv`;
  const setting = ctx.env.get('PIPENV_VENV_IN_PROJECT');
  const inProject = setting !== undefined && setting !== '' ? TRUE.test(setting) : ctx.fs.exists(dotVenv) && ctx.fs.stat(dotVenv).type === 'dir';
  if (inProject) return dotVenv;
  const custom = ctx.env.get('PIPENV_CUSTOM_VENV_NAME');
  const home = ctx.env.get('HOME') || '/root';
  const workon = ctx.env.get('WORKON_HOME') || `${ctx.env.get('XDG_DATA_HOME') || `${home}/.local/share`}/virtualenvs`;
  return `${resolve(ctx.cwd, workon.replace(/^~(?=\/|$)/, home))}/${custom || virtualenvName(pipfile)}`;
}

// The interpreter named on the #! line of the pipenv script pip wrote, as sys.executable is.
function basePython(ctx: ProgramContext): Project['python'] {
  let path = '/usr/local/bin/python3';
  for (const dir of ['', ...(ctx.env.get('PATH') ?? '').split(':')]) {
    const script = dir ? `${dir}/pipenv` : ctx.argv[0].includes('/') ? resolve(ctx.cwd, ctx.argv[0]) : '';
    if (!script || !ctx.fs.exists(script)) continue;
    const shebang = /^#!(\S+)/.exec(ctx.fs.readText(script))?.[1];
    if (shebang) path = shebang;
    break;
  }
  const minor = /python(3\.\d+)$/.exec(path)?.[1] ?? minorOnDisk(ctx) ?? '3.12';
  const env = ctx.env.get('PYTHON_VERSION');
  const version = env?.startsWith(`${minor}.`) ? env : `${minor}.0`;
  return { path, version, minor };
}

function minorOnDisk(ctx: ProgramContext): string | undefined {
  try {
    return ctx.fs.readdir('/usr/local/lib').map((n) => /^python(3\.\d+)$/.exec(n)?.[1]).find(Boolean);
  } catch {
    return undefined;
  }
}
