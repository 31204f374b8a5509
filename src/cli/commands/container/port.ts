// docker port CONTAINER [PRIVATE_PORT[/PROTO]] — docker/cli cli/command/container/port.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatPortBindings, formatPortMap } from '../../../format/container/port.ts';

/** Lists port mappings, or the host addresses of one container port. */
export function containerPort(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    try {
      const ports = engine.containerInspect(args[0]).NetworkSettings.Ports;
      if (args[1] === undefined) {
        ctx.stdout.write(formatPortMap(ports));
        return 0;
      }
      const key = args[1].includes('/') ? args[1] : `${args[1]}/tcp`;
      const bindings = ports[key];
      if (!bindings || bindings.length === 0) {
        ctx.stderr.write(`Error: No public port '${key}' published for ${args[0]}\n`);
        return 1;
      }
      ctx.stdout.write(formatPortBindings(bindings));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
