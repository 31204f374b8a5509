// help: one screen telling the learner what this terminal offers.
import type { Program } from '../../kernel/process.ts';
import { BUILTINS } from '../builtins.ts';

/** Makes `help`, listing the built-ins and the programs of the table it is part of. */
export function makeHelp(programs: () => Iterable<string>): Program {
  return (ctx) => {
    const builtins = [...BUILTINS.keys()].filter((n) => /^[a-z]/.test(n)).sort();
    const progs = [...programs()].filter((n) => n !== 'docker' && n !== 'help').sort();
    const wrap = (names: string[]) => {
      const lines: string[] = [];
      let cur = ' ';
      for (const n of names) {
        if (cur.length + n.length + 1 > Math.min(ctx.columns, 80) - 2) {
          lines.push(cur);
          cur = ' ';
        }
        cur += ' ' + n;
      }
      lines.push(cur);
      return lines.join('\n') + '\n';
    };
    ctx.stdout.write(
      'This terminal runs a simulated Linux machine with Docker, in your browser.\n\n' +
        'Shell built-ins:\n' +
        wrap(builtins) +
        '\nPrograms:\n' +
        wrap(progs) +
        '\nDocker:\n  docker        build, run and inspect images (try: docker --help)\n\n' +
        'Pipes (|), redirects (> >> <), here-documents (<<EOF), && || ; and $VAR work as in bash.\n' +
        'Tab completes names; Ctrl-C stops a command; clear empties the screen.\n',
    );
    return 0;
  };
}
