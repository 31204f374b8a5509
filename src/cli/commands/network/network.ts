// docker network create / ls / inspect / rm / prune — docker/cli cli/command/network/*.go.
import { type EngineApi, EngineError, type NetworkCreateRequest } from '../../../engine/index.ts';
import type { CommandHandler, ParsedFlags } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { documentElement } from '../../../format/inspector.ts';
import { fromDaemon, printInspect } from '../inspect-output.ts';
import { formatNetworks } from '../../../format/network/list.ts';
import { filterArgs } from '../filters.ts';
import { ipamConfig } from './ipam-options.ts';
import { deletedList } from '../../../format/prune.ts';
import { confirmed } from '../confirm.ts';

/** `docker network create [OPTIONS] NETWORK`: prints the new network's ID. */
export function networkCreate(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      const response = engine.networkCreate(createRequest(args[0], flags));
      ctx.stdout.write(`${response.Id}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

function createRequest(name: string, flags: ParsedFlags): NetworkCreateRequest {
  const labels: Record<string, string> = {};
  for (const l of flags.list('label')) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  const options: Record<string, string> = {};
  for (const o of flags.list('opt')) {
    const i = o.indexOf('=');
    options[i < 0 ? o : o.slice(0, i)] = i < 0 ? '' : o.slice(i + 1);
  }
  return {
    Name: name,
    Driver: flags.string('driver') || 'bridge',
    Internal: flags.bool('internal'),
    Attachable: flags.bool('attachable'),
    EnableIPv6: flags.bool('ipv6'),
    IPAM: { Driver: flags.string('ipam-driver') || 'default', Config: ipamConfig(flags.list('subnet'), flags.list('gateway')), Options: {} },
    Options: options,
    Labels: labels,
  };
}

/** `docker network ls [-q] [--no-trunc] [--filter] [--format]` */
export function networkList(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const list = engine.networkList(filterArgs(flags.list('filter')));
      ctx.stdout.write(formatNetworks(list, { quiet: flags.bool('quiet'), noTrunc: flags.bool('no-trunc'), format: flags.string('format') }));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker network inspect [-f FORMAT] NETWORK...` */
export function networkInspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => printInspect(ctx, args, flags.string('format'), fromDaemon((ref) => documentElement(engine.networkInspect(ref))));
}

/** `docker network rm [-f] NETWORK...`: each name on success; each failure on stderr, exit 1. */
export function networkRemove(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    let status = 0;
    for (const name of args) {
      try {
        engine.networkRemove(name);
        ctx.stdout.write(`${name}\n`);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        if (flags.bool('force') && error.kind === 'notFound') continue;
        ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
        status = 1;
      }
    }
    // docker/cli returns a StatusError whose Status main prints.
    if (status !== 0) ctx.stderr.write('exit status 1\n');
    return status;
  };
}

/** `docker network prune [-f] [--filter]` */
export function networkPrune(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const filters = filterArgs(flags.list('filter'));
      if (!flags.bool('force')) {
        if (!confirmed(ctx, 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?')) return 0;
      }
      const report = engine.networksPrune(filters);
      const output = deletedList('Deleted Networks', report.NetworksDeleted);
      if (output) ctx.stdout.write(`${output}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
