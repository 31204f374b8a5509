// Every program answers --help as its family does: busybox applets print busybox's banner and usage on
// stderr (exit 0) when --help is their only argument; GNU programs print GNU's --help and --version on
// stdout. Checked against the real busybox and GNU tools here, for every program of the tables, and the
// recorded texts (scripts/record-userland-help.ts) must cover every table program the real tools answer.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { real, simulated, ORACLE, type Flavour } from './oracle.ts';
import { BUSYBOX_HELP_NAMES, GNU_HELP_NAMES } from '../../../src/shell/programs/help-texts/names.ts';
import { busyboxPrograms, coreutilsPrograms, hostPrograms } from '../../../src/shell/programs/index.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';
import { transcript } from '../../../src/sim/run-script.ts';

const BANNER = /^BusyBox v[^\n]* multi-call binary\.\n/;
const masked = (o: { out: string; err: string; code: number }) => ({ ...o, err: o.err.replace(BANNER, 'BANNER\n') });
const opts = { registryHandler: containerRegistryHandler };
const applets = ORACLE ? new Set(spawnSync('busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n')) : new Set<string>();

async function compare(flavour: Flavour, cmd: string) {
  const ours = await simulated(flavour, {}).run(cmd);
  expect(masked(ours), cmd).toEqual(masked(real(flavour, {}, cmd)));
}

describe.runIf(ORACLE)('--help as the family answers it', () => {
  it('busybox: every applet of the table prints busybox’s usage on stderr with exit 0', async () => {
    // ps, top, free … come from the process table (the container test below); the rest from the applet table.
    for (const name of BUSYBOX_HELP_NAMES) if (busyboxPrograms(opts).has(name)) await compare('busybox', `${name} --help`);
  }, 60_000);

  it('GNU: every recorded program prints GNU’s --help and --version on stdout, named as called', async () => {
    for (const name of GNU_HELP_NAMES) {
      // bash's builtins answer for themselves (the real run disables echo, printf, true and false).
      if (!coreutilsPrograms(opts).has(name) || ['echo', 'printf', 'true', 'false'].includes(name)) continue;
      await compare('gnu', `${name} --help`);
      await compare('gnu', `${name} --version`);
    }
  }, 120_000);

  it('GNU: --help counts before -- anywhere, up to the first operand where options stop there, and alone for echo/printf/true/false', async () => {
    const cmds = ['ls x --help | head -1', 'grep -c x --help | head -1', 'cat -- --help; echo $?', 'env X=1 --help; echo $?', 'seq 1 --help; echo $?', 'printenv PATH --help; echo $?'];
    for (const cmd of cmds) await compare('gnu', cmd);
  });

  it('busybox: a shell builtin answers for itself (ash’s printf and echo print --help)', async () => {
    await compare('busybox', 'printf --help; echo " $?"; echo --help');
  });

  it('the recordings cover every table program that busybox or GNU answer (re-run scripts/record-userland-help.ts)', () => {
    const bb = [...busyboxPrograms(opts).keys(), 'ps', 'top', 'free', 'df', 'uptime', 'nproc', 'kill'].filter((n) => applets.has(n));
    for (const name of bb) {
      const r = spawnSync('busybox', [name, '--help'], { encoding: 'utf8' });
      if (r.status === 0 && r.stderr.startsWith('BusyBox v')) expect(BUSYBOX_HELP_NAMES.has(name), name).toBe(true);
    }
    for (const name of new Set([...coreutilsPrograms(opts).keys(), ...hostPrograms().keys()])) {
      const r = spawnSync('sh', ['-c', `command -v ${name} >/dev/null && ${name} --version`], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C' } });
      if (r.status === 0 && /GNU|Free Software Foundation/.test(r.stdout)) expect(GNU_HELP_NAMES.has(name), name).toBe(true);
    }
    // A few hundred real processes: on a busy 2-core CI machine this outlasts the default 20 s.
  }, 120_000);
});

describe('--help inside containers', () => {
  it('Alpine’s busybox names its own version in the banner; a Debian image answers GNU’s help as called; a program an image lacks stays absent', async () => {
    const out = await transcript('docker pull -q alpine:3.20\ndocker run --rm alpine:3.20 uname --help 2>&1 | head -3\ndocker pull -q debian:bookworm-slim\ndocker run --rm debian:bookworm-slim sh -c "uname --help | head -1; /bin/ls --help | head -1; /bin/echo a --help; /bin/true --help | head -1; ps --help >/dev/null 2>&1 || echo no ps"');
    expect(out).toBe('docker.io/library/alpine:3.20\nBusyBox v1.36.1 (2025-02-14 03:28:36 UTC) multi-call binary.\n\nUsage: uname [-amnrspvio]\ndocker.io/library/debian:bookworm-slim\nUsage: uname [OPTION]...\nUsage: /bin/ls [OPTION]... [FILE]...\na --help\nUsage: /bin/true [ignored command line arguments]\nno ps\n');
  }, 60_000);
});
