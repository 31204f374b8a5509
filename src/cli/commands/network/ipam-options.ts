// docker/cli network/create.go createIPAMConfig, the IPv4 part: each --gateway belongs to the --subnet
// that contains it, with the CLI's own errors for a gateway without a subnet or outside every subnet.
import type { NetworkCreateRequest } from '../../../engine/index.ts';
import { CliError } from '../../daemon-error.ts';

type Pool = NonNullable<NonNullable<NetworkCreateRequest['IPAM']>['Config']>[number];

/** The IPAM pools for `--subnet` and `--gateway`. */
export function ipamConfig(subnets: readonly string[], gateways: readonly string[]): Pool[] {
  if (subnets.length < gateways.length) throw new CliError('every ip-range or gateway must have a corresponding subnet');
  const pools: Pool[] = [];
  for (const s of subnets) {
    const cidr = parse(s);
    if (!cidr) throw new CliError(`invalid address: ParseAddr(${JSON.stringify(s)}): unable to parse IP`);
    for (const p of pools) if (inSubnet(p.Subnet!, cidr.ip) || inSubnet(s, parse(p.Subnet!)!.ip)) throw new CliError('multiple overlapping subnet configuration is not supported');
    pools.push({ Subnet: s });
  }
  for (const g of gateways) {
    const ip = toNumber(g);
    if (ip === undefined) throw new CliError(`invalid argument "${g}" for "--gateway" flag: invalid string being converted to IP address: ${g}`);
    const pool = pools.find((p) => inSubnet(p.Subnet!, ip));
    if (!pool) throw new CliError(`no matching subnet for gateway ${g}`);
    if (pool.Gateway) throw new CliError(`cannot configure multiple gateways (${g}, ${pool.Gateway}) for the same subnet (${pool.Subnet})`);
    pool.Gateway = g;
  }
  return pools;
}

function parse(text: string): { ip: number; bits: number } | undefined {
  const [addr, bits = '32'] = text.split('/');
  const ip = toNumber(addr);
  if (ip === undefined || !/^\d{1,2}$/.test(bits) || Number(bits) > 32) return undefined;
  return { ip, bits: Number(bits) };
}

function inSubnet(subnet: string, ip: number): boolean {
  const s = parse(subnet);
  if (!s) return false;
  const mask = s.bits === 0 ? 0 : (0xffffffff << (32 - s.bits)) >>> 0;
  return ((s.ip & mask) >>> 0) === ((ip & mask) >>> 0);
}

function toNumber(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m || m.slice(1).some((p) => Number(p) > 255)) return undefined;
  return m.slice(1).reduce((n, p) => n * 256 + Number(p), 0);
}
