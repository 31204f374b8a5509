// stty and tput: the size of the terminal the session knows ($LINES/$COLUMNS as the shell exports
// them, else the terminal's width and 24 rows), and the errors they give when stdin is not a terminal.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { Flavour } from './util.ts';

/** Rows and columns of the terminal: $LINES and $COLUMNS when set, else what the session's terminal has. */
export function terminalSize(ctx: ProgramContext): { rows: number; cols: number } {
  const num = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : fallback);
  return { rows: num(ctx.env.get('LINES'), 24), cols: num(ctx.env.get('COLUMNS'), ctx.columns) };
}

/** Makes `stty`: `size` prints rows and columns; settings (`-echo`, `sane`, `raw`) are accepted on a terminal. */
export function makeStty(flavour: Flavour): Program {
  return (ctx) => {
    if (!ctx.stdinTty) {
      ctx.stderr.write(flavour === 'gnu' ? "stty: 'standard input': Inappropriate ioctl for device\n" : 'stty: standard input: Inappropriate ioctl for device\n');
      return 1;
    }
    const args = ctx.argv.slice(1);
    const { rows, cols } = terminalSize(ctx);
    if (args[0] === 'size') ctx.stdout.write(`${rows} ${cols}\n`);
    else if (args.length === 0 || args[0] === '-a' || args[0] === '--all') ctx.stdout.write(`speed 38400 baud; rows ${rows}; columns ${cols}; line = 0;\n`);
    return 0;
  };
}

// The terminfo strings of xterm that scripts use most.
const CAPS: Record<string, string> = { clear: '\x1b[H\x1b[2J\x1b[3J', bold: '\x1b[1m', sgr0: '\x1b(B\x1b[m', smul: '\x1b[4m', rmul: '\x1b[24m', rev: '\x1b[7m', civis: '\x1b[?25l', cnorm: '\x1b[?12l\x1b[?25h' };

/** Makes ncurses' `tput`: cols, lines, colors, setaf/setab N and the common strings; 80×24 off a terminal. */
export function makeTput(): Program {
  return (ctx) => {
    const [cap, arg] = ctx.argv.slice(1);
    const size = ctx.stdinTty || ctx.isTty ? terminalSize(ctx) : { rows: Number(ctx.env.get('LINES')) || 24, cols: Number(ctx.env.get('COLUMNS')) || 80 };
    if (cap === undefined) {
      ctx.stderr.write('usage: tput [-V] [-S] [-T term] capname\n');
      return 2;
    }
    if (cap === 'cols') ctx.stdout.write(`${size.cols}\n`);
    else if (cap === 'lines') ctx.stdout.write(`${size.rows}\n`);
    else if (cap === 'colors') ctx.stdout.write('8\n');
    else if ((cap === 'setaf' || cap === 'setab') && /^\d+$/.test(arg ?? '')) ctx.stdout.write(`\x1b[${cap === 'setaf' ? 3 : 4}${arg}m`);
    else if (CAPS[cap]) ctx.stdout.write(CAPS[cap]);
    else {
      ctx.stderr.write(`tput: unknown terminfo capability '${cap}'\n`);
      return 4;
    }
    return 0;
  };
}
