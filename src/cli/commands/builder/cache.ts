// docker buildx prune / du, and `docker builder prune` (docker forwards `builder` to the buildx plugin):
// buildx's commands/prune.go and diskusage.go. buildx reads its filters itself (toBuildkitPruneInfo:
// `until` as a Go duration, `id` as a regular expression, every other key as `key==value`), asks
// before a prune unless -f (only `y` goes on; anything else ends quietly), and prints the records
// BuildKit removed as they go. Its errors read `ERROR: …`.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler, ParsedFlags } from '../../command-types.ts';
import { CliError } from '../../daemon-error.ts';
import { formatCachePrune, formatCacheUsage } from '../../../format/builder/cache.ts';
import { GoDurationError, parseGoDuration } from '../../../engine/index.ts';
import { filterArgs } from '../filters.ts';
import { confirmed } from '../confirm.ts';
import { buildxError } from './buildx-error.ts';

const NORMAL_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** buildx's toBuildkitPruneInfo: the keep duration (ms) and BuildKit filters of `--filter` flags. */
export function buildkitFilters(values: readonly string[]): { keepDuration: number; filter: string[] } {
  const filters = filterArgs(values);
  const until = filters.until ?? [];
  const unusedFor = filters['unused-for'] ?? [];
  if (until.length && unusedFor.length) throw new CliError('conflicting filters "until" and "unused-for"');
  const key = unusedFor.length ? 'unused-for' : 'until';
  const durations = [...until, ...unusedFor];
  if (durations.length > 1) throw new CliError('filters expect only one value');
  let keepDuration = 0;
  if (durations.length === 1) {
    try {
      keepDuration = parseGoDuration(durations[0]) / 1e6;
    } catch (error) {
      if (!(error instanceof GoDurationError)) throw error;
      throw new CliError(`"${key}" filter expects a duration (e.g., '24h'): ${error.message}`);
    }
  }
  const filter: string[] = [];
  for (const [name, given] of Object.entries(filters)) {
    if (name === key) continue;
    if (given.length > 1) throw new CliError('filters expect only one value');
    filter.push(name === 'id' ? `id~=${given[0]}` : /[!~]$/.test(name) ? `${name}=${given[0]}` : `${name}==${given[0]}`);
  }
  return { keepDuration, filter };
}

/** `docker buildx prune` and `docker builder prune`: removes build cache, dangling only unless -a. */
export function buildxPrune(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      const { keepDuration, filter } = buildkitFilters(flags.list('filter'));
      const all = flags.bool('all');
      if (!flags.bool('force')) {
        if (!confirmed(ctx, all ? ALL_WARNING : NORMAL_WARNING, true)) return 0;
      }
      const gone = await engine.buildkitPrune({ all, keepDuration, filter, maxUsedSpace: space(flags, 'max-used-space'), reservedSpace: space(flags, 'reserved-space') || space(flags, 'keep-storage') });
      ctx.stdout.write(formatCachePrune(gone, { verbose: flags.bool('verbose'), now: ctx.fs.clock() }));
      return 0;
    } catch (error) {
      return buildxError(ctx, error);
    }
  };
}

// A byte-size flag's value (0 when not given).
function space(flags: ParsedFlags, name: string): number {
  return flags.changed(name) ? flags.number(name) : 0;
}

/** `docker buildx du [--verbose] [--filter]`: the build cache's records and what they take. */
export function buildxDu(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      const values = flags.list('filter');
      const { filter } = buildkitFilters(values);
      const entries = await engine.buildkitDiskUsage(filter);
      ctx.stdout.write(formatCacheUsage(entries, { verbose: flags.bool('verbose'), filtered: values.length > 0, now: ctx.fs.clock() }));
      return 0;
    } catch (error) {
      return buildxError(ctx, error);
    }
  };
}
