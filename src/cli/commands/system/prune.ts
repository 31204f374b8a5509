// docker system prune [-a] [--volumes] [-f] [--filter] — docker/cli 28.2 cli/command/system/prune.go:
// one question listing what goes, then the stopped containers, unused networks, (with --volumes)
// anonymous volumes, dangling (with -a: unused) images and the build cache, each part as its own
// prune prints it, and the space reclaimed by all of them.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { CliError, reportError } from '../../daemon-error.ts';
import { deletedList, pruneReport } from '../../../format/prune.ts';
import { filterArgs } from '../filters.ts';
import { imagePruneParts } from '../image/prune.ts';
import { confirmed } from '../confirm.ts';

// confirmationTemplate, filled in.
function confirmation(all: boolean, volumes: boolean, filters: Record<string, string[]>): string {
  const warnings = [
    'all stopped containers',
    'all networks not used by at least one container',
    ...(volumes ? ['all anonymous volumes not used by at least one container'] : []),
    all ? 'all images without at least one container associated to them' : 'all dangling images',
    all ? 'all build cache' : 'unused build cache',
  ];
  const named = ['label', 'label!', 'until'].flatMap((name) => (filters[name] ?? []).map((v) => `${name}=${v}`)).sort();
  const filtered = named.length ? `\n  Items to be pruned will be filtered with:${named.map((f) => `\n  - ${f}`).join('')}\n` : '';
  return `WARNING! This will remove:${warnings.map((w) => `\n  - ${w}`).join('')}\n${filtered}\nAre you sure you want to continue?`;
}

/** Removes everything unused, after asking (unless -f). */
export function systemPrune(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      const all = flags.bool('all');
      const volumes = flags.bool('volumes');
      const filters = filterArgs(flags.list('filter'));
      if (volumes && filters.until) throw new CliError('ERROR: The "until" filter is not supported with "--volumes"');
      if (!flags.bool('force')) {
        if (!confirmed(ctx, confirmation(all, volumes, filters))) return 0; // cancelled: docker prints nothing more
      }
      const containers = await engine.containersPrune(filters);
      const networks = engine.networksPrune(filters);
      const volumeReport = volumes ? engine.volumesPrune(filters) : undefined;
      const images = imagePruneParts(engine.imagesPrune({ ...filters, dangling: [...(filters.dangling ?? []), String(!all)] }));
      const cache = await engine.buildPrune(filters, all);
      const parts = [
        deletedList('Deleted Containers', containers.ContainersDeleted),
        deletedList('Deleted Networks', networks.NetworksDeleted),
        deletedList('Deleted Volumes', volumeReport?.VolumesDeleted),
        images.output,
        deletedList('Deleted build cache objects', cache.CachesDeleted),
      ];
      const reclaimed = (containers.ContainersDeleted.length ? containers.SpaceReclaimed : 0) + (volumeReport?.VolumesDeleted.length ? volumeReport.SpaceReclaimed : 0) + images.reclaimed + cache.SpaceReclaimed;
      ctx.stdout.write(pruneReport(parts, reclaimed));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
