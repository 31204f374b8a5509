// SHELL ["/bin/sh", "-ec"]: the shell later shell-form RUN, CMD and ENTRYPOINT go through.
import type { ConfigDispatcher } from './config.ts';

/** Sets Shell. */
export const shell: ConfigDispatcher<'SHELL'> = ({ state, cmd }) => {
  state.config.Shell = [...cmd.shell];
  return `SHELL [${cmd.shell.join(' ')}]`;
};
