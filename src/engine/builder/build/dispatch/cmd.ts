// CMD: the default command (after ENTRYPOINT); shell form goes through the stage's SHELL.
import { argvOf, goList } from './argv.ts';
import type { ConfigDispatcher } from './config.ts';

/** Sets Cmd; an ENTRYPOINT later in this stage keeps it. */
export const cmd: ConfigDispatcher<'CMD'> = ({ state, cmd: c }) => {
  state.config.Cmd = argvOf(state, c.cmd.cmdLine, c.cmd.prependShell);
  state.config.ArgsEscaped = true;
  state.cmdSetHere = true;
  return `CMD ${goList(state.config.Cmd)}`;
};
