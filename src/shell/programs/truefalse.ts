// true and false as programs (`/bin/true`, `env true`, `xargs false`): they ignore their arguments.

/** `true`: exit status 0. */
export const trueProgram = (): number => 0;

/** `false`: exit status 1. */
export const falseProgram = (): number => 1;
