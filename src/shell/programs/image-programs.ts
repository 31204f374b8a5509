// The binaries images bring (hello-world's /hello, nginx, redis, postgres, registry, gosu, curl after
// `apk add curl` …): in every container's table, found only where the image has their file (shell/lookup.ts).
import type { Program } from '../../kernel/process.ts';
import type { ProgramTable } from './exec.ts';
import type { Flavour } from './util.ts';
import type { RegistryHandlerFactory } from '../../kernel/net.ts';
import { lazyProgram } from './lazy.ts';
import { lazyRuntime } from '../../runtimes/lazy.ts';
import { makeGosu } from './gosu.ts';
import { makeSu } from './su.ts';
import { UNSUPPORTED_SCRIPTS, unsupportedScript } from './console-scripts.ts';

const python = lazyRuntime('python', () => import('../../runtimes/python/program.ts').then((m) => m.makePython()));
const node = lazyRuntime('node', () => import('../../runtimes/node/program.ts').then((m) => m.makeNode()));
const PYTHON_MINORS = ['3.9', '3.10', '3.11', '3.12', '3.13'];

/** Options for imagePrograms: the API handler the `registry` program serves (injected by the session). */
export interface ImageProgramOptions {
  registryHandler: RegistryHandlerFactory;
}

/** Image binaries and package managers; `table` is the container's whole table (for gosu). */
export function imagePrograms(flavour: Flavour, table: ProgramTable, opts: ImageProgramOptions): Map<string, Program> {
  const m = new Map<string, Program>();
  m.set('hello', lazyProgram('hello', (p) => p.makeHello()));
  // Servers are lazy chunks too: a container's process starts only once every lazy program is loaded
  // (session/runtime.ts), so a detached server still listens before `docker run -d` returns.
  m.set('nginx', lazyProgram('nginx', (p) => p.makeNginx()));
  m.set('nginx-debug', lazyProgram('nginx', (p) => p.makeNginx()));
  m.set('redis-server', lazyProgram('redis', (p) => p.makeRedisServer()));
  m.set('redis-cli', lazyProgram('redis', (p) => p.makeRedisCli()));
  m.set('postgres', lazyProgram('postgres', (p) => p.makePostgres()));
  m.set('registry', lazyProgram('registry', (p) => p.makeRegistry(opts.registryHandler)));
  m.set('gosu', makeGosu(table));
  m.set('curl', lazyProgram('curl', (p) => p.makeCurl(flavour)));
  m.set('apk', lazyProgram('apk', (p) => p.makeApk()));
  m.set('apt-get', lazyProgram('aptGet', (p) => p.makeAptGet('apt-get')));
  m.set('apt', lazyProgram('aptGet', (p) => p.makeAptGet('apt')));
  for (const pip of ['pip', 'pip3', ...PYTHON_MINORS.map((m) => `pip${m}`)]) m.set(pip, lazyProgram('pip', (p) => p.makePip()));
  m.set('pipenv', lazyProgram('pipenv', (p) => p.makePipenv()));
  for (const script of UNSUPPORTED_SCRIPTS) m.set(script, unsupportedScript(script));
  for (const name of ['python3', 'python', ...PYTHON_MINORS.map((m) => `python${m}`)]) m.set(name, python);
  for (const name of ['node', 'nodejs']) m.set(name, node);
  m.set('npm', lazyProgram('npm', (p) => p.makeNpm()));
  // libmagic's file: only where a package put it (alpine and debian-slim ship none).
  m.set('file', lazyProgram('userland', (p) => p.makeFile()));
  if (flavour === 'busybox') {
    m.set('adduser', lazyProgram('adduser', (p) => p.makeAdduser()));
    m.set('addgroup', lazyProgram('adduser', (p) => p.makeAddgroup()));
    m.set('deluser', lazyProgram('adduser', (p) => p.makeDeluser()));
    m.set('delgroup', lazyProgram('adduser', (p) => p.makeDelgroup()));
  } else {
    // Debian's Perl adduser package: one program for adduser/addgroup, one for deluser/delgroup.
    for (const name of ['adduser', 'addgroup']) m.set(name, lazyProgram('debianAdduser', (p) => p.makeDebianAdduser()));
    for (const name of ['deluser', 'delgroup']) m.set(name, lazyProgram('debianAdduser', (p) => p.makeDebianDeluser()));
  }
  m.set('su', makeSu(flavour));
  m.set('useradd', lazyProgram('useradd', (p) => p.makeUseradd()));
  m.set('groupadd', lazyProgram('useradd', (p) => p.makeGroupadd()));
  m.set('usermod', lazyProgram('useradd', (p) => p.makeUsermod()));
  m.set('userdel', lazyProgram('useradd', (p) => p.makeUserdel()));
  m.set('groupdel', lazyProgram('useradd', (p) => p.makeGroupdel()));
  return m;
}
