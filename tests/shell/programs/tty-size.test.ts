// stty size and tput cols/lines read the terminal size the session knows ($LINES/$COLUMNS, else the
// terminal), and off a terminal give the real tools' error (stty) or ncurses' 80×24 (tput).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

describe('terminal size', () => {
  it('prints rows and columns on a terminal, $LINES/$COLUMNS first', async () => {
    expect(await transcript('stty size\nLINES=40 COLUMNS=120 stty size', { columns: 100 })).toBe('24 100\n40 120\n');
  });

  it('fails off a terminal with the message GNU and busybox stty print here', async () => {
    const gnu = spawnSync('stty', ['size'], { input: '', encoding: 'utf8' });
    const bb = spawnSync('busybox', ['stty', 'size'], { input: '', encoding: 'utf8' });
    expect(await transcript('stty size </dev/null; echo $?')).toBe(`${gnu.stderr}${gnu.status}\n`);
    const alpine = await transcript('docker pull -q alpine\ndocker run --rm alpine sh -c "stty size </dev/null; echo \\$?"');
    expect(alpine).toBe(`docker.io/library/alpine:latest\n${bb.stderr}${bb.status}\n`);
  });

  it('answers tput cols and lines in Debian images like ncurses (COLUMNS wins; 80×24 off a terminal), and alpine has no tput', async () => {
    const real = spawnSync('sh', ['-c', 'tput cols; COLUMNS=99 tput cols; tput lines'], { input: '', encoding: 'utf8', env: { PATH: process.env.PATH, TERM: 'xterm' } });
    const out = await transcript('docker pull -q debian\ndocker pull -q alpine\ndocker run --rm debian sh -c "tput cols; COLUMNS=99 tput cols; tput lines"\ndocker run --rm alpine tput cols');
    expect(out).toContain(`docker.io/library/alpine:latest\n${real.stdout}`);
    expect(out).toContain('exec: "tput": executable file not found in $PATH');
  });
});
