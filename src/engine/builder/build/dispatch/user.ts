// USER name|uid[:group]: later RUN steps, and the image's processes, run as it (resolved when they run).
import type { ConfigDispatcher } from './config.ts';

/** Sets User. */
export const user: ConfigDispatcher<'USER'> = ({ state, cmd, expand }) => {
  state.config.User = expand(cmd.user);
  return `USER ${state.config.User}`;
};
