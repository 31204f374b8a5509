// Platform specifiers as containerd/platforms (v1.0.0-rc.1, vendored by docker 28) parses, normalises,
// formats and matches them: `linux/arm64`, `arm64`, `linux/arm/v7`, `windows(10.0.17763)/amd64`.
// Both the CLI (which parses `--platform` for run/create before it calls the daemon) and the daemon
// (pull, create, build) use it, so their messages agree with docker's word for word.

/** An OCI platform: os, architecture and optional variant (and OS version, rare on Linux). */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
  osVersion?: string;
}

/** A specifier containerd cannot parse; the message is containerd's, ending in `: invalid argument`. */
export class PlatformSyntaxError extends Error {}

const OS_AND_VERSION = /^([A-Za-z0-9_-]+)(?:\(([A-Za-z0-9_.-]*)\))?$/;
const SPECIFIER = /^[A-Za-z0-9_.-]+$/;
const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

// Go's %q for the plain ASCII texts a specifier holds (backslashes and quotes escaped).
const quote = (s: string) => JSON.stringify(s);
const invalid = (message: string) => new PlatformSyntaxError(`${message}: invalid argument`);

/** containerd's normalizeOS: lower case, `macos` → darwin, empty → the host's linux. */
export function normalizeOs(os: string): string {
  if (os === '') return 'linux';
  const lower = os.toLowerCase();
  return lower === 'macos' ? 'darwin' : lower;
}

/** containerd's normalizeArch: aliases to Go names, arm64's v8 dropped, arm defaulting to v7. */
export function normalizeArch(arch: string, variant: string): [string, string] {
  let a = arch.toLowerCase();
  let v = variant.toLowerCase();
  if (a === 'i386') [a, v] = ['386', ''];
  else if (a === 'x86_64' || a === 'x86-64' || a === 'amd64') [a, v] = ['amd64', v === 'v1' ? '' : v];
  else if (a === 'aarch64' || a === 'arm64') {
    a = 'arm64';
    if (v === '8' || v === 'v8' || v === 'v8.0') v = '';
    else if (v === '9' || v === '9.0' || v === 'v9.0') v = 'v9';
  } else if (a === 'armhf') [a, v] = ['arm', 'v7'];
  else if (a === 'armel') [a, v] = ['arm', 'v6'];
  else if (a === 'arm') {
    if (v === '' || v === '7') v = 'v7';
    else if (v === '5' || v === '6' || v === '8') v = `v${v}`;
  }
  return [a, v];
}

/** platforms.Parse: the platform a specifier names, or PlatformSyntaxError with containerd's message. */
export function parsePlatformSpecifier(specifier: string): Platform {
  if (specifier.includes('*')) throw invalid(`${quote(specifier)}: wildcards not yet supported`);
  const parts = splitN(specifier, '/', 4);
  const p: Platform = { os: '', architecture: '' };
  for (const [i, part] of parts.entries()) {
    if (i === 0) {
      const m = OS_AND_VERSION.exec(part);
      if (!m) throw invalid(`${quote(part)} is an invalid OS component of ${quote(specifier)}: OSAndVersion specifier component must match ${quote(OS_AND_VERSION.source)}`);
      p.os = normalizeOs(m[1]);
      if (m[2]) p.osVersion = m[2];
    } else if (!SPECIFIER.test(part)) {
      throw invalid(`${quote(part)} is an invalid component of ${quote(specifier)}: platform specifier component must match ${quote(SPECIFIER.source)}`);
    }
  }
  const withArch = (arch: string, variant: string): Platform => {
    const [a, v] = normalizeArch(arch, variant);
    return { ...p, architecture: a, ...(v ? { variant: v } : {}) };
  };
  if (parts.length === 1) {
    if (KNOWN_OS.has(p.os)) return { ...p, architecture: 'amd64' };
    const q = withArch(parts[0], '');
    if (q.architecture === 'arm' && q.variant === 'v7') delete q.variant;
    if (KNOWN_ARCH.has(q.architecture)) return { ...q, os: 'linux' };
    throw invalid(`${quote(specifier)}: unknown operating system or architecture`);
  }
  if (parts.length === 2) {
    const q = withArch(parts[1], '');
    if (q.architecture === 'arm' && q.variant === 'v7') delete q.variant;
    return q;
  }
  if (parts.length === 3) {
    const q = withArch(parts[1], parts[2]);
    return q.architecture === 'arm64' && !q.variant ? { ...q, variant: 'v8' } : q;
  }
  throw invalid(`${quote(specifier)}: cannot parse platform specifier`);
}

/** platforms.FormatAll: `linux/arm64/v8`, with `os(version)` when there is an OS version. */
export function formatPlatform(p: Platform): string {
  if (!p.os) return 'unknown';
  const os = p.osVersion ? `${p.os}(${p.osVersion})` : p.os;
  return [os, p.architecture, p.variant].filter(Boolean).join('/');
}

/** Whether `offered` (an image's or a manifest's platform) is the one `wanted` names, both normalised. */
export function platformMatches(wanted: Platform, offered: Platform): boolean {
  const norm = (p: Platform) => {
    const [a, v] = normalizeArch(p.architecture, p.variant ?? '');
    return `${normalizeOs(p.os)}/${a}/${v}`;
  };
  return norm(wanted) === norm(offered);
}

/** The platform dockerd reports for this host (amd64 at microarchitecture level v3, as go-archvariant detects). */
export const HOST_PLATFORM: Platform = { os: 'linux', architecture: 'amd64', variant: 'v3' };

/**
 * Whether the host runs a binary of this platform without emulation: amd64 at any level, and 386 (an
 * x86-64 kernel runs i386 code), as containerd's OnlyPlatformWithFallback on linux/amd64. Nothing else:
 * the workbook's host has no binfmt_misc/QEMU handlers, so an arm64 image fails with exec format error.
 */
export function runsOnHost(p: Platform): boolean {
  const [a] = normalizeArch(p.architecture, p.variant ?? '');
  return normalizeOs(p.os) === 'linux' && (a === 'amd64' || a === '386');
}

// strings.SplitN
function splitN(s: string, sep: string, n: number): string[] {
  const out: string[] = [];
  let rest = s;
  while (out.length < n - 1) {
    const at = rest.indexOf(sep);
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}
