// The dispatch table: one dispatcher per Dockerfile instruction (BuildKit's dispatch.go switch as data).
import type { Command } from '../../instructions/types.ts';
import { arg } from './arg.ts';
import { cmd } from './cmd.ts';
import { configOnly } from './config.ts';
import { copy } from './copy.ts';
import { entrypoint } from './entrypoint.ts';
import { env } from './env.ts';
import { expose } from './expose.ts';
import { healthcheck } from './healthcheck.ts';
import { label } from './label.ts';
import { maintainer } from './maintainer.ts';
import { onbuild } from './onbuild.ts';
import { run } from './run.ts';
import { shell } from './shell.ts';
import { stopsignal } from './stopsignal.ts';
import type { Dispatcher } from './types.ts';
import { user } from './user.ts';
import { volume } from './volume.ts';
import { workdir } from './workdir.ts';

/** How each instruction is applied to a stage. */
export const DISPATCH: { [K in Command['kind']]: Dispatcher<K> } = {
  ENV: configOnly(env),
  LABEL: configOnly(label),
  MAINTAINER: configOnly(maintainer),
  ARG: configOnly(arg),
  CMD: configOnly(cmd),
  ENTRYPOINT: configOnly(entrypoint),
  SHELL: configOnly(shell),
  USER: configOnly(user),
  VOLUME: configOnly(volume),
  STOPSIGNAL: configOnly(stopsignal),
  EXPOSE: configOnly(expose),
  HEALTHCHECK: configOnly(healthcheck),
  ONBUILD: configOnly(onbuild),
  RUN: run,
  COPY: copy,
  ADD: copy,
  WORKDIR: workdir,
};

export type { StageRunContext, DispatchRequest, Dispatcher } from './types.ts';
