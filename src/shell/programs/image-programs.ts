// The binaries images bring: each runs only where its file exists in the container's filesystem
// (hello-world's /hello, nginx, redis, postgres, registry, gosu, curl after `apk add curl` …).
import type { Program } from '../../kernel/process.ts';
import type { ProgramTable } from './exec.ts';
import type { Flavour } from './util.ts';
import { installedAt } from './gate.ts';
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

/** Image binaries and package managers, gated on their files; `table` is the container's whole table (for gosu). */
export function imagePrograms(flavour: Flavour, table: ProgramTable, opts: ImageProgramOptions): Map<string, Program> {
  const m = new Map<string, Program>();
  const add = (name: string, program: Program, paths: string[]) => m.set(name, installedAt(program, paths, flavour));
  add('hello', lazyProgram('hello', (p) => p.makeHello()), ['/hello']);
  // Servers are lazy chunks too: a container's process starts only once every lazy program is loaded
  // (session/runtime.ts), so a detached server still listens before `docker run -d` returns.
  add('nginx', lazyProgram('nginx', (p) => p.makeNginx()), ['/usr/sbin/nginx']);
  add('nginx-debug', lazyProgram('nginx', (p) => p.makeNginx()), ['/usr/sbin/nginx-debug']);
  add('redis-server', lazyProgram('redis', (p) => p.makeRedisServer()), ['/usr/local/bin/redis-server', '/usr/bin/redis-server']);
  add('redis-cli', lazyProgram('redis', (p) => p.makeRedisCli()), ['/usr/local/bin/redis-cli', '/usr/bin/redis-cli']);
  add('postgres', lazyProgram('postgres', (p) => p.makePostgres()), ['/usr/lib/postgresql/17/bin/postgres', '/usr/local/bin/postgres', '/usr/bin/postgres']);
  add('registry', lazyProgram('registry', (p) => p.makeRegistry(opts.registryHandler)), ['/bin/registry']);
  add('gosu', makeGosu(table), ['/usr/local/bin/gosu']);
  add('curl', lazyProgram('curl', (p) => p.makeCurl(flavour)), ['/usr/bin/curl']);
  add('apk', lazyProgram('apk', (p) => p.makeApk()), ['/sbin/apk']);
  add('apt-get', lazyProgram('aptGet', (p) => p.makeAptGet('apt-get')), ['/usr/bin/apt-get']);
  add('apt', lazyProgram('aptGet', (p) => p.makeAptGet('apt')), ['/usr/bin/apt']);
  for (const pip of ['pip', 'pip3', ...PYTHON_MINORS.map((m) => `pip${m}`)]) add(pip, lazyProgram('pip', (p) => p.makePip()), [`/usr/local/bin/${pip}`, `/usr/bin/${pip}`]);
  add('pipenv', lazyProgram('pipenv', (p) => p.makePipenv()), ['/usr/local/bin/pipenv', '/usr/bin/pipenv']);
  for (const script of UNSUPPORTED_SCRIPTS) m.set(script, unsupportedScript(script, flavour));
  for (const name of ['python3', 'python', ...PYTHON_MINORS.map((m) => `python${m}`)]) add(name, python, [`/usr/local/bin/${name}`, `/usr/bin/${name}`]);
  for (const name of ['node', 'nodejs']) add(name, node, [`/usr/local/bin/${name}`, `/usr/bin/${name}`]);
  add('npm', lazyProgram('npm', (p) => p.makeNpm()), ['/usr/local/bin/npm', '/usr/bin/npm']);
  // libmagic's file: only where a package put it (alpine and debian-slim ship none).
  add('file', lazyProgram('userland', (p) => p.makeFile()), ['/usr/bin/file']);
  if (flavour === 'busybox') {
    add('adduser', lazyProgram('adduser', (p) => p.makeAdduser()), ['/usr/sbin/adduser', '/bin/adduser']);
    add('addgroup', lazyProgram('adduser', (p) => p.makeAddgroup()), ['/usr/sbin/addgroup', '/bin/addgroup']);
    add('deluser', lazyProgram('adduser', (p) => p.makeDeluser()), ['/usr/sbin/deluser', '/bin/deluser']);
    add('delgroup', lazyProgram('adduser', (p) => p.makeDelgroup()), ['/usr/sbin/delgroup', '/bin/delgroup']);
  }
  add('su', makeSu(flavour), ['/bin/su', '/usr/bin/su']);
  add('useradd', lazyProgram('useradd', (p) => p.makeUseradd()), ['/usr/sbin/useradd', '/sbin/useradd']);
  add('groupadd', lazyProgram('useradd', (p) => p.makeGroupadd()), ['/usr/sbin/groupadd', '/sbin/groupadd']);
  add('usermod', lazyProgram('useradd', (p) => p.makeUsermod()), ['/usr/sbin/usermod', '/sbin/usermod']);
  add('userdel', lazyProgram('useradd', (p) => p.makeUserdel()), ['/usr/sbin/userdel', '/sbin/userdel']);
  add('groupdel', lazyProgram('useradd', (p) => p.makeGroupdel()), ['/usr/sbin/groupdel', '/sbin/groupdel']);
  return m;
}
