// ARG k[=v] …: declares build arguments in the stage; --build-arg wins, a bare ARG takes the global value.
import type { ConfigDispatcher } from './config.ts';

/** Declares each argument, with defaults expanded against the environment from before the instruction. */
export const arg: ConfigDispatcher<'ARG'> = ({ ctx, state, cmd, expand }) => {
  const parts: string[] = [];
  for (const a of cmd.args) {
    let value = a.value === null ? undefined : expand(a.value);
    if (ctx.req.buildArgs.has(a.key)) {
      value = ctx.req.buildArgs.get(a.key);
      ctx.usedArgs.add(a.key);
    } else if (a.value === null && ctx.globalArgs.has(a.key)) value = ctx.globalArgs.get(a.key);
    state.args.set(a.key, value);
    parts.push(a.value === null ? a.key : `${a.key}=${value}`);
  }
  return `ARG ${parts.join(' ')}`;
};
