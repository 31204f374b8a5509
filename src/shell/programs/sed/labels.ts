// Labels (`:name`) and the jumps to them (b, t, T). GNU ends a label at a blank, `;`, `}` or `#`, and finds
// its jumps' labels once the whole script is read (the last `:name` of a name wins); busybox's label runs
// to a `;` or white space, and a jump looks for the first `:name` when it is taken.
import type { Command } from './command.ts';

/** Reads a label after blanks from `i`: the name and where it ends. */
export function readLabel(script: string, i: number, gnu: boolean): { name: string; next: number } {
  while (script[i] === ' ' || script[i] === '\t') i++;
  const stop = gnu ? /[\s;}#]/ : /[;\s]/;
  let j = i;
  while (j < script.length && !stop.test(script[j])) j++;
  return { name: script.slice(i, j), next: j };
}

/** Points each jump at its label's index; returns the first label missing, or undefined. */
export function resolveLabels(cmds: Command[], gnu: boolean): string | undefined {
  const at = new Map<string, number>();
  cmds.forEach((c, k) => {
    if (c.name === ':' && c.label !== undefined && (gnu || !at.has(c.label))) at.set(c.label, k);
  });
  let missing: string | undefined;
  for (const c of cmds) {
    if (!'btT'.includes(c.name) || c.label === undefined) continue;
    c.target = at.get(c.label);
    if (c.target === undefined) missing ??= c.label;
  }
  return missing;
}
