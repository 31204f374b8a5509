// --platform through the Engine API: the real CLI parses it for run/create (containerd's messages),
// the daemon pulls that platform's manifest, keeps one platform per tag, warns on a foreign image and
// fails it as a host without emulation does (exec format error, 255). Ours prints the same.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: --platform', () => {
  it('pulls, inspects, lists and runs another platform like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine:3.20',
      'docker pull -q --platform linux/arm64 alpine:3.20',
      "docker image inspect alpine:3.20 --format '{{.Os}}/{{.Architecture}}/{{.Variant}}'",
      "docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'",
      'docker run --name a1 alpine:3.20 uname -m',
      "docker inspect a1 --format '{{.State.Status}} {{.State.ExitCode}}'",
      'docker logs a1',
      'docker run --rm --platform linux/arm64 alpine:3.20 true',
      'docker create --pull never --platform linux/amd64 alpine:3.20',
      'docker run --pull never --platform linux/amd64 alpine:3.20',
      'docker pull --platform linux/mips64le alpine:3.20',
      'docker pull --platform linux/arm64/v8/x alpine:3.20',
      'docker pull --platform plan9 alpine:3.20',
      'docker run --platform foo alpine:3.20',
      "docker create --platform 'Linux!/amd64' alpine:3.20",
      'docker create --platform linux/arm/v7/* alpine:3.20',
      "docker run --platform 'linux/arm 64' alpine:3.20",
      "docker run --pull never --platform 'windows(10.0.17763)/amd64' alpine:3.20",
      'docker run --rm --platform linux/amd64 -q alpine:3.20 uname -m',
    ]);
    expect(ours).toEqual(real);
    expect(real[2].stdout).toBe('linux/arm64/v8\n');
    expect(real[4].stderr).toContain('exec /bin/uname: exec format error');
    expect(real[4].exitCode).toBe(255);
  });
});
