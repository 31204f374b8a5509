// libnetwork's default IPAM, the part a learner meets: IPv4 subnets in CIDR form, the default address
// pools (172.17.0.0/16 … 172.31.0.0/16, then 192.168.0.0/20 … 192.168.240.0/20), the gateway at the
// subnet's first address and containers from the next one up, in order.

/** An IPv4 subnet: its base address as a number and its prefix length. */
export interface Subnet {
  base: number;
  bits: number;
}

/** The dotted form of a 32-bit address. */
export function formatIp(n: number): string {
  return [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');
}

/** A dotted IPv4 address as a number, or undefined when it is not one. */
export function parseIp(text: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return undefined;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  return ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
}

/** `a.b.c.d/n` as a Subnet (the base masked), or undefined when it is not valid CIDR. */
export function parseCidr(text: string): Subnet | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(text);
  const ip = m ? parseIp(m[1]) : undefined;
  if (!m || ip === undefined || Number(m[2]) > 32) return undefined;
  const bits = Number(m[2]);
  return { base: (ip & mask(bits)) >>> 0, bits };
}

/** The subnet in CIDR form. */
export function formatCidr(s: Subnet): string {
  return `${formatIp(s.base)}/${s.bits}`;
}

/** Whether an address lies in a subnet. */
export function contains(s: Subnet, ip: number): boolean {
  return ((ip & mask(s.bits)) >>> 0) === s.base;
}

/** Whether two subnets share any address. */
export function overlaps(a: Subnet, b: Subnet): boolean {
  return contains(a, b.base) || contains(b, a.base);
}

/** The subnet's default gateway: its first host address. */
export function firstHost(s: Subnet): number {
  return s.base + 1;
}

/** The last address a container may take (the broadcast address is never handed out). */
export function lastHost(s: Subnet): number {
  return s.base + 2 ** (32 - s.bits) - 2;
}

/** dockerd's default local address pools, in the order it takes them. */
export function* defaultPools(): Generator<Subnet> {
  for (let b = 17; b <= 31; b++) yield { base: parseIp(`172.${b}.0.0`)!, bits: 16 };
  for (let c = 0; c < 256; c += 16) yield { base: parseIp(`192.168.${c}.0`)!, bits: 20 };
}

/** The first address from the gateway up that is not taken, or undefined when the subnet is full. */
export function nextFree(s: Subnet, taken: ReadonlySet<number>): number | undefined {
  for (let ip = firstHost(s); ip <= lastHost(s); ip++) if (!taken.has(ip)) return ip;
  return undefined;
}

function mask(bits: number): number {
  return bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
}
