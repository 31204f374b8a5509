import { describe, expect, it } from 'vitest';
import { makeShell } from './harness.ts';

describe('words, quotes and expansion', () => {
  it('expands variables, quotes and tilde', async () => {
    const t = makeShell();
    const { out } = await t.type(`A=b; echo $A "\${A}c" '$A' \\$A ~ ~/x "~"`);
    expect(out).toBe('b bc $A $A /home/learner /home/learner/x ~\n');
  });
  it('handles prefix assignments without keeping them', async () => {
    const t = makeShell();
    const { out } = await t.type('X=1 sh -c \'echo "in:$X"\'; echo "out:$X"');
    expect(out).toBe('in:1\nout:\n');
  });
  it('supports special parameters', async () => {
    const t = makeShell();
    expect((await t.type('false; echo $?; set -- a b c; echo $# $1 $3 "$@"; echo $0')).out).toBe('1\n3 a c a b c\nbash\n');
  });
  it('splits unquoted expansions but not quoted ones', async () => {
    const t = makeShell();
    expect((await t.type('v="a  b"; for x in $v; do echo "[$x]"; done; for x in "$v"; do echo "[$x]"; done')).out).toBe('[a]\n[b]\n[a  b]\n');
  });
  it('does parameter operators', async () => {
    const t = makeShell();
    const { out } = await t.type('f=archive.tar.gz; echo ${f%.gz} ${f%%.*} ${f#*.} ${f##*.} ${#f} ${u:-d} ${u:+x}${f:+y} ${n:=set} $n ${f/tar/zip}');
    expect(out).toBe('archive.tar archive tar.gz gz 14 d y set set archive.zip.gz\n');
  });
  it('reports ${x:?} like bash', async () => {
    const t = makeShell();
    const { err, r } = await t.type('echo ${y:?unset var}');
    expect(err).toBe('bash: y: unset var\n');
    expect(r).toEqual({ kind: 'ran', exitCode: 1, exited: false });
  });
  it('does arithmetic and command substitution', async () => {
    const t = makeShell();
    expect((await t.type('x=5; echo $((x*2+1)) $(( (1+2)*3 )) $((x++)) $x $((7%3)) $((2**10))')).out).toBe('11 9 5 6 1 1024\n');
    expect((await t.type('echo "n=$(echo a; echo b)" `echo c`')).out).toBe('n=a\nb c\n');
    const e = await t.type('echo $((1/0))');
    expect(e.err).toBe('bash: 1/0: division by 0 (error token is "0")\n');
  });
  it('globs against the filesystem, leaving unmatched patterns alone', async () => {
    const t = makeShell();
    await t.type('touch b.txt a.txt c.md .hidden');
    expect((await t.type('echo *.txt; echo ?.md; echo [ab].*; echo *.none; echo "*.txt"; echo *')).out).toBe(
      'a.txt b.txt\nc.md\na.txt b.txt\n*.none\n*.txt\na.txt b.txt c.md\n',
    );
  });
});

describe('operators, pipes and redirections', () => {
  it('runs && || ; with the right statuses', async () => {
    const t = makeShell();
    expect((await t.type('true && echo a || echo b; false && echo c || echo d; ! true; echo $?')).out).toBe('a\nd\n1\n');
  });
  it('pipes stdout into stdin', async () => {
    const t = makeShell();
    expect((await t.type('echo hello | cat | cat -n')).out).toBe('     1\thello\n');
  });
  it('redirects to files, appends, reads and merges stderr', async () => {
    const t = makeShell();
    await t.type('echo one > f; echo two >> f; cat nofile 2> err; cat nofile > both 2>&1; ls /nope 2>/dev/null');
    expect(t.fs.readText('/home/learner/workspace/f')).toBe('one\ntwo\n');
    expect(t.fs.readText('/home/learner/workspace/err')).toBe('cat: nofile: No such file or directory\n');
    expect(t.fs.readText('/home/learner/workspace/both')).toBe('cat: nofile: No such file or directory\n');
    expect((await t.type('cat < f')).out).toBe('one\ntwo\n');
    const bad = await t.type('cat < nofile; echo x > /nonexist/x');
    expect(bad.err).toBe('bash: nofile: No such file or directory\nbash: /nonexist/x: No such file or directory\n');
  });
  it('reads heredocs, expanding unless the delimiter is quoted', async () => {
    const t = makeShell();
    expect(await t.type('X=hi; cat <<EOF')).toMatchObject({ r: { kind: 'incomplete' } });
    expect((await t.type('$X there', 'EOF')).out).toBe('hi there\n');
    await t.type("cat <<'EOF' > lit");
    await t.type('$X', 'EOF');
    expect(t.fs.readText('/home/learner/workspace/lit')).toBe('$X\n');
    expect((await t.type('cat <<-END', '\tindented', '\tEND')).out).toBe('indented\n');
  });
});

