// hostname: the name from /etc/hostname and the addresses the resolver finds for it in /etc/hosts, as
// net-tools' hostname (Debian) and busybox's applet (Alpine) print them in a container.
import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import type { Flavour } from './oracle.ts';

const hosts = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\n172.17.0.2\t4be98d17b508\n';
const container = (flavour: Flavour) =>
  simulated(flavour, {}, (fs) => {
    fs.mkdir('/etc', { recursive: true });
    fs.writeFile('/etc/hostname', '4be98d17b508\n');
    fs.writeFile('/etc/hosts', hosts);
  });

describe('hostname in a container', () => {
  it('prints the name, and with -i the address Docker wrote for it in /etc/hosts (both families)', async () => {
    for (const f of ['gnu', 'busybox'] as Flavour[]) {
      expect(await container(f).run('hostname; hostname -s; hostname -i')).toEqual({ out: '4be98d17b508\n4be98d17b508\n172.17.0.2\n', err: '', code: 0 });
    }
  });

  it('lists every non-loopback address with -I, each followed by a space (net-tools only)', async () => {
    expect(await container('gnu').run('hostname -I | cat -A')).toMatchObject({ out: '172.17.0.2 $\n', code: 0 });
    const refused = await container('busybox').run('hostname -I');
    expect(refused).toMatchObject({ out: '', code: 1 });
    // busybox's usage follows the refusal: its banner, then the applet's usage.
    expect(refused.err).toMatch(/^hostname: unrecognized option: I\nBusyBox v1\.\d+\.\d+ .*multi-call binary\.\n\nUsage: hostname \[-sidf\] \[HOSTNAME \| -F FILE\]\n/);
  });

  it('refuses to rename the machine: a container has no CAP_SYS_ADMIN', async () => {
    expect(await container('gnu').run('hostname web')).toEqual({ out: '', err: 'hostname: you must be root to change the host name\n', code: 1 });
    expect(await container('busybox').run('hostname web')).toEqual({ out: '', err: 'hostname: sethostname: Operation not permitted\n', code: 1 });
  });

  it('says the name cannot be resolved when /etc/hosts does not name it', async () => {
    const bare = simulated('gnu', {}, (fs) => {
      fs.mkdir('/etc', { recursive: true });
      fs.writeFile('/etc/hostname', 'lonely\n');
    });
    expect(await bare.run('hostname -i')).toEqual({ out: '', err: 'hostname: Name or service not known\n', code: 1 });
  });
});
