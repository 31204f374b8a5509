// GNU's backups of a file about to be replaced (cp, mv, ln: -b, --backup[=CONTROL], -S SUFFIX), as
// gnulib's backupfile.c names them: `name~` (simple), `name.~N~` one past the highest number found
// beside it (numbered), or numbered only where numbered backups already exist (existing, the default).
import type { ProgramContext } from '../../kernel/process.ts';
import type { Vfs } from '../../vfs/vfs.ts';
import { basename, dirname } from '../../vfs/path.ts';
import { argmatch } from './argmatch.ts';

/** How backups are named: none made, `~` suffixed, numbered, or numbered where such backups exist. */
export type BackupType = 'none' | 'simple' | 'numbered' | 'existing';

// backup_args, synonyms together, the most meaningful first (argmatch lists them so).
const CONTROLS: [string, BackupType][] = [['none', 'none'], ['off', 'none'], ['simple', 'simple'], ['never', 'simple'], ['existing', 'existing'], ['nil', 'existing'], ['numbered', 'numbered'], ['t', 'numbered']];

/** The backup settings of a GNU command line: its type (none where none was asked for) and simple suffix. */
export interface Backups {
  type: BackupType;
  suffix: string;
}

/**
 * xget_version: CONTROL as given, else $VERSION_CONTROL, else `existing`; undefined after argmatch's
 * complaint and the usage line (the program exits 1). The suffix is -S's, else $SIMPLE_BACKUP_SUFFIX,
 * else `~`; one holding a slash is not a suffix, and gives `~` too.
 */
export function gnuBackups(ctx: ProgramContext, make: boolean, control: string | undefined, suffix: string | undefined): Backups | undefined {
  const given = suffix ?? ctx.env.get('SIMPLE_BACKUP_SUFFIX');
  const settled = given && !given.includes('/') ? given : '~';
  if (!make) return { type: 'none', suffix: settled };
  const env = ctx.env.get('VERSION_CONTROL');
  const [word, context] = control ? [control, 'backup type'] : [env, '$VERSION_CONTROL'];
  if (!word) return { type: 'existing', suffix: settled };
  const type = argmatch(ctx, word, context, CONTROLS);
  if (type === undefined) {
    ctx.stderr.write(`Try '${ctx.argv[0]} --help' for more information.\n`);
    return undefined;
  }
  return { type, suffix: settled };
}

/** The highest N of the `base.~N~` files in `dir` (0: none), as a decimal string compare would find it. */
function highestNumbered(fs: Vfs, dir: string, base: string): bigint {
  let max = 0n;
  let names: string[];
  try {
    names = fs.readdir(dir);
  } catch {
    return 0n;
  }
  for (const name of names) {
    const m = /^([1-9][0-9]*)~$/.exec(name.startsWith(`${base}.~`) ? name.slice(base.length + 2) : '');
    if (m && BigInt(m[1]) > max) max = BigInt(m[1]);
  }
  return max;
}

/** What the name of the file at `path` (absolute) takes on for its backup: the suffix, or `.~N~`. */
export function backupSuffix(fs: Vfs, path: string, backups: Backups): string {
  if (backups.type === 'simple') return backups.suffix;
  const n = highestNumbered(fs, dirname(path), basename(path));
  return n === 0n && backups.type === 'existing' ? backups.suffix : `.~${n + 1n}~`;
}
