// hostname [-s|-f|-d|-i|-I]: the machine's name, from /etc/hostname of its filesystem (what Docker writes for a
// container), and its addresses as the resolver finds them in /etc/hosts (Docker writes `IP\tname` there).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { busyboxUsage, refusedLetter, type Flavour } from './util.ts';

/** The host name of the machine the program runs on: /etc/hostname's first line, else HOSTNAME, else `localhost`. */
export function machineName(ctx: ProgramContext): string {
  try {
    const first = ctx.fs.readText('/etc/hostname').split('\n')[0].trim();
    if (first) return first;
  } catch {
    /* no /etc/hostname */
  }
  return ctx.env.get('HOSTNAME') || 'localhost';
}

// The /etc/hosts lines (address, names), comments and blank lines left out.
function hostsLines(ctx: ProgramContext): { address: string; names: string[] }[] {
  let text = '';
  try {
    text = ctx.fs.readText('/etc/hosts');
  } catch {
    return [];
  }
  return text.split('\n').map((l) => l.replace(/#.*/, '').trim().split(/\s+/)).filter((w) => w.length > 1).map(([address, ...names]) => ({ address, names }));
}

const GNU_LONG: Record<string, string> = { '--short': 's', '--fqdn': 'f', '--long': 'f', '--domain': 'd', '--ip-address': 'i', '--all-ip-addresses': 'I', '--alias': 'a' };

/** Makes `hostname` for a family: net-tools' hostname on Debian and Ubuntu, busybox's applet on Alpine. */
export function makeHostname(flavour: Flavour): Program {
  return (ctx) => {
    let mode = '';
    const operands: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (flavour === 'gnu' && GNU_LONG[a]) mode = GNU_LONG[a];
      else if (/^-[a-zA-Z]+$/.test(a)) {
        for (const c of a.slice(1)) {
          if (!(flavour === 'gnu' ? 'sfdiIaAy' : 'sfdi').includes(c)) {
            if (refusedLetter(ctx, flavour, c)) return 1;
            if (flavour === 'gnu') {
              ctx.stderr.write(`hostname: invalid option -- '${c}'\nUsage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n       hostname                                 display host name\n`);
              return 1;
            }
            ctx.stderr.write(`hostname: unrecognized option: ${c}\n`);
            return busyboxUsage(ctx, '[-sidf] [HOSTNAME | -F FILE]');
          }
          mode = c;
        }
      } else operands.push(a);
    }
    const name = machineName(ctx);
    if (operands.length && !mode) {
      // Setting the name needs CAP_SYS_ADMIN, which a container's root does not have.
      ctx.stderr.write(flavour === 'gnu' ? 'hostname: you must be root to change the host name\n' : 'hostname: sethostname: Operation not permitted\n');
      return 1;
    }
    const short = name.split('.')[0];
    const mine = hostsLines(ctx).filter((l) => l.names.includes(name) || l.names.includes(short));
    const fqdn = mine[0]?.names[0] ?? name;
    if (mode === 'i' || mode === 'I') {
      const v4 = (a: string) => /^\d+\.\d+\.\d+\.\d+$/.test(a);
      // -i: the name's IPv4 addresses (gethostbyname); -I: every address of the machine but loopback, each followed by a space.
      const found = mine.map((l) => l.address).filter((a) => (mode === 'i' ? v4(a) : a !== '127.0.0.1' && a !== '::1'));
      if (!found.length) {
        if (mode === 'I') return ctx.stdout.write('\n'), 0;
        ctx.stderr.write(flavour === 'gnu' ? 'hostname: Name or service not known\n' : `hostname: bad address '${name}'\n`);
        return 1;
      }
      ctx.stdout.write(mode === 'I' ? found.map((a) => a + ' ').join('') + '\n' : found.join(' ') + '\n');
      return 0;
    }
    const answers: Record<string, string> = { '': name, s: short, f: fqdn, d: fqdn.includes('.') ? fqdn.slice(fqdn.indexOf('.') + 1) : '', a: (mine[0]?.names.slice(1) ?? []).join(' '), A: fqdn.includes('.') ? fqdn + ' ' : '', y: '' };
    if (mode === 'y') {
      ctx.stderr.write('hostname: Local domain name not set\n');
      return 1;
    }
    ctx.stdout.write((answers[mode] ?? name) + '\n');
    return 0;
  };
}
