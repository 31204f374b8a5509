// The accounts an image's own Dockerfile creates are in its /etc/passwd, /etc/group and /etc/shadow,
// as in the real images (nginx:alpine's `addgroup -S nginx && adduser -S … -G nginx nginx`).
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

describe('image accounts', () => {
  it('gives nginx:alpine the nginx user and group busybox adduser writes', async () => {
    const out = await transcript('docker pull -q nginx:alpine\ndocker run --rm nginx:alpine sh -c "grep ^nginx: /etc/passwd /etc/group; id nginx; grep -c ^nginx:!: /etc/shadow"');
    expect(out).toBe('docker.io/library/nginx:alpine\n/etc/passwd:nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n/etc/group:nginx:x:101:nginx\nuid=101(nginx) gid=101(nginx) groups=101(nginx)\n1\n');
  });

  it('gives the Debian nginx image its nginx user (useradd --system)', async () => {
    const out = await transcript('docker pull -q nginx\ndocker run --rm nginx sh -c "grep ^nginx: /etc/passwd /etc/group; id nginx"');
    expect(out).toBe('docker.io/library/nginx:latest\n/etc/passwd:nginx:x:101:101:nginx user:/nonexistent:/bin/false\n/etc/group:nginx:x:101:\nuid=101(nginx) gid=101(nginx) groups=101(nginx)\n');
  });
});
