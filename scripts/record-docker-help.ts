// Records the command specs in src/cli/specs/ from the real docker CLI's own help and error texts.
// Run: node scripts/record-docker-help.ts   (needs /usr/local/bin/docker 28.2.2 and `script`; no daemon)
// It asks `docker <cmd> --help` on a 1000-column terminal (so no line is wrapped), probes the argument
// rules and flag interspersing from the usage errors, and writes one readable TS file per command.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docker = process.env.DOCKER_BIN ?? '/usr/local/bin/docker';
const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/cli/specs');
const env = { ...process.env, HOME: '/root', DOCKER_CONFIG: '', DOCKER_HOST: '', DOCKER_CONTEXT: '' };

/** Commands recorded in full: canonical path → spec file (mirroring docker/cli's cli/command layout). */
const commands: Record<string, string> = {
  image: 'image/cmd', 'image build': 'image/build', 'image history': 'image/history', 'image import': 'image/import',
  'image inspect': 'image/inspect', 'image load': 'image/load', 'image ls': 'image/list', 'image prune': 'image/prune',
  'image pull': 'image/pull', 'image push': 'image/push', 'image rm': 'image/remove', 'image save': 'image/save',
  'image tag': 'image/tag',
  container: 'container/cmd', 'container attach': 'container/attach', 'container commit': 'container/commit',
  'container cp': 'container/cp', 'container create': 'container/create', 'container diff': 'container/diff',
  'container exec': 'container/exec', 'container export': 'container/export', 'container inspect': 'container/inspect',
  'container kill': 'container/kill', 'container logs': 'container/logs', 'container ls': 'container/list',
  'container pause': 'container/pause', 'container port': 'container/port', 'container prune': 'container/prune',
  'container rename': 'container/rename', 'container restart': 'container/restart', 'container rm': 'container/rm',
  'container run': 'container/run', 'container start': 'container/start', 'container stats': 'container/stats',
  'container stop': 'container/stop', 'container top': 'container/top', 'container unpause': 'container/unpause',
  'container update': 'container/update', 'container wait': 'container/wait',
  system: 'system/cmd', 'system df': 'system/df', 'system events': 'system/events', 'system info': 'system/info',
  'system prune': 'system/prune', version: 'system/version', inspect: 'system/inspect',
  volume: 'volume/cmd', 'volume create': 'volume/create', 'volume inspect': 'volume/inspect', 'volume ls': 'volume/list',
  'volume prune': 'volume/prune', 'volume rm': 'volume/remove', 'volume update': 'volume/update',
  network: 'network/cmd', 'network connect': 'network/connect', 'network create': 'network/create',
  'network disconnect': 'network/disconnect', 'network inspect': 'network/inspect', 'network ls': 'network/list',
  'network prune': 'network/prune', 'network rm': 'network/remove',
  builder: 'builder/cmd', 'builder prune': 'builder/prune',
  login: 'registry/login', logout: 'registry/logout', search: 'registry/search',
};

/** Flags docker accepts but does not list: BuildKit's (buildx) flags on the classic build and prune specs
 *  (with buildx installed, docker forwards `build` and `builder …` to it). */
const hiddenFlags: Record<string, string[]> = {
  'builder prune': [
    `{ name: 'verbose', kind: 'bool', typeName: '', description: 'Provide a more verbose output', hidden: true }`,
    `{ name: 'reserved-space', kind: 'bytes', typeName: 'bytes', description: 'Amount of disk space always allowed to keep for cache', hidden: true }`,
    `{ name: 'max-used-space', kind: 'bytes', typeName: 'bytes', description: 'Maximum amount of disk space allowed to keep for cache', hidden: true }`,
    `{ name: 'min-free-space', kind: 'bytes', typeName: 'bytes', description: 'Target amount of free disk space after pruning', hidden: true }`,
  ],
  'image build': [
    `{ name: 'progress', kind: 'string', typeName: 'string', description: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output', default: 'auto', hidden: true }`,
    `{ name: 'load', kind: 'bool', typeName: '', description: 'Shorthand for "--output=type=docker"', hidden: true }`,
    `{ name: 'secret', kind: 'list', typeName: 'stringArray', description: 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")', hidden: true }`,
  ],
};

