// docker volume create / ls / inspect / rm / prune — docker/cli cli/command/volume/*.go.
import { type EngineApi, EngineError } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { documentElement } from '../../../format/inspector.ts';
import { fromDaemon, printInspect } from '../inspect-output.ts';
import { formatVolumes } from '../../../format/volume/list.ts';
import { deletedList, pruneReport } from '../../../format/prune.ts';
import { confirmed } from '../confirm.ts';
import { filterArgs } from '../filters.ts';

/** `docker volume create [NAME]`: prints the name. */
export function volumeCreate(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const name = args[0] ?? '';
    const labels: Record<string, string> = {};
    for (const l of flags.list('label')) labels[l.split('=')[0]] = l.includes('=') ? l.slice(l.indexOf('=') + 1) : '';
    try {
      ctx.stdout.write(`${engine.volumeCreate(name, labels).Name}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker volume ls [-q] [--format]` */
export function volumeList(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      ctx.stdout.write(formatVolumes(engine.volumeList(), { quiet: flags.bool('quiet'), format: flags.string('format') }));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker volume inspect VOLUME...` */
export function volumeInspect(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    return printInspect(ctx, args, flags.string('format'), fromDaemon((ref) => documentElement(engine.volumeInspect(ref))));
  };
}

/** `docker volume rm [-f] VOLUME...` */
export function volumeRemove(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    const errors: string[] = [];
    for (const name of args) {
      try {
        engine.volumeRemove(name, flags.bool('force'));
        ctx.stdout.write(`${name}\n`);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        errors.push(`Error response from daemon: ${error.message}`);
      }
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(errors.join('\n') + '\n');
    return 1;
  };
}

/** `docker volume prune [-a] [-f] [--filter]` */
export function volumePrune(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const all = flags.bool('all');
      const filters = filterArgs(flags.list('filter'));
      if (all && filters.all) throw new CliError('conflicting options: cannot specify both --all and --filter all=1');
      if (all) filters.all = ['true'];
      if (!flags.bool('force')) {
        const what = all ? 'all local volumes not used by at least one container' : 'anonymous local volumes not used by at least one container';
        if (!confirmed(ctx, `WARNING! This will remove ${what}.\nAre you sure you want to continue?`)) return 0;
      }
      const report = engine.volumesPrune(filters);
      ctx.stdout.write(pruneReport([deletedList('Deleted Volumes', report.VolumesDeleted)], report.SpaceReclaimed));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
