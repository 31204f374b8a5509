// docker port CONTAINER [PRIVATE_PORT[/PROTO]] — docker/cli cli/command/container/port.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';

function hostPort(ip: string, port: string): string {
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

/** Lists port mappings, or the host addresses of one container port. */
export function containerPort(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    try {
      const ports = engine.containerInspect(args[0]).NetworkSettings.Ports;
      if (args[1] !== undefined) {
        const key = args[1].includes('/') ? args[1] : `${args[1]}/tcp`;
        const bindings = ports[key];
        if (!bindings || bindings.length === 0) {
          ctx.stderr.write(`Error: No public port '${key}' published for ${args[0]}\n`);
          return 1;
        }
        for (const b of bindings) ctx.stdout.write(`${hostPort(b.HostIp, b.HostPort)}\n`);
        return 0;
      }
      const keys = Object.keys(ports).sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
      for (const key of keys) for (const b of ports[key] ?? []) ctx.stdout.write(`${key} -> ${hostPort(b.HostIp, b.HostPort)}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
