// Matchers over what the learner wrote down: answer files checked against engine values (never
// revealing them), predictions written before the command that settles them, and pinned references.
import { describe, expect, it } from 'vitest';
import { verdicts } from './verdicts.ts';

const answer = (expect: unknown, extra: Record<string, unknown> = {}) => ({ matcher: 'answerFileEquals', params: { path: 'answers/a.txt', expect, ...extra } });
const write = (text: string) => `printf '${text}' > ~/answers/a.txt`;
const files = [{ path: 'answers/README', content: 'Answers go here.\n' }, { path: 'predictions/README', content: 'Predictions go here.\n' }];

describe('answerFileEquals', () => {
  it('checks an os-release key and the kernel, without revealing them', async () => {
    const distro = answer({ imageFile: 'python:3.12-slim', path: '/etc/os-release', key: 'ID' }, { whenWrong: [{ matches: '^python', hint: 'Python is the app: which distribution is under it?' }] });
    expect(await verdicts([], [distro], files)).toEqual(['There is no file ~/answers/a.txt yet.']);
    expect(await verdicts([write('debian\\n')], [distro], files)).toEqual(['python:3.12-slim is not on this machine yet: the answer is checked against it.']);
    expect(await verdicts(['docker pull python:3.12-slim', write('python\\n')], [distro], files)).toEqual(['Python is the app: which distribution is under it?']);
    expect(await verdicts(['docker pull python:3.12-slim', write('ubuntu\\n')], [distro], files)).toEqual(['~/answers/a.txt is not ID in /etc/os-release of python:3.12-slim yet.']);
    expect(await verdicts(['docker pull python:3.12-slim', write(' debian \\n\\n')], [distro, answer({ hostKernel: true })], files)).toEqual(['pass', '~/answers/a.txt is not the kernel release containers report yet.']);
    expect(await verdicts(["uname -r > ~/answers/a.txt"], [answer({ hostKernel: true })], files)).toEqual(['pass']);
  });

  it('checks inspect fields line by line, normalized', async () => {
    const dossier = answer(
      [
        { inspect: 'postgres:17-alpine', field: 'Config.Volumes', pick: 'keys' },
        { inspect: 'postgres:17-alpine', field: 'Config.ExposedPorts', pick: 'keys' },
        { inspect: 'postgres:17-alpine', field: 'Config.StopSignal' },
        { inspect: 'postgres:17-alpine', field: 'RootFS.Layers', pick: 'length' },
      ],
      { normalize: ['trim', 'tcp'] },
    );
    const pull = 'docker pull postgres:17-alpine';
    expect(await verdicts([pull, write('/var/lib/postgresql/data\\n5432\\nSIGINT\\n10\\n')], [dossier], files)).toEqual(['pass']);
    expect(await verdicts([pull, write('/var/lib/postgresql/data\\n5432/tcp\\nSIGINT\\n23\\n')], [dossier], files)).toEqual(['Line 4 of ~/answers/a.txt is not RootFS.Layers (length) of postgres:17-alpine yet.']);
    expect(await verdicts([pull, write('/var/lib/postgresql/data\\n')], [dossier], files)).toEqual(['~/answers/a.txt has 1 line; it should have 4, one answer per line.']);
    expect(await verdicts([pull], [dossier], [])).toEqual(['There is no file ~/answers/a.txt yet.']);
  });

  it('checks ENV values, a shared layer, a blob digest and reference parts', async () => {
    const pulls = ['docker pull nginx:alpine', 'docker pull python:3.12-alpine', 'docker pull alpine:3.21'];
    const env = answer([{ envOf: 'nginx:alpine', name: 'NGINX_VERSION' }, { literal: 'mainline' }], { normalize: ['trim', 'lower'] });
    const shared = answer({ commonLayer: ['python:3.12-alpine', 'nginx:alpine'] }, { normalize: ['trim', 'sha256prefix'] });
    const blob = answer([{ blobDigest: 'alpine:3.21', layer: 0, short: true }, { literal: 'blob' }]);
    const names = answer([{ reference: 'ghcr.io/actions/actions-runner:latest', part: 'domain path' }, { reference: 'nginx', part: 'domain path tag' }], { lines: 'set' });
    expect(await verdicts([...pulls, write('1.27.4\\nMainline\\n')], [env], files)).toEqual(['pass']);
    expect(await verdicts([...pulls, write('ffff961de6814055241a47717b952aa40be7ca5d4bf654813e76c87e8cd5463e\\n')], [shared], files)).toEqual(['pass']);
    expect(await verdicts([...pulls, write('sha256:7cf78b03fb581f71667310e373190bad5b4a5ad16f78b753b6f4702db697de26\\n')], [shared], files)).toEqual(['~/answers/a.txt is not a layer python:3.12-alpine and nginx:alpine share yet.']);
    expect(await verdicts([...pulls, write('021accce864f\\nblob\\n')], [blob], files)).toEqual(['pass']);
    expect(await verdicts([...pulls, write('docker.io library/nginx latest\\nghcr.io actions/actions-runner\\n')], [names], files)).toEqual(['pass']);
    expect(await verdicts([...pulls, write('docker.io nginx latest\\nghcr.io actions/actions-runner\\n')], [names], files)).toEqual(['No line of ~/answers/a.txt is the domain and path and tag of nginx yet.']);
  });
});

