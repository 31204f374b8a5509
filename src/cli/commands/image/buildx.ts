// docker buildx ls / version: the plugin's view of the daemon's one builder, `default`, using the
// docker driver (BuildKit inside dockerd), as a Docker Engine without extra builders has it.
import { BUILDER_PLATFORMS, BUILDKIT_VERSION, BUILDX_VERSION_LINE } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatBuilders } from '../../../format/builder/ls.ts';

/** `docker buildx ls [--format] [--no-trunc]` */
export function buildxLs(): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const node = { name: 'default', endpoint: 'default', status: 'running', buildkit: BUILDKIT_VERSION, platforms: BUILDER_PLATFORMS };
      ctx.stdout.write(formatBuilders([{ name: 'default', driver: 'docker', current: true, nodes: [node] }], { format: flags.string('format'), noTrunc: flags.bool('no-trunc') }));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}

/** `docker buildx version` */
export function buildxVersion(): CommandHandler {
  return ({ ctx }) => {
    ctx.stdout.write(`${BUILDX_VERSION_LINE}\n`);
    return 0;
  };
}
