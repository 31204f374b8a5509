// Renders `docker <cmd> --help` and the usage blocks of error messages from command specs.
import type { CommandSpec, FlagSpec } from '../command-types.ts';
import { goQuote } from '../../engine/index.ts';
import { wrapDescription } from './wrap.ts';

/** A subcommand line under "Commands:". */
export interface CommandListing {
  name: string;
  short: string;
}

/** The text inside `(default …)`, or undefined when pflag treats the default as zero and shows none. */
export function defaultTextOf(flag: FlagSpec): string | undefined {
  if (flag.defaultText !== undefined) return flag.defaultText;
  const d = flag.default;
  if (d === undefined || d === false || d === '' || d === 0) return undefined;
  return flag.kind === 'string' ? goQuote(String(d)) : String(d);
}

/** The "Options:" table of visible flags, wrapped to `width` columns as pflag's FlagUsagesWrapped. */
export function renderFlagTable(flags: readonly FlagSpec[], width: number): string {
  const rows: { left: string; right: string }[] = [];
  let column = 0;
  for (const flag of flags) {
    if (flag.hidden) continue;
    let left = flag.short ? `  -${flag.short}, --${flag.name}` : `      --${flag.name}`;
    if (flag.typeName) left += ' ' + flag.typeName;
    // pflag measures the name column including a separator byte, hence the +1.
    column = Math.max(column, left.length + 1);
    let right = flag.description;
    const shown = defaultTextOf(flag);
    if (shown !== undefined) right += ` (default ${shown})`;
    rows.push({ left, right });
  }
  return rows
    .map(({ left, right }) => `${left}${' '.repeat(column - left.length)}  ${wrapDescription(column + 2, width, right)}`)
    .join('\n')
    .trimEnd(); // docker trims the end of the table only: narrow layouts keep the padding after names
}

/** Lines of "Commands:" as cobra pads them (names padded to at least 11 columns). */
export function renderCommandList(commands: readonly CommandListing[], minimumPad = 11): string {
  const pad = Math.max(minimumPad, ...commands.map((c) => c.name.length));
  return commands.map((c) => `  ${c.name.padEnd(pad)} ${c.short}`).join('\n');
}

/** The usage text after `Usage:  ` for errors and help (`docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]`). */
export function usageLine(spec: CommandSpec, displayPath: string): string {
  return spec.use === '' ? `docker ${displayPath}` : `docker ${displayPath} ${spec.use}`;
}

/** `docker <path> --help` for a runnable command or a management command with `children`. */
export function renderCommandHelp(
  spec: CommandSpec,
  displayPath: string,
  width: number,
  children: readonly CommandListing[] = [],
): string {
  const isGroup = children.length > 0 || spec.group === true;
  const visibleFlags = (spec.flags ?? []).filter((f) => !f.hidden);
  const parts: string[] = [];
  const usage = isGroup
    ? `docker ${displayPath}${visibleFlags.length > 0 ? ' [OPTIONS]' : ''} COMMAND`
    : usageLine(spec, displayPath);
  parts.push(`Usage:  ${usage}`);
  parts.push((spec.long ?? spec.short).trim());
  if (spec.aliases && spec.aliases.length > 0) {
    parts.push('Aliases:\n  ' + spec.aliases.map((a) => `docker ${a}`).join(', '));
  }
  if (visibleFlags.length > 0) parts.push('Options:\n' + renderFlagTable(visibleFlags, width));
  if (children.length > 0) {
    parts.push('Commands:\n' + renderCommandList(children));
    parts.push(`Run 'docker ${displayPath} COMMAND --help' for more information on a command.`);
  }
  return parts.join('\n\n') + '\n';
}

/** Column width pflag wraps to: docker passes the terminal width minus one (80 when it has none). */
export function helpWidth(columns: number | undefined): number {
  return (columns && columns > 0 ? columns : 80) - 1;
}
