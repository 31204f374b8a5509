// busybox's `time [-vpa] [-o FILE] [-f FMT] PROG ARGS` (/usr/bin/time in Alpine, what ash runs for `time`):
// runs PROG, then reports on stderr (or FILE) how long it took by the session's clock. The workbook has
// no CPU accounting, so user and system times are 0.00, as for the short commands learners time.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { findProgram, runProgram, type ProgramTable } from './exec.ts';
import { abs, busyboxUsage } from './util.ts';

const SHELLS = /(^|\/)(sh|ash)$/;

/** `0m 0.15s`: busybox's %E. */
const clockTime = (s: number) => `${Math.floor(s / 60)}m ${(s % 60).toFixed(2)}s`;

/** The -v report, field by field as busybox prints it. */
function verbose(command: string, seconds: number, status: number): string {
  const fields: [string, string | number][] = [
    ['Command being timed', `"${command}"`],
    ['User time (seconds)', '0.00'],
    ['System time (seconds)', '0.00'],
    ['Percent of CPU this job got', '0%'],
    ['Elapsed (wall clock) time (h:mm:ss or m:ss)', clockTime(seconds)],
    ['Average shared text size (kbytes)', 0],
    ['Average unshared data size (kbytes)', 0],
    ['Average stack size (kbytes)', 0],
    ['Average total size (kbytes)', 0],
    ['Maximum resident set size (kbytes)', 1280],
    ['Average resident set size (kbytes)', 0],
    ['Major (requiring I/O) page faults', 0],
    ['Minor (reclaiming a frame) page faults', 41],
    ['Voluntary context switches', 1],
    ['Involuntary context switches', 0],
    ['Swaps', 0],
    ['File system inputs', 0],
    ['File system outputs', 0],
    ['Socket messages sent', 0],
    ['Socket messages received', 0],
    ['Signals delivered', 0],
    ['Page size (bytes)', 4096],
    ['Exit status', status],
  ];
  return fields.map(([k, v]) => `\t${k}: ${v}\n`).join('');
}

/** A -f format: %e %E %U %S %P %M %x %C %Z %%; a backslash keeps the character after it. */
function custom(fmt: string, command: string, seconds: number, status: number): string {
  const values: Record<string, string> = { e: seconds.toFixed(2), E: clockTime(seconds), U: '0.00', S: '0.00', P: '0%', M: '1280', x: String(status), C: command, Z: '4096', '%': '%' };
  return fmt.replace(/%(.)|\\(.)/g, (_m, p: string | undefined, b: string | undefined) => (p !== undefined ? (values[p] ?? '') : (b ?? ''))) + '\n';
}

/** Makes busybox's `time` over the container's program table. */
export function makeTime(table: ProgramTable): Program {
  return async (ctx: ProgramContext) => {
    const args = ctx.argv.slice(1);
    let format: 'default' | 'posix' | 'verbose' | string = 'default';
    let output: string | undefined;
    let append = false;
    let k = 0;
    for (; k < args.length && /^-./.test(args[k]); k++) {
      const a = args[k];
      if (a === '--') {
        k++;
        break;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (c === 'v') format = 'verbose';
        else if (c === 'p') format = 'posix';
        else if (c === 'a') append = true;
        else if (c === 'o' || c === 'f') {
          const value = a.slice(j + 1) || args[++k];
          if (value === undefined) return busyboxUsage(ctx, '[-vpa] [-o FILE] PROG ARGS');
          if (c === 'o') output = value;
          else format = 'f:' + value;
          break;
        } else return busyboxUsage(ctx, '[-vpa] [-o FILE] PROG ARGS');
      }
    }
    const argv = args.slice(k);
    if (argv.length === 0) return busyboxUsage(ctx, '[-vpa] [-o FILE] PROG ARGS');
    const start = ctx.fs.clock();
    let status: number;
    const program = findProgram(ctx, table, argv[0]);
    let report = '';
    if (program) status = await runProgram(ctx, program, argv);
    else if (SHELLS.test(argv[0]) && ctx.runShell) {
      const identity = ctx.fs.identity ?? { uid: 0, gid: 0, groups: [0] };
      status = await ctx.runShell(argv, { identity, user: ctx.env.get('USER') ?? 'root', env: new Map(ctx.env), cwd: ctx.cwd });
    } else {
      ctx.stderr.write(`time: can't execute '${argv[0]}': No such file or directory\n`);
      status = 127;
    }
    const seconds = Math.max(0, ctx.fs.clock() - start) / 1000;
    const command = argv.join(' ');
    if (status !== 0 && format !== 'verbose') report += `Command exited with non-zero status ${status}\n`;
    if (format === 'verbose') report = (status !== 0 ? `Command exited with non-zero status ${status}\n` : '') + verbose(command, seconds, status);
    else if (format === 'posix') report += `real ${seconds.toFixed(2)}\nuser 0.00\nsys 0.00\n`;
    else if (format.startsWith('f:')) report += custom(format.slice(2), command, seconds, status);
    else report += `real\t${clockTime(seconds)}\nuser\t0m 0.00s\nsys\t0m 0.00s\n`;
    if (output === undefined) ctx.stderr.write(report);
    else ctx.fs.writeFile(abs(ctx, output), report, { append });
    return status;
  };
}
