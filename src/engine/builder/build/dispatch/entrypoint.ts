// ENTRYPOINT: the executable; it resets a CMD inherited from the base image (not one set in this stage).
import { argvOf, goList } from './argv.ts';
import type { ConfigDispatcher } from './config.ts';

/** Sets Entrypoint. */
export const entrypoint: ConfigDispatcher<'ENTRYPOINT'> = ({ state, cmd }) => {
  const c = state.config;
  c.Entrypoint = argvOf(state, cmd.cmd.cmdLine, cmd.cmd.prependShell);
  c.ArgsEscaped = true;
  if (!state.cmdSetHere) c.Cmd = null;
  return `ENTRYPOINT ${goList(c.Entrypoint)}`;
};