/** Paths that reach a command without docker listing them (this workbook's buildx stand-in). */
const extraPaths: Record<string, string[]> = { 'image build': ['buildx build'] };

const checksByName: Record<string, string> = {
  env: 'env', 'add-host': 'add-host', ulimit: 'ulimit', mount: 'mount', gpus: 'gpus',
  'device-read-bps': 'device-rate', 'device-write-bps': 'device-rate',
  'device-read-iops': 'device-rate', 'device-write-iops': 'device-rate',
};

function helpText(path: string): string {
  const out = execFileSync('script', ['-qc', `stty cols 1000; ${docker} ${path} --help`, '/dev/null'], { env, encoding: 'utf8' });
  const text = out.replaceAll('\r', '');
  return text.slice(text.indexOf('Usage:'));
}

function run(args: string[]): string {
  const r = spawnSync(docker, args, { env, encoding: 'utf8', input: '', timeout: 8000 });
  return (r.stderr ?? '') + (r.stdout ?? '');
}

function kindOf(typeName: string): string {
  if (typeName === '') return 'bool';
  if (['string', 'int', 'int64', 'uint16', 'uint64', 'duration', 'bytes', 'decimal', 'map', 'filter'].includes(typeName)) return typeName;
  if (typeName === 'uint') return 'uint64';
  if (['list', 'strings', 'stringArray', 'ulimit', 'mount', 'network', 'gpu-request', 'pref', 'command'].includes(typeName)) return 'list';
  console.warn(`  unknown flag type ${typeName}: treated as string`);
  return 'string';
}

interface Flag { name: string; short?: string; typeName: string; description: string; defaultShown?: string }

function parseFlags(block: string): Flag[] {
  const lines = block.split('\n').slice(1);
  const flags: Flag[] = [];
  const column = lines[0] ? /^( +-.*?\S)( {2,})/.exec(lines[0])![0].length : 0;
  for (const line of lines) {
    if (/^ {2}-|^ {6}--/.test(line)) {
      const left = line.slice(0, column).trimEnd();
      const m = /^\s+(?:-(\S), )?--(\S+)(?: (\S+))?$/.exec(left)!;
      flags.push({ short: m[1], name: m[2], typeName: m[3] ?? '', description: line.slice(column) });
    } else {
      flags[flags.length - 1].description += '\n' + line.slice(column);
    }
  }
  for (const f of flags) {
    const pattern = f.typeName === '' ? /\s\(default (true)\)$/ : /\s\(default ("(?:[^"\\]|\\.)*"|\[\]|map\[\]|[-\w.:]+)\)$/;
    const m = pattern.exec(f.description);
    if (m) {
      f.defaultShown = m[1];
      f.description = f.description.slice(0, m.index);
    }
  }
  return flags;
}

function argRule(path: string, isGroup: boolean): string | undefined {
  if (isGroup) return undefined;
  const rule = (text: string) => {
    const m = /requires (?:(\d+) arguments?|at least (\d+) arguments?|at most (\d+) arguments?|at least (\d+) and at most (\d+) arguments?)|(accepts no arguments)/.exec(text);
    if (!m) return null;
    if (m[1]) return `{ kind: 'exact', n: ${m[1]} }`;
    if (m[2]) return `{ kind: 'min', n: ${m[2]} }`;
    if (m[3]) return `{ kind: 'max', n: ${m[3]} }`;
    if (m[4]) return `{ kind: 'range', min: ${m[4]}, max: ${m[5]} }`;
    return `{ kind: 'none' }`;
  };
  const none = rule(run(path.split(' ')));
  if (none) return none;
  const many = rule(run([...path.split(' '), ...Array(30).fill('x')]));
  return many ?? `{ kind: 'any' }`;
}

function isInterspersed(path: string): boolean {
  return run([...path.split(' '), 'x', '--zz-not-a-flag']).includes('unknown flag: --zz-not-a-flag');
}

function shortOf(path: string): string {
  const words = path.split(' ');
  const parent = words.slice(0, -1).join(' ');
  const listing = helpText(parent);
  const line = listing.split('\n').find((l) => new RegExp(`^  ${words.at(-1)} +\\S`).test(l));
  if (!line) throw new Error(`no listing for ${path} in docker ${parent} --help`);
  return line.replace(/^ {2}\S+ +/, '');
}

