// echo as a program (`/bin/echo`, `env echo`, `xargs echo`): -n, -e, -E like the builtin; busybox and GNU agree.
import type { Program } from '../../kernel/process.ts';
import { echoText } from '../echo.ts';

/** `echo [-neE] [ARG]…` */
export const echo: Program = (ctx) => {
  ctx.stdout.write(echoText(ctx.argv.slice(1)));
  return 0;
};
