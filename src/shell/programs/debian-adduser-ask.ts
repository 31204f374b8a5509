// The questions Debian's adduser asks a new user without --disabled-password: passwd's new password
// (twice, three tries) and chfn's GECOS fields. Both read their answers from stdin line by line, so
// `printf 'pw\npw\n\n\n\n\n\ny\n' | adduser app` answers them, and in a RUN step (stdin empty) passwd
// fails and adduser goes on, as the real one does.
import type { ProgramContext } from '../../kernel/process.ts';
import { setField } from './account-files.ts';

/** The answers left on stdin, consumed one line at a time (end of input reads as undefined). */
export class Answers {
  private lines: string[];
  constructor(stdin: string) {
    this.lines = stdin === '' ? [] : stdin.replace(/\n$/, '').split('\n');
  }
  next(): string | undefined {
    return this.lines.shift();
  }
}

// passwd(1) with pam_unix: three tries; exit 10 ("Authentication token manipulation error") when all fail.
function passwd(ctx: ProgramContext, name: string, answers: Answers): number {
  for (let tries = 0; tries < 3; tries++) {
    ctx.stdout.write('New password: ');
    const first = answers.next();
    ctx.stdout.write('Retype new password: ');
    const second = answers.next();
    if (!first) ctx.stderr.write('No password has been supplied.\n');
    else if (first !== second) ctx.stderr.write('Sorry, passwords do not match.\n');
    else {
      // A real crypt hash cannot be computed here; the field is marked set, never as a usable hash.
      setField(ctx, '/etc/shadow', name, 1, '$y$workbook$not-a-real-hash');
      ctx.stdout.write('passwd: password updated successfully\n');
      return 0;
    }
  }
  ctx.stderr.write('passwd: Authentication token manipulation error\npasswd: password unchanged\n');
  return 10;
}

/** adduser's PASSWD loop: run passwd until it succeeds or "Try again? [y/N]" gets anything but yes. */
export function askPassword(ctx: ProgramContext, name: string, answers: Answers): void {
  for (;;) {
    if (passwd(ctx, name, answers) === 0) return;
    ctx.stdout.write('Try again? [y/N] ');
    if (!/^[yY]/.test(answers.next() ?? '')) return;
  }
}

const FIELDS = ['Full Name', 'Room Number', 'Work Phone', 'Home Phone', 'Other'];

/** adduser's CHFN loop: chfn asks the five GECOS fields, then "Is the information correct? [Y/n]". */
export function askGecos(ctx: ProgramContext, name: string, answers: Answers): void {
  let values = ['', '', '', '', ''];
  for (;;) {
    ctx.stdout.write(`Changing the user information for ${name}\nEnter the new value, or press ENTER for the default\n`);
    values = values.map((v, i) => {
      ctx.stdout.write(`\t${FIELDS[i]} [${v}]: `);
      const a = answers.next();
      return a ? a : v;
    });
    setField(ctx, '/etc/passwd', name, 4, gecos(values));
    ctx.stdout.write('Is the information correct? [Y/n] ');
    if (!/^[nN]/.test(answers.next() ?? '')) return;
  }
}

/** The GECOS field chfn writes: four comma-separated fields, then ",other" only when there is one. */
export function gecos(values: string[]): string {
  const [full, room, work, home, other] = values;
  return `${full ?? ''},${room ?? ''},${work ?? ''},${home ?? ''}${other ? `,${other}` : ''}`;
}
