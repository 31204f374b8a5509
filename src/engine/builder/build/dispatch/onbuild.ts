// ONBUILD: a trigger stored for images built FROM this one; BuildKit writes no history entry for it.
import type { ConfigDispatcher } from './config.ts';

/** Appends the trigger to OnBuild. */
export const onbuild: ConfigDispatcher<'ONBUILD'> = ({ state, cmd }) => {
  state.config.OnBuild = [...(state.config.OnBuild ?? []), cmd.expression];
  return null;
};
