// STOPSIGNAL: the signal `docker stop` sends first.
import type { ConfigDispatcher } from './config.ts';

/** Sets StopSignal. */
export const stopsignal: ConfigDispatcher<'STOPSIGNAL'> = ({ state, cmd, expand }) => {
  state.config.StopSignal = expand(cmd.signal);
  return `STOPSIGNAL ${state.config.StopSignal}`;
};
