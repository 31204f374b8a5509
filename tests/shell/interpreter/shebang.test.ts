// execve's `#!` rule in containers: a script runs under the interpreter its first line names, with its
// path and arguments; a missing interpreter is the shell's "not found"; a file without `#!` is read by sh.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from '../userland/images.ts';

function withScript(image: string, path: string, text: string) {
  const fs = imageFs(image);
  fs.mkdir('/app', { recursive: true });
  fs.writeFile(path, text, { mode: 0o755 });
  return fs;
}

describe('#! lines in a container', () => {
  it('run python scripts under python, through env or by path, with the script path and arguments', async () => {
    const code = 'import sys\nprint("py", sys.argv)\n';
    const viaEnv = withScript('library/python:3.12-slim', '/app/app.py', `#!/usr/bin/env python3\n${code}`);
    expect(await exec(viaEnv, ['/app/app.py', 'a', 'b'])).toEqual({ out: "py ['/app/app.py', 'a', 'b']\n", err: '', code: 0 });
    const byPath = withScript('library/python:3.12-slim', '/app/app.py', `#!/usr/local/bin/python\n${code}`);
    expect(await exec(byPath, ['/app/app.py'])).toEqual({ out: "py ['/app/app.py']\n", err: '', code: 0 });
  });

  it('run node scripts under node', async () => {
    const fs = withScript('library/node:22-alpine', '/app/cli.js', '#!/usr/bin/env node\nconsole.log("node", process.argv.slice(2).join(","));\n');
    expect(await exec(fs, ['/app/cli.js', 'x', 'y'])).toEqual({ out: 'node x,y\n', err: '', code: 0 });
  });

  it('run #!/bin/sh scripts in the shell, and scripts without #! too (ENOEXEC)', async () => {
    const sh = withScript('library/alpine:3', '/app/s', '#!/bin/sh\necho "sh $0 $1"\nexit 3\n');
    expect(await exec(sh, ['/app/s', 'x'])).toEqual({ out: 'sh /app/s x\n', err: '', code: 3 });
    const plain = withScript('library/alpine:3', '/app/p', 'echo "plain $0 $1"\n');
    expect(await exec(plain, ['/app/p', 'y'])).toEqual({ out: 'plain /app/p y\n', err: '', code: 0 });
  });

  it('say "not found" when the interpreter is missing, as busybox and bash report it', async () => {
    const alpine = withScript('library/alpine:3', '/app/b', '#!/bin/bash\necho hi\n');
    expect(await exec(alpine, ['sh', '-c', 'cd /app && ./b; echo $?'])).toEqual({ out: '127\n', err: 'sh: ./b: not found\n', code: 0 });
    const py = withScript('library/alpine:3', '/app/app.py', '#!/usr/bin/env python3\nprint(1)\n');
    expect(await exec(py, ['sh', '-c', '/app/app.py'])).toEqual({ out: '', err: "env: can't execute 'python3': No such file or directory\n", code: 127 });
    const debian = withScript('library/python:3.12-slim', '/app/x', '#!/usr/bin/nonesuch\necho hi\n');
    expect(await exec(debian, ['bash', '-c', '/app/x'])).toMatchObject({ err: 'bash: line 1: /app/x: cannot execute: required file not found\n', code: 127 });
    const unsplit = withScript('library/python:3.12-slim', '/app/u', '#!/usr/bin/env python3 -u\nprint(1)\n');
    expect((await exec(unsplit, ['bash', '-c', '/app/u'])).err).toBe("/usr/bin/env: 'python3 -u': No such file or directory\n/usr/bin/env: use -[v]S to pass options in shebang lines\n");
  });

  it('split the words of env -S', async () => {
    const fs = withScript('library/python:3.12-slim', '/app/s.py', '#!/usr/bin/env -S python3 -u\nimport sys\nprint(sys.argv[1:])\n');
    expect((await exec(fs, ['/app/s.py', 'q'])).out).toBe("['q']\n");
  });
});