describe('incomplete input', () => {
  it.each([['echo "open'], ["echo 'open"], ['echo a &&'], ['echo a |'], ['echo a \\'], ['if true; then'], ['for i in 1 2; do'], ['while false; do'], ['f() {'], ['case x in']])(
    '%s asks for more',
    async (line) => {
      const t = makeShell();
      expect((await t.type(line)).r).toEqual({ kind: 'incomplete' });
    },
  );
  it('joins continued lines', async () => {
    const t = makeShell();
    expect((await t.type('echo a \\', 'b')).out).toBe('a b\n');
    expect((await t.type('echo "x', 'y"')).out).toBe('x\ny\n');
  });
  it('reports syntax errors as bash and ash do', async () => {
    const b = makeShell();
    expect(await b.type('echo )')).toMatchObject({ err: "bash: syntax error near unexpected token `)'\n", r: { exitCode: 2 } });
    const a = makeShell('ash');
    expect(await a.type('echo )')).toMatchObject({ err: 'sh: syntax error: unexpected ")"\n', r: { exitCode: 2 } });
  });
});

describe('compound commands', () => {
  it('runs if/elif/else, loops, case and functions', async () => {
    const t = makeShell();
    const { out } = await t.type(
      'for n in 1 2 3 4; do if [ $n -eq 1 ]; then echo one; elif [ $n = 2 ]; then echo two; else echo many; fi; done; i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i; until true; do :; done; case hello.c in *.h) echo h;; *.c|*.cc) echo c;; esac; greet() { echo "hi $1"; }; greet you',
    );
    expect(out).toBe('one\ntwo\nmany\nmany\n3\nc\nhi you\n');
  });
  it('break, continue and return', async () => {
    const t = makeShell();
    expect((await t.type('for i in 1 2 3 4; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo $i; done; f() { return 7; echo no; }; f; echo $?')).out).toBe('1\n3\n7\n');
  });
  it('keeps subshell changes local, but not groups', async () => {
    const t = makeShell();
    expect((await t.type('x=1; (x=2; cd /); echo $x $PWD; { x=3; }; echo $x')).out).toBe('1 /home/learner/workspace\n3\n');
  });
  it('set -e stops a script at the first failure', async () => {
    const t = makeShell();
    expect((await t.type("sh -c 'set -e; echo a; false; echo b'; echo $?")).out).toBe('a\n1\n');
  });
  it('stops a runaway loop at the step budget', async () => {
    const t = makeShell();
    const { err, r } = await t.type('while :; do :; done');
    expect(err).toBe('bash: stopped after 100000 steps (a loop that never ends?)\n');
    expect(r).toEqual({ kind: 'ran', exitCode: 124, exited: false });
  });
  it('Ctrl-C aborts with 130', async () => {
    const t = makeShell();
    const ac = new AbortController();
    ac.abort();
    const r = await t.sh.feed('while :; do :; done', { ...t.io, signal: ac.signal });
    expect(r).toEqual({ kind: 'ran', exitCode: 130, exited: false });
  });
});

