// Which shell `sh` is in each image family: dash on Debian and Ubuntu (with dash's wording), busybox
// ash on Alpine; `bash` stays bash. And $RANDOM follows the session's seed.
import { describe, expect, it } from 'vitest';
import { catalogImages, exec } from '../userland/images.ts';
import { ourShell, simulatedShell } from './dialects.ts';

const images = new Map(catalogImages().filter(([n]) => ['library/debian:12', 'library/ubuntu:24.04', 'library/alpine:3.20'].includes(n)));
const image = (name: string) => images.get(name)!();

describe('/bin/sh per image', () => {
  it('is dash on Debian and Ubuntu: its not-found and syntax errors, its echo', async () => {
    for (const name of ['library/debian:12', 'library/ubuntu:24.04']) {
      const fs = image(name);
      expect(await exec(fs, ['sh', '-c', 'nosuch; echo $?'])).toEqual({ out: '127\n', err: 'sh: 1: nosuch: not found\n', code: 0 });
      expect(await exec(fs, ['/bin/sh', '-c', 'a=(1 2)'])).toEqual({ out: '', err: '/bin/sh: 1: Syntax error: "(" unexpected\n', code: 2 });
      expect((await exec(fs, ['sh', '-c', 'echo -e "a\\tb"'])).out).toBe('-e a\tb\n');
      expect(await exec(fs, ['bash', '-c', 'a=(1 2); echo ${a[1]}; nosuch'])).toEqual({ out: '2\n', err: 'bash: line 1: nosuch: command not found\n', code: 127 });
    }
  });

  it('is busybox ash on Alpine', async () => {
    const fs = image('library/alpine:3.20');
    expect(await exec(fs, ['sh', '-c', 'nosuch'])).toEqual({ out: '', err: 'sh: nosuch: not found\n', code: 127 });
    expect(await exec(fs, ['sh', '-c', 'cat <<< hi'])).toEqual({ out: '', err: 'sh: syntax error: unexpected redirection\n', code: 2 });
  });

  it('runs a script by its #! line', async () => {
    const fs = image('library/debian:12');
    fs.writeFile('/s.sh', '#!/bin/sh\nfunction f { :; }\n', { mode: 0o755 });
    fs.writeFile('/b.sh', '#!/usr/bin/env bash\nfunction f { echo in f; }\nf\n', { mode: 0o755 });
    expect((await exec(fs, ['/s.sh'])).err).toBe('/s.sh: 2: Syntax error: "}" unexpected\n');
    expect((await exec(fs, ['/b.sh'])).out).toBe('in f\n');
  });
});

describe('$RANDOM', () => {
  it('repeats its numbers for the same session seed and differs for another', async () => {
    const draw = async (seed: number) => (await simulatedShell('bash', 'echo $RANDOM $RANDOM $RANDOM', '', ourShell('bash', seed))).out;
    expect(await draw(7)).toBe(await draw(7));
    expect(await draw(7)).not.toBe(await draw(8));
  });

  it('restarts its sequence when assigned, and is an ordinary variable once unset', async () => {
    const r = await simulatedShell('bash', 'RANDOM=5; a="$RANDOM $RANDOM"; RANDOM=5; b="$RANDOM $RANDOM"; [ "$a" = "$b" ] && echo same; unset RANDOM; RANDOM=3; echo $RANDOM');
    expect(r.out).toBe('same\n3\n');
  });

  it('is unset in dash', async () => {
    expect((await simulatedShell('dash', 'echo "[$RANDOM]"')).out).toBe('[]\n');
  });
});
