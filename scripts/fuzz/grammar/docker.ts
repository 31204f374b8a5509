// docker command lines from the CLI's own grammar: the fuzzer reads `docker --help` and each command's
// help in a session, so every command and flag the simulated CLI knows is exercised, and new ones join
// without anyone updating a list.
import fc from 'fast-check';
import { NASTY } from './mutate.ts';

/** A command path (`image ls`) with its flags (`--all`, `-a`) and the value type each flag takes ('' = bool). */
export interface DockerCommand {
  path: string;
  flags: { name: string; type: string }[];
}

/** Runs one docker command line and returns what it printed. */
export type Ask = (line: string) => Promise<string>;

function section(help: string, title: RegExp): string[] {
  const out: string[] = [];
  let inside = false;
  for (const line of help.split('\n')) {
    if (title.test(line)) inside = true;
    else if (inside && /^\S/.test(line)) inside = false;
    else if (inside) {
      const m = /^ {2}(\w[\w-]*)\*?\s{2,}/.exec(line);
      if (m) out.push(m[1]);
    }
  }
  return out;
}

function flags(help: string): DockerCommand['flags'] {
  const out: DockerCommand['flags'] = [];
  for (const line of help.split('\n')) {
    const m = /^\s+(?:-(\w), )?--([\w-]+)(?: (\w+))?\s{2,}/.exec(line);
    if (!m) continue;
    if (m[1]) out.push({ name: `-${m[1]}`, type: m[3] ?? '' });
    out.push({ name: `--${m[2]}`, type: m[3] ?? '' });
  }
  return out;
}

/** Every command and subcommand the CLI's help lists, with its flags (management commands walked one level down). */
export async function learnDocker(ask: Ask): Promise<DockerCommand[]> {
  const top = await ask('docker --help');
  const commands: DockerCommand[] = [];
  const leaf = async (path: string) => commands.push({ path, flags: flags(await ask(`docker ${path} --help`)) });
  for (const c of section(top, /^(Common )?Commands:/)) await leaf(c);
  for (const m of section(top, /^Management Commands:/)) {
    for (const sub of section(await ask(`docker ${m} --help`), /^Commands:/)) await leaf(`${m} ${sub}`);
  }
  return commands;
}

const IMAGES = ['alpine', 'alpine:3.21', 'alpine:3.20', 'nginx:alpine', 'busybox', 'hello-world', 'ubuntu', 'python:3.12-slim', 'node:22-alpine', 'registry:2', 'nope:1', 'scratch', 'localhost:5000/x/y:1', 'ghcr.io/a/b', 'ALPINE', 'alpine@sha256:' + '0'.repeat(64), 'sha256:abc', 'c1', 'web', 'v1', ''];
const COMMANDS = ['sh', 'echo hi', 'ls /', 'cat /etc/os-release', 'sleep 5', 'id', 'env', 'sh -c "exit 3"', 'uname -a', 'nginx'];

const value = (type: string): fc.Arbitrary<string> => {
  if (type === 'int' || type === 'uint16' || type === 'int64') return fc.constantFrom('0', '1', '-1', '3', '99999999999999999999', 'x');
  if (type === 'bytes') return fc.constantFrom('10m', '1g', '0', '-5', 'lots');
  if (type === 'duration') return fc.constantFrom('1s', '10m', '0', '-1s', 'soon');
  if (type === 'list' || type === 'stringArray' || type === 'strings' || type === 'filter') return fc.constantFrom('a=b', 'dangling=true', 'reference=al*', 'label=x', 'before=alpine', 'A=1', 'id=s,src=x.txt', 'type=secret', '8080:80', '/data', 'v:/data', 'bad');
  return fc.constantFrom('{{.ID}}', '{{json .}}', 'table {{.Repository}}', '{{.Config.Env}}', 'x', '/tmp/o.tar', 'linux/arm64', 'Dockerfile', 'c1', 'learner', 'plain', '{{');
};

/** A docker line from the learned grammar: a command, 0–3 of its flags with plausible values, 0–3 arguments. */
export function dockerLine(commands: DockerCommand[]): fc.Arbitrary<string> {
  return fc.constantFrom(...commands).chain((c) => {
    const flag = c.flags.length ? fc.constantFrom(...c.flags).chain((f) => (f.type ? value(f.type).map((v) => `${f.name} ${quote(v)}`) : fc.constant(f.name))) : fc.constant('');
    const arg = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...IMAGES) }, { weight: 2, arbitrary: fc.constantFrom(...COMMANDS) }, { weight: 1, arbitrary: fc.constantFrom(...NASTY).map(quote) });
    return fc.tuple(fc.array(flag, { maxLength: 3 }), fc.array(arg, { maxLength: 3 })).map(([fs, as]) => ['docker', c.path, ...fs, ...as].filter(Boolean).join(' '));
  });
}

/** Quotes a value for the shell unless it is a plain word. */
function quote(v: string): string {
  return /^[\w./:=@,-]+$/.test(v) ? v : `'${v.replace(/'/g, `'\\''`)}'`;
}