const q = (s: string) => `'${s.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n').replaceAll('\t', '\\t')}'`;
const exportName = (path: string) => path.replace(/ (\w)/g, (_, c: string) => c.toUpperCase()).replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

function record(path: string, file: string): void {
  const text = helpText(path);
  const blocks = text.trimEnd().split('\n\n');
  const usage = blocks[0].replace(/^Usage: {2}/, '');
  const isGroup = usage.endsWith(' COMMAND');
  // A group's own usage line only shows in its errors (`Usage:  docker volume COMMAND` but `Usage:  docker image`).
  const groupUse = () => /Usage: {2}docker \S+ ?(.*)/.exec(run([...path.split(' '), 'zz-not-a-command']))![1];
  const use = isGroup ? groupUse() : usage.slice(`docker ${path}`.length).replace(/^ /, '');
  let i = 1;
  const description: string[] = [];
  while (i < blocks.length && !/^(Aliases|Options|Commands):\n|^Run '/.test(blocks[i])) description.push(blocks[i++]);
  const aliasBlock = blocks.find((b) => b.startsWith('Aliases:\n'));
  const aliases = aliasBlock ? aliasBlock.slice('Aliases:\n  '.length).split(', ').map((a) => a.replace(/^docker /, '')) : [];
  const optionBlock = blocks.find((b) => b.startsWith('Options:\n'));
  const flags = optionBlock ? parseFlags(optionBlock) : [];
  const short = shortOf(path);
  const long = description.join('\n\n');
  const rule = argRule(path, isGroup);
  const interspersed = isGroup ? true : isInterspersed(path);

  const flagLines = flags.map((f) => {
    const kind = kindOf(f.typeName);
    const parts = [`name: ${q(f.name)}`];
    if (f.short) parts.push(`short: ${q(f.short)}`);
    parts.push(`kind: '${kind}'`, `typeName: ${q(f.typeName)}`, `description: ${q(f.description)}`);
    if (f.defaultShown !== undefined) {
      if (kind === 'bool') parts.push('default: true');
      else if (kind === 'string' && f.defaultShown.startsWith('"')) parts.push(`default: ${q(JSON.parse(f.defaultShown) as string)}`);
      else if (['int', 'int64', 'uint16', 'uint64'].includes(kind) && f.defaultShown !== '0') parts.push(`default: ${f.defaultShown}`);
      else parts.push(`defaultText: ${q(f.defaultShown)}`);
    }
    if (checksByName[f.name]) parts.push(`check: '${checksByName[f.name]}'`);
    return `    { ${parts.join(', ')} },`;
  });
  for (const hidden of hiddenFlags[path] ?? []) flagLines.push(`    ${hidden},`);

  const body = [
    `  path: ${q(path)},`,
    `  use: ${q(use)},`,
    `  short: ${q(short)},`,
    isGroup ? '  group: true,' : '',
    long !== short ? `  long: ${q(long)},` : '',
    aliases.length ? `  aliases: [${aliases.map(q).join(', ')}],` : '',
    extraPaths[path] ? `  extraPaths: [${extraPaths[path].map(q).join(', ')}],` : '',
    rule ? `  args: ${rule},` : '',
    interspersed ? '' : '  interspersed: false,',
    flagLines.length ? `  flags: [\n${flagLines.join('\n')}\n  ],` : '',
  ].filter(Boolean);
  const source = `// \`docker ${path}\`, recorded from Docker CLI 28.2.2 by scripts/record-docker-help.ts (edit that, not this).
import type { CommandSpec } from '${'../'.repeat(file.split('/').length)}command-types.ts';

/** \`docker ${path}${isGroup ? ' COMMAND' : ''}\`: ${short.replace(/\.$/, '')}. */
export const ${exportName(path)}: CommandSpec = {
${body.join('\n')}
};
`;
  const target = join(outDir, file + '.ts');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, source);
  console.log(`recorded docker ${path} → ${file}.ts`);
}

const only = process.argv.slice(2);
for (const [path, file] of Object.entries(commands)) {
  if (only.length === 0 || only.includes(path)) record(path, file);
}
