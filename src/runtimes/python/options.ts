// python3's command line: what to run (-c, -m, a script, stdin) and the interpreter's answers to
// -V and to a script that is not there, in CPython 3.12's words.
import type { ProgramContext } from '../../kernel/process.ts';

/** What a python3 command line asks for. */
export type PythonInvocation =
  | { kind: 'version' }
  | { kind: 'help' }
  | { kind: 'error'; message: string; code: number }
  | { kind: 'command'; source: string; argv: string[] }
  | { kind: 'module'; module: string; argv: string[] }
  | { kind: 'script'; path: string; argv: string[] }
  | { kind: 'stdin'; argv: string[] };

const NO_ARG = new Set(['-u', '-B', '-E', '-I', '-q', '-s', '-S', '-b', '-d', '-O', '-OO', '-v', '-x', '-i', '-P', '-R']);

/** Parses argv (argv[0] is the name python was called by). */
export function parsePythonArgs(argv: string[]): PythonInvocation {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-V' || a === '--version') return { kind: 'version' };
    if (a === '-h' || a === '--help' || a === '-?') return { kind: 'help' };
    if (a === '-c') return i + 1 < argv.length ? { kind: 'command', source: argv[i + 1], argv: ['-c', ...argv.slice(i + 2)] } : { kind: 'error', message: 'Argument expected for the -c option', code: 2 };
    if (a.startsWith('-c') && a.length > 2) return { kind: 'command', source: a.slice(2), argv: ['-c', ...argv.slice(i + 1)] };
    if (a === '-m') return i + 1 < argv.length ? { kind: 'module', module: argv[i + 1], argv: [argv[i + 1], ...argv.slice(i + 2)] } : { kind: 'error', message: 'Argument expected for the -m option', code: 2 };
    if (a === '-W' || a === '-X') {
      i++;
      continue;
    }
    if (a === '-') return { kind: 'stdin', argv: ['-', ...argv.slice(i + 1)] };
    if (NO_ARG.has(a) || /^-[uBEIqsSbdOvx]+$/.test(a)) continue;
    if (a.startsWith('-')) return { kind: 'error', message: `Unknown option: ${a}\nusage: ${argv[0]} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry \`python -h' for more information.`, code: 2 };
    return { kind: 'script', path: a, argv: argv.slice(i) };
  }
  return { kind: 'stdin', argv: [''] };
}

/** The Python version the image advertises: $PYTHON_VERSION, else the pythonX.Y binary it ships. */
export function pythonVersion(ctx: ProgramContext): string {
  const env = ctx.env.get('PYTHON_VERSION');
  if (env) return env;
  for (const dir of ['/usr/local/bin', '/usr/bin']) {
    try {
      const minor = ctx.fs.readdir(dir).map((n) => /^python(3\.\d+)$/.exec(n)?.[1]).find(Boolean);
      if (minor) return `${minor}.0`;
    } catch {
      /* no such directory */
    }
  }
  return '3.12.9';
}

// The compiler an image's CPython was built with, by distribution release (/etc/os-release), and when
// (the python images' build stamps in engine/registry/catalog/languages.ts, as CPython's __DATE__ __TIME__).
const BUILDS: [RegExp, string, string][] = [
  [/^ID=alpine$[\s\S]*^VERSION_ID=3\.2[01]\b/m, 'GCC 14.2.0', 'Feb 14 2025, 12:45:31'],
  [/^ID=alpine$/m, 'GCC 13.2.1 20231014', 'Feb 14 2025, 12:45:31'],
  [/^VERSION_CODENAME=trixie$/m, 'GCC 14.2.0', 'Feb 25 2025, 02:33:27'],
  [/^ID=debian$/m, 'GCC 12.2.0', 'Feb 25 2025, 02:33:27'],
  [/^ID=ubuntu$/m, 'GCC 13.3.0', 'Feb 25 2025, 02:33:27'],
];

/** \`sys.version\` as the image's CPython prints it: \`3.12.9 (main, Feb 14 2025, 12:45:31) [GCC 14.2.0]\`. */
export function sysVersion(ctx: ProgramContext, version: string): string {
  let release = '';
  try {
    release = ctx.fs.readText('/etc/os-release');
  } catch {
    /* an image without os-release: Debian's compiler */
  }
  const [, compiler, built] = BUILDS.find(([re]) => re.test(release)) ?? BUILDS[3];
  return `${version} (main, ${built}) [${compiler}]`;
}

/** The directories a fresh interpreter puts on sys.path after the script's own (site-packages that exist). */
export function sitePath(ctx: ProgramContext, minor: string): string[] {
  const candidates = [`/usr/local/lib/python${minor}/site-packages`, `/usr/lib/python3/dist-packages`, `/usr/lib/python${minor}/site-packages`];
  const venv = virtualEnv(ctx);
  // In a virtual environment its own site-packages come first, the system's only if pyvenv.cfg lets them, the user's never.
  if (venv) return [`${venv.prefix}/lib/python${minor}/site-packages`, ...(venv.system ? candidates : [])].filter((p) => ctx.fs.exists(p));
  const home = ctx.env.get('HOME');
  if (home) candidates.unshift(`${home}/.local/lib/python${minor}/site-packages`);
  return candidates.filter((p) => ctx.fs.exists(p));
}

/** The virtual environment an interpreter runs in, as CPython finds it: a pyvenv.cfg beside the executable it was started as (found on PATH) or one directory up. */
export function virtualEnv(ctx: ProgramContext): { prefix: string; system: boolean } | undefined {
  const name = ctx.argv[0];
  const absolute = (p: string) => (p.startsWith('/') ? p : `${ctx.cwd.replace(/\/$/, '')}/${p}`);
  const dir = name.includes('/') ? absolute(name).replace(/\/[^/]*$/, '') : (ctx.env.get('PATH') ?? '').split(':').find((d) => d && ctx.fs.lexists(`${absolute(d)}/${name}`));
  if (!dir) return undefined;
  for (const prefix of [absolute(dir), absolute(dir).replace(/\/[^/]*$/, '')]) {
    const cfg = `${prefix}/pyvenv.cfg`;
    if (!ctx.fs.exists(cfg)) continue;
    return { prefix, system: /^\s*include-system-site-packages\s*=\s*true\s*$/im.test(ctx.fs.readText(cfg)) };
  }
  return undefined;
}

/** CPython's --help, first lines (the rest is long and not what a learner looks for). */
export const PYTHON_HELP = `usage: python3 [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (and corresponding environment variables):
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-m mod : run library module as a script (terminates option list)
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`;