describe('builtins and command lookup', () => {
  it('cd, cd -, pwd and their errors', async () => {
    const t = makeShell();
    expect((await t.type('cd /; pwd; cd -; cd; pwd')).out).toBe('/\n/home/learner/workspace\n/home/learner\n');
    expect((await t.type('cd nowhere')).err).toBe('bash: cd: nowhere: No such file or directory\n');
    await t.type('touch /f');
    expect((await t.type('cd /f')).err).toBe('bash: cd: /f: Not a directory\n');
    const a = makeShell('ash');
    expect(await a.type('cd nowhere')).toMatchObject({ err: "sh: cd: can't cd to nowhere: No such file or directory\n", r: { exitCode: 2 } });
  });
  it('unknown, missing and non-executable commands', async () => {
    const t = makeShell();
    await t.type('touch noexec; mkdir dir');
    expect(await t.type('nosuch')).toMatchObject({ err: 'bash: nosuch: command not found\n', r: { exitCode: 127 } });
    expect(await t.type('./nosuch')).toMatchObject({ err: 'bash: ./nosuch: No such file or directory\n', r: { exitCode: 127 } });
    expect(await t.type('./noexec')).toMatchObject({ err: 'bash: ./noexec: Permission denied\n', r: { exitCode: 126 } });
    expect(await t.type('./dir')).toMatchObject({ err: 'bash: ./dir: Is a directory\n', r: { exitCode: 126 } });
    const a = makeShell('ash');
    expect(await a.type('nosuch')).toMatchObject({ err: 'sh: nosuch: not found\n', r: { exitCode: 127 } });
  });
  it('runs executable scripts with arguments', async () => {
    const t = makeShell();
    t.fs.writeFile('/home/learner/workspace/s.sh', '#!/bin/sh\necho "script $1 $#"\nexit 3\n', { mode: 0o755 });
    expect(await t.type('./s.sh x y')).toMatchObject({ out: 'script x 2\n', r: { exitCode: 3, exited: false } });
  });
  it('type and command -v', async () => {
    const t = makeShell();
    expect((await t.type('type cd ls; command -v cd ls')).out).toBe('cd is a shell builtin\nls is /usr/bin/ls\ncd\n/usr/bin/ls\n');
    expect(await t.type('type nosuch')).toMatchObject({ err: 'bash: type: nosuch: not found\n', r: { exitCode: 1 } });
  });
  it('echo -n -e, export and unset', async () => {
    const t = makeShell();
    expect((await t.type('echo -n a; echo -e "b\\tc"; export V=1; sh -c \'echo $V\'; unset V; echo "[$V]"')).out).toBe('ab\tc\n1\n[]\n');
  });
  it('exit ends the shell and bash says exit', async () => {
    const t = makeShell();
    expect(await t.type('exit 3')).toMatchObject({ err: 'exit\n', r: { kind: 'ran', exitCode: 3, exited: true } });
    const a = makeShell('ash');
    expect(await a.type('exit')).toMatchObject({ err: '', r: { exitCode: 0, exited: true } });
  });
});

describe('prompt and completion', () => {
  it('shows host and container prompts', async () => {
    const t = makeShell();
    expect(t.sh.prompt()).toBe('learner@workbook:~/workspace$ ');
    expect(t.sh.continuationPrompt()).toBe('> ');
    const a = makeShell('ash');
    expect(a.sh.prompt()).toBe('/ # ');
    await a.type('cd /root');
    expect(a.sh.prompt()).toBe('~ # ');
  });
  it('completes commands and paths', async () => {
    const t = makeShell();
    await t.type('mkdir docs; touch Dockerfile do.txt');
    expect(t.sh.complete('mkd', 3)).toEqual({ start: 0, candidates: ['mkdir'] });
    expect(t.sh.complete('cat do', 6)).toEqual({ start: 4, candidates: ['do.txt', 'docs/'] });
    expect(t.sh.complete('ls /home/le', 11)).toEqual({ start: 3, candidates: ['/home/learner/'] });
  });
});
