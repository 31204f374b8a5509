// docker image prune [OPTIONS] — docker/cli cli/command/image/prune.go: asks first unless -f (only
// `y` or `Y` goes on; anything else ends quietly with status 0), then lists what went and the space
// reclaimed (go-units HumanSize).
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { deletedImages, pruneReport } from '../../../format/prune.ts';
import type { ImagePruneResponse } from '../../../engine/index.ts';
import { filterArgs } from '../filters.ts';
import { confirmed } from '../confirm.ts';

const ALL_IMAGES_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

/** Removes dangling images, or with -a every image no container uses. */
export function imagePrune(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const all = flags.bool('all');
      const filters = filterArgs(flags.list('filter'));
      (filters.dangling ??= []).push(String(!all));
      if (!flags.bool('force')) {
        if (!confirmed(ctx, all ? ALL_IMAGES_WARNING : DANGLING_WARNING)) return 0; // cancelled: docker prints nothing more
      }
      const report = engine.imagesPrune(filters);
      ctx.stdout.write(imagePruneReport(report));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** What an image prune prints: the images untagged and deleted, and the bytes freed. */
export function imagePruneParts(report: ImagePruneResponse): { output: string; reclaimed: number } {
  const output = deletedImages(report.ImagesDeleted);
  return { output, reclaimed: output ? report.SpaceReclaimed : 0 };
}

function imagePruneReport(report: ImagePruneResponse): string {
  const { output, reclaimed } = imagePruneParts(report);
  return pruneReport([output], reclaimed);
}
