// The matcher library on real engine state: each passes when it should and says why not yet otherwise.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

describe('image matchers', () => {
  it('tagPointsTo compares image IDs', async () => {
    expect(
      await verdicts(['docker pull alpine:3.20', 'docker pull alpine:3.21', 'docker tag alpine:3.21 mine:v1', 'docker tag alpine:3.20 other:v1'], [
        { matcher: 'tagPointsTo', params: { ref: 'mine:v1', sameAs: 'alpine:3.21' } },
        { matcher: 'tagPointsTo', params: { ref: 'other:v1', sameAs: 'alpine:3.21' } },
        { matcher: 'tagPointsTo', params: { ref: 'nope:v1', sameAs: 'alpine:3.21' } },
      ]),
    ).toEqual(['pass', expect.stringMatching(/^other:v1 is a different image from alpine:3\.21: its image ID is 1646640c0766, not 836192727495\.$/), 'There is no image called nope:v1 on this machine yet.']);
  });

  it('imageConfigHas reads Cmd, Env, ExposedPorts and Labels, exact or contains', async () => {
    expect(
      await verdicts(['docker pull nginx:alpine'], [
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'Cmd', equals: ['nginx', '-g', 'daemon off;'] } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'ExposedPorts', contains: '80' } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'Env', contains: 'NGINX_VERSION' } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'Labels', contains: 'maintainer' } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'ExposedPorts', contains: '443' } },
        { matcher: 'imageConfigHas', params: { ref: 'nginx:alpine', field: 'User', equals: 'nginx' } },
      ]),
    ).toEqual(['pass', 'pass', 'pass', 'pass', 'The ExposedPorts of nginx:alpine does not include "443" yet (it is {"80/tcp":{}}).', 'The User of nginx:alpine is not set; it should be "nginx".']);
  });

  it('layerCount, imageHistoryHas and imageFileContains read layers, history and files', async () => {
    expect(
      await verdicts(['docker pull alpine:3.21', 'docker pull nginx:alpine'], [
        { matcher: 'layerCount', params: { ref: 'alpine:3.21', exact: 1 } },
        { matcher: 'layerCount', params: { ref: 'nginx:alpine', max: 3 } },
        { matcher: 'imageHistoryHas', params: { ref: 'nginx:alpine', createdBy: '^CMD ', makesLayer: false, describe: 'CMD step' } },
        { matcher: 'imageHistoryHas', params: { ref: 'alpine:3.21', createdBy: '^RUN ', describe: 'RUN step' } },
        { matcher: 'imageFileContains', params: { ref: 'alpine:3.21', path: '/etc/alpine-release', matches: '^3\\.21\\.' } },
        { matcher: 'imageFileContains', params: { ref: 'alpine:3.21', path: '/etc/nginx/nginx.conf' } },
        { matcher: 'imageFileContains', params: { ref: 'nginx:alpine', path: '/etc/nginx/nginx.conf', includes: 'no-such-directive' } },
      ]),
    ).toEqual([
      'pass',
      'nginx:alpine has 8 layers; it should have at most 3.',
      'pass',
      'The history of alpine:3.21 has no RUN step yet.',
      'pass',
      'The image alpine:3.21 has no file /etc/nginx/nginx.conf.',
      '/etc/nginx/nginx.conf in nginx:alpine does not contain "no-such-directive" yet.',
    ]);
  });

  it('registryHasTag waits for a push to Docker Hub', async () => {
    expect(await verdicts(['docker pull alpine'], [{ matcher: 'registryHasTag', params: { ref: 'learner/alpine:v1' } }])).toEqual(['Docker Hub has no learner/alpine:v1 from you yet.']);
  });
});

describe('log and workspace matchers', () => {
  it('commandUsed needs success by default; commandNotUsed fails once the command is used', async () => {
    expect(
      await verdicts(['docker pul alpine', 'docker pull nope-nope'], [
        { matcher: 'commandUsed', params: { pattern: '^docker pull\\b', hint: 'Pull something.' } },
        { matcher: 'commandUsed', params: { pattern: '^docker pull\\b', succeeded: false, hint: 'Pull something.' } },
        { matcher: 'commandNotUsed', params: { pattern: '^docker pull\\b', hint: 'Do it without pulling.' } },
      ]),
    ).toEqual(['Pull something.', 'pass', 'Do it without pulling. (You ran: docker pull nope-nope)']);
  });

  it('fileExists and dockerfileChecksPass read the workspace, including heredocs typed there', async () => {
    const workspace = [{ path: 'Dockerfile', content: 'from alpine\nRUN echo hi\n' }];
    expect(
      await verdicts(['cat > notes.txt <<EOF', 'layers are shared', 'EOF'], [
        { matcher: 'fileExists', params: { path: 'notes.txt', includes: 'shared' } },
        { matcher: 'fileExists', params: { path: 'notes.txt', matches: '^nothing' } },
        { matcher: 'fileExists', params: { path: 'app', kind: 'directory' } },
        { matcher: 'dockerfileChecksPass', params: {} },
        { matcher: 'commandUsed', params: { pattern: '^cat > notes.txt <<EOF\\nlayers are shared\\nEOF$', hint: 'x' } },
      ], workspace),
    ).toEqual([
      'pass',
      '~/notes.txt does not match ^nothing yet.',
      'There is no directory ~/app yet.',
      expect.stringMatching(/^The build checks still warn about ~\/Dockerfile: ConsistentInstructionCasing: /),
      'pass',
    ]);
  });

  it('a check-level why replaces the matcher text; a misconfigured check says it is a lesson bug', async () => {
    expect(
      await verdicts([], [
        { matcher: 'imageExists', params: { ref: 'alpine' }, why: 'Get Alpine first.' },
        { matcher: 'imageExists', params: { ref: 'Alpine' } },
      ]),
    ).toEqual(['Get Alpine first.', expect.stringMatching(/^This check is misconfigured \(a lesson bug\): not a valid image reference/)]);
  });
});
