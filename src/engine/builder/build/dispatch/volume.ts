// VOLUME /data …: mount points the container gets an anonymous volume for.
import { BuildError } from '../errors.ts';
import type { ConfigDispatcher } from './config.ts';

/** Adds each path to Volumes. */
export const volume: ConfigDispatcher<'VOLUME'> = ({ state, cmd, expand }) => {
  const volumes = cmd.volumes.map(expand);
  for (const v of volumes) {
    if (v.trim() === '') throw new BuildError('VOLUME specified can not be an empty string');
    state.config.Volumes = { ...(state.config.Volumes ?? {}), [v]: {} };
  }
  return `VOLUME [${volumes.join(' ')}]`;
};
