// ENV k=v …: every value expands against the environment from before the instruction.
import { setEnv } from '../stage-state.ts';
import type { ConfigDispatcher } from './config.ts';

/** Sets each pair in the config's Env, in order. */
export const env: ConfigDispatcher<'ENV'> = ({ state, cmd, expand }) => {
  const parts: string[] = [];
  for (const { key, value } of cmd.env) {
    const k = expand(key);
    const v = expand(value);
    state.config.Env = setEnv(state.config.Env ?? [], k, v);
    parts.push(`${k}=${v}`);
  }
  return `ENV ${parts.join(' ')}`;
};