describe('predictionRecorded', () => {
  const predicted = { matcher: 'predictionRecorded', params: { path: 'predictions/p.txt', before: '^docker (image )?pull .*python:3\\.12-alpine' } };
  it('passes for a prediction written before the settling command, and not after', async () => {
    expect(await verdicts([], [predicted], files)).toEqual(['There is no prediction in ~/predictions/p.txt yet: write down what you expect first.']);
    expect(await verdicts(['echo 3 > ~/predictions/p.txt'], [predicted], files)).toEqual(['pass']);
    expect(await verdicts(['echo 3 > ~/predictions/p.txt', 'docker pull python:3.12-alpine'], [predicted], files)).toEqual(['pass']);
    const late = '~/predictions/p.txt was written after you ran the command that answers it: a prediction comes first. Write it again, then run that command again.';
    expect(await verdicts(['docker pull python:3.12-alpine', 'echo 3 > ~/predictions/p.txt'], [predicted], files)).toEqual([late]);
    expect(await verdicts(['echo 3 > ~/predictions/p.txt; docker pull python:3.12-alpine'], [predicted], files)).toEqual([late]);
    expect(await verdicts(['touch ~/predictions/p.txt'], [predicted], files)).toEqual(['~/predictions/p.txt is empty: write down what you expect first.']);
  });
});

describe('pinnedReferenceFile', () => {
  const pinned = { matcher: 'pinnedReferenceFile', params: { path: 'pins.txt', sameAs: 'nginx:1.26-alpine' } };
  it('wants a digest that names what the tag names on the Hub today', async () => {
    const digestOf = (ref: string) => `docker pull ${ref} | sed -n 's/^Digest: //p' > ~/d.txt`;
    expect(await verdicts([digestOf('nginx:1.26-alpine'), 'echo "nginx@$(cat ~/d.txt)" > ~/pins.txt'], [pinned])).toEqual(['pass']);
    expect(await verdicts([digestOf('nginx:1.26-alpine'), 'echo "nginx:1.26-alpine@$(cat ~/d.txt)" > ~/pins.txt'], [pinned])).toEqual(['pass']);
    expect(await verdicts(['echo nginx:1.26.3-alpine > ~/pins.txt'], [pinned])).toEqual([
      "nginx:1.26.3-alpine names a tag, and its publisher can move a tag to another image: only a digest (@sha256:…) always names the same one.",
    ]);
    expect(await verdicts([digestOf('nginx:alpine'), 'echo "nginx@$(cat ~/d.txt)" > ~/pins.txt'], [pinned])).toEqual(['The digest in ~/pins.txt names a different image from the one nginx:1.26-alpine names today.']);
    expect(await verdicts([digestOf('nginx:1.26-alpine'), 'echo "alpine@$(cat ~/d.txt)" > ~/pins.txt'], [pinned])).toEqual([expect.stringMatching(/is not in the same repository as nginx:1\.26-alpine\.$/)]);
  });
});
