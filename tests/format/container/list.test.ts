import { describe, expect, it } from 'vitest';
import { displayablePorts, formatContainers } from '../../../src/format/container/list.ts';
import type { ContainerSummary } from '../../../src/engine/api/containers.ts';

const summary: ContainerSummary = {
  Id: 'f'.repeat(64), Names: ['/web'], Image: 'nginx', ImageID: 'sha256:' + 'a'.repeat(64), Command: '/docker-entrypoint.sh nginx -g daemon off;',
  Created: 1000, Ports: [{ IP: '0.0.0.0', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }, { IP: '::', PrivatePort: 80, PublicPort: 8080, Type: 'tcp' }],
  Labels: {}, State: 'running', Status: 'Up 2 minutes', HostConfig: { NetworkMode: 'bridge' }, NetworkSettings: { Networks: {} }, Mounts: [],
};

describe('docker ps text', () => {
  it('truncates ID and COMMAND (quoted, 20 columns) and shows both published addresses', () => {
    const text = formatContainers([summary], { now: 1130 });
    expect(text.split('\n')[1]).toBe(
      'ffffffffffff   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web',
    );
  });

  it('prints full IDs with -q --no-trunc and templates with --format', () => {
    expect(formatContainers([summary], { now: 1130, quiet: true, noTrunc: true })).toBe('f'.repeat(64) + '\n');
    expect(formatContainers([summary], { now: 1130, format: '{{.Names}}: {{.Command}}' })).toBe('web: "/docker-entrypoint.…"\n');
  });

  it('groups exposed-only ports and keeps mappings after them', () => {
    expect(displayablePorts([{ PrivatePort: 81, Type: 'tcp' }, { PrivatePort: 80, Type: 'tcp' }, { IP: '0.0.0.0', PrivatePort: 6379, PublicPort: 32768, Type: 'tcp' }])).toBe(
      '80-81/tcp, 0.0.0.0:32768->6379/tcp',
    );
  });
});
