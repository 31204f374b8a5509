// What a container reads: `-it` needs a terminal on the learner's side (the keyboard; a pipe, file or
// heredoc gets docker's own error), and without -i stdin is empty.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../src/sim/run-script.ts';

const quiet = 'docker pull -q alpine >/dev/null\n';

describe('docker run -it without a terminal', () => {
  it('refuses before pulling when stdin is not a terminal, with exit status 1', async () => {
    expect(await transcript('docker run -it alpine echo hi </dev/null\necho "rc=$?"\ndocker images -q | wc -l\n')).toBe('the input device is not a TTY\nrc=1\n0\n');
  });

  it('runs from the keyboard, but not when stdin is a pipe, a file or a heredoc', async () => {
    const script = `${quiet}docker run --rm -it alpine echo hi\necho x | docker run --rm -it alpine cat\necho "rc=$?"\necho y > in.txt\ndocker run --rm -ti alpine cat < in.txt\ndocker run --rm -i -t alpine cat <<EOF\nz\nEOF\n`;
    expect(await transcript(script, { tty: true })).toBe('hi\nthe input device is not a TTY\nrc=1\nthe input device is not a TTY\nthe input device is not a TTY\n');
  });

  it('checks exec -it after finding the container, and start -ai of a -t container', async () => {
    const script = `${quiet}docker exec -it nosuch sh\ndocker run -d --name bg alpine sleep 600\necho x | docker exec -it bg cat\necho "rc=$?"\ndocker create -t --name tt alpine sh >/dev/null\necho | docker start -ai tt\necho "rc=$?"\n`;
    const out = await transcript(script);
    expect(out).toContain('Error response from daemon: No such container: nosuch\n');
    expect(out).toMatch(/[0-9a-f]{64}\nthe input device is not a TTY\nrc=1\nthe input device is not a TTY\nrc=1\n$/);
  });

  it('lets -i alone read a pipe', async () => {
    expect(await transcript(`${quiet}echo piped | docker run --rm -i alpine cat\n`)).toBe('piped\n');
  });
});

describe('stdin without -i', () => {
  it('is empty: the program sees end of input, and nothing of the pipe leaks into its output', async () => {
    const script = `${quiet}echo hi | docker run --rm alpine cat\ndocker run --rm alpine sh -c 'echo a; read x; echo "b=[$x] rc=$?"'\ndocker run -d --name bg alpine sleep 600 >/dev/null\necho hi | docker exec bg wc -c\n`;
    expect(await transcript(script)).toBe('a\nb=[] rc=1\n0\n');
  });

  it('lets a child shell read its parent stdin as a forked shell would', async () => {
    expect(await transcript('echo hello | sh -c \'read x; echo "[$x]"\'\necho hi | sh -c cat\nsh -c "read y; echo done"\n')).toBe('[hello]\nhi\ndone\n');
  });
});
