// LABEL k=v …: every value expands against the environment from before the instruction.
import type { ConfigDispatcher } from './config.ts';

/** Sets each label, in order. */
export const label: ConfigDispatcher<'LABEL'> = ({ state, cmd, expand }) => {
  const parts: string[] = [];
  for (const { key, value } of cmd.labels) {
    const k = expand(key);
    const v = expand(value);
    state.config.Labels = { ...(state.config.Labels ?? {}), [k]: v };
    parts.push(`${k}=${v}`);
  }
  return `LABEL ${parts.join(' ')}`;
};
