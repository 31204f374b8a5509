// Platform specifiers as containerd/platforms parses, formats and matches them (the messages agree
// with the real docker CLI's for `docker run --platform …`, see tests/differential/platform.test.ts).
import { describe, expect, it } from 'vitest';
import { formatPlatform, parsePlatformSpecifier, platformMatches, runsOnHost } from '../../../src/engine/model/platform.ts';

const parsed = (s: string) => formatPlatform(parsePlatformSpecifier(s));

describe('platform specifiers', () => {
  it('normalises aliases and variants as containerd does', () => {
    expect(parsed('linux/arm64')).toBe('linux/arm64');
    expect(parsed('linux/arm64/v8')).toBe('linux/arm64/v8');
    expect(parsed('linux/aarch64')).toBe('linux/arm64');
    expect(parsed('linux/x86_64')).toBe('linux/amd64');
    expect(parsed('linux/arm')).toBe('linux/arm');
    expect(parsed('linux/arm/7')).toBe('linux/arm/v7');
    expect(parsed('linux/armhf')).toBe('linux/arm');
    expect(parsed('linux/i386')).toBe('linux/386');
    expect(parsed('Linux/AMD64')).toBe('linux/amd64');
    expect(parsed('arm64')).toBe('linux/arm64');
    expect(parsed('linux')).toBe('linux/amd64');
    expect(parsed('windows(10.0.17763)/amd64')).toBe('windows(10.0.17763)/amd64');
  });

  it("rejects what containerd rejects, with containerd's message", () => {
    expect(() => parsePlatformSpecifier('foo')).toThrow('"foo": unknown operating system or architecture: invalid argument');
    expect(() => parsePlatformSpecifier('linux/arm64/v8/x')).toThrow('"linux/arm64/v8/x": cannot parse platform specifier: invalid argument');
    expect(() => parsePlatformSpecifier('linux/*')).toThrow('"linux/*": wildcards not yet supported: invalid argument');
    expect(() => parsePlatformSpecifier('li nux/amd64')).toThrow(
      '"li nux" is an invalid OS component of "li nux/amd64": OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$": invalid argument',
    );
    expect(() => parsePlatformSpecifier('linux/arm 64')).toThrow('"arm 64" is an invalid component of "linux/arm 64": platform specifier component must match "^[A-Za-z0-9_.-]+$": invalid argument');
  });

  it('matches a manifest entry whatever way the platform was spelt', () => {
    const arm64v8 = { os: 'linux', architecture: 'arm64', variant: 'v8' };
    expect(platformMatches(parsePlatformSpecifier('linux/arm64'), arm64v8)).toBe(true);
    expect(platformMatches(parsePlatformSpecifier('aarch64'), arm64v8)).toBe(true);
    expect(platformMatches(parsePlatformSpecifier('linux/arm/v7'), { os: 'linux', architecture: 'arm', variant: 'v6' })).toBe(false);
    expect(platformMatches(parsePlatformSpecifier('linux/arm'), { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(true);
  });

  it('runs amd64 and 386 binaries on the amd64 host, nothing else', () => {
    expect(runsOnHost({ os: 'linux', architecture: 'amd64' })).toBe(true);
    expect(runsOnHost({ os: 'linux', architecture: '386' })).toBe(true);
    expect(runsOnHost({ os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(false);
    expect(runsOnHost({ os: 'linux', architecture: 's390x' })).toBe(false);
  });
});
