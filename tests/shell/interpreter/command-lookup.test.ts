// `command -v` and `type` in a container answer from the image's filesystem, not from the programs the workbook knows.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from '../userland/images.ts';

describe('command -v and type in a container', () => {
  it('find only programs the image has', async () => {
    const alpine = imageFs('library/alpine:3');
    expect(await exec(alpine, ['sh', '-c', 'command -v nginx; echo $?; command -v ls; type nginx'])).toEqual({ out: '1\n/bin/ls\nnginx: not found\n', err: '', code: 127 });
    const python = imageFs('library/python:3.12-slim');
    expect(await exec(python, ['bash', '-c', 'command -v pipenv; echo $?; command -v python3'])).toEqual({ out: '1\n/usr/local/bin/python3\n', err: '', code: 0 });
  });
});
